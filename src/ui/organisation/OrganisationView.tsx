import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { setOrgUnitActive } from '../../app/organisation';
import { searchOrgUnits, type OrgUnit, type OrgUnitQuery } from '../../domain/organisation';
import { ValidationError } from '../../domain/shared/Validation';
import { useServices } from '../ServicesContext';
import { useAccess } from '../access';
import { canManageOrganisation } from '../../domain/access/UserAccess';
import { errorMessage, useStrings, validationMessage } from '../strings';
import { BrokenItemsWarning } from './BrokenItemsWarning';
import { DeactivateDialog } from './DeactivateDialog';
import { OrgUnitCommands } from './OrgUnitCommands';
import { OrgUnitFilters } from './OrgUnitFilters';
import { OrgUnitList } from './OrgUnitList';
import { OrgUnitPanel } from './OrgUnitPanel';
import { unitPaths } from './unitPaths';
import { useOrgUnits } from './useOrgUnits';

interface Notice {
  type: MessageBarType;
  text: string;
}

/** The panel state: closed, creating (unit undefined) or editing a unit. */
type PanelState = { open: false } | { open: true; unit: OrgUnit | undefined };

/** The organisation register: list, search and filter the kommunkoncern's units; create, edit, (de)activate them. */
export default function OrganisationView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.organisation;
  const { loading, units, broken, error, reload } = useOrgUnits();
  const canManage = canManageOrganisation(useAccess().access);
  const [query, setQuery] = React.useState<OrgUnitQuery>({ text: '', kind: 'all', includeInactive: false });
  const [selectedId, setSelectedId] = React.useState<string | undefined>(undefined);
  const [panel, setPanel] = React.useState<PanelState>({ open: false });
  const [confirming, setConfirming] = React.useState<OrgUnit | undefined>(undefined);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);

  const unitsById = React.useMemo(() => new Map(units.map((u) => [u.id, u] as [string, OrgUnit])), [units]);
  const paths = React.useMemo(() => unitPaths(units, s.pathSeparator), [units, s.pathSeparator]);
  const items = React.useMemo(() => searchOrgUnits(units, query), [units, query]);
  const selected = selectedId !== undefined ? unitsById.get(selectedId) : undefined;

  const refresh = (): void => {
    reload().catch(() => undefined);
  };

  async function activate(unit: OrgUnit): Promise<void> {
    setBusy(true);
    setNotice(undefined);
    try {
      const saved = await setOrgUnitActive(services, unit, true);
      setNotice({ type: MessageBarType.success, text: s.activated(saved.name) });
    } catch (e) {
      const text =
        e instanceof ValidationError
          ? e.issues.map((issue) => validationMessage(strings, issue)).join(' ')
          : errorMessage(strings, e);
      setNotice({ type: MessageBarType.error, text });
    } finally {
      setBusy(false);
      refresh();
    }
  }

  const initialLoad = loading && units.length === 0 && error === undefined;

  return (
    <div className="lis-organisation">
      <h2 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 4px' }}>{s.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{s.description}</p>

      <OrgUnitCommands
        selected={selected}
        busy={busy}
        canManage={canManage}
        onCreate={() => setPanel({ open: true, unit: undefined })}
        onEdit={(unit) => setPanel({ open: true, unit })}
        onSetActive={(unit, active) => {
          if (active) activate(unit).catch(() => undefined);
          else setConfirming(unit);
        }}
        onRefresh={refresh}
      />
      <OrgUnitFilters query={query} onChange={setQuery} />

      {notice && (
        <MessageBar messageBarType={notice.type} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice.text}
        </MessageBar>
      )}
      {error !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={<DefaultButton onClick={refresh} text={strings.app.retry} />}
        >
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      <BrokenItemsWarning items={broken} />

      {initialLoad ? (
        <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 24 } }} />
      ) : (
        <>
          <div role="status" aria-live="polite" style={{ margin: '8px 0', display: 'flex', gap: 12, alignItems: 'center' }}>
            <span>{s.count(items.length, units.length)}</span>
            {loading && <Spinner size={SpinnerSize.small} label={s.loading} labelPosition="right" />}
          </div>
          <OrgUnitList
            items={items}
            unitsById={unitsById}
            onSelect={setSelectedId}
            onInvoke={(unit) => canManage && setPanel({ open: true, unit })}
          />
          {items.length === 0 && error === undefined && <p style={{ margin: 16 }}>{units.length === 0 ? s.empty : s.noMatches}</p>}
        </>
      )}

      {panel.open && canManage && (
        <OrgUnitPanel
          unit={panel.unit}
          units={units}
          paths={paths}
          onDismiss={() => setPanel({ open: false })}
          onStale={refresh}
          onSaved={(saved) => {
            setPanel({ open: false });
            setNotice({ type: MessageBarType.success, text: s.saved(saved.name) });
            refresh();
          }}
        />
      )}
      {confirming && (
        <DeactivateDialog
          unit={confirming}
          onDismiss={() => setConfirming(undefined)}
          onStale={refresh}
          onDeactivated={(saved) => {
            setConfirming(undefined);
            setNotice({ type: MessageBarType.success, text: s.deactivated(saved.name) });
            refresh();
          }}
        />
      )}
    </div>
  );
}
