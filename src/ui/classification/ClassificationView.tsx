import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { CommandBarButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { OrgUnit } from '../../domain/organisation';
import type { StoredSharedInformationType } from '../../data/ports/SharedInformationTypeRepository';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings } from '../strings';
import { BrokenItemsWarning } from '../organisation/BrokenItemsWarning';
import { ClassificationFilters } from './ClassificationFilters';
import { ClassificationList } from './ClassificationList';
import { EMPTY_QUERY, filterClassifications, type ClassificationQuery } from './classificationQuery';
import { ClassificationDetail } from './detail/ClassificationDetail';
import { LoweringQueue } from './shared/LoweringQueue';
import { SharedTypesAdmin } from './shared/SharedTypesAdmin';
import { useClassifications } from './useClassifications';
import { ClassificationWizard } from './wizard/ClassificationWizard';

type WizardState = { open: false } | { open: true; existing: StoredClassification | undefined };
type Tab = 'objects' | 'shared' | 'lowerings';

const commandStyles = { root: { height: 40, padding: '0 8px' } };

/**
 * Informationsklassning: the klassningsobjekt list with filters, the guided wizard, each object's detail (profile,
 * raises, approval, history, handlingsplan), and the coordinator's shared information types and lowering requests.
 */
export default function ClassificationView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification;
  const { loading, items, broken, units, error, reload } = useClassifications();
  const [tab, setTab] = React.useState<Tab>('objects');
  const [query, setQuery] = React.useState<ClassificationQuery>(EMPTY_QUERY);
  const [selectedId, setSelectedId] = React.useState<string | undefined>(undefined);
  const [detailId, setDetailId] = React.useState<string | undefined>(undefined);
  const [detailOverride, setDetailOverride] = React.useState<StoredClassification | undefined>(undefined);
  const [wizard, setWizard] = React.useState<WizardState>({ open: false });
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const [sharedTypes, setSharedTypes] = React.useState<StoredSharedInformationType[]>([]);
  // Read once per mount: the review state of the list does not change while the user looks at it.
  const today = React.useMemo(() => services.now(), [services]);

  React.useEffect(() => {
    let live = true;
    services.sharedInformationTypes
      .list()
      .then((r) => live && setSharedTypes(r.items))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [services, tab]);

  const unitsById = React.useMemo(() => new Map(units.map((u) => [u.id, u] as [string, OrgUnit])), [units]);
  const unitName = React.useCallback((id: string): string => unitsById.get(id)?.name ?? s.unknownUnit(id), [unitsById, s]);
  const sharedTypeName = (id: string): string => sharedTypes.filter((t) => t.id === id)[0]?.name ?? id;
  const shown = React.useMemo(() => filterClassifications(items, query, today), [items, query, today]);

  const fromList = detailId !== undefined ? items.filter((o) => o.id === detailId)[0] : undefined;
  // The detail shows what it last saved or (re)loaded itself; a conflict on the next save offers a reload.
  const detail = detailOverride && detailOverride.id === detailId ? detailOverride : fromList;
  const selected = selectedId !== undefined ? items.filter((o) => o.id === selectedId)[0] : undefined;

  const refresh = (): void => {
    reload().catch(() => undefined);
  };

  function openDetail(object: StoredClassification): void {
    setDetailOverride(object);
    setDetailId(object.id);
    setNotice(undefined);
  }

  async function reloadDetail(): Promise<void> {
    if (!detailId) return;
    try {
      const fresh = await services.classifications.get(detailId);
      setDetailOverride(fresh);
    } finally {
      refresh();
    }
  }

  const initialLoad = loading && items.length === 0 && error === undefined;

  const objectsTab = detail ? (
    <ClassificationDetail
      key={detail.id}
      object={detail}
      owner={unitsById.get(detail.ownerUnitId)}
      unitName={unitName}
      sharedTypeName={sharedTypeName}
      onBack={() => {
        setDetailId(undefined);
        setDetailOverride(undefined);
      }}
      onEdit={(object) => setWizard({ open: true, existing: object })}
      onChanged={(saved) => {
        setDetailOverride(saved);
        refresh();
      }}
      onReload={() => reloadDetail().catch(() => undefined)}
    />
  ) : (
    <>
      <div role="group" aria-label={s.commandsLabel} style={{ display: 'flex', flexWrap: 'wrap', marginBottom: 8 }}>
        <CommandBarButton
          iconProps={{ iconName: 'Add' }}
          text={s.commands.create}
          onClick={() => setWizard({ open: true, existing: undefined })}
          styles={commandStyles}
        />
        <CommandBarButton
          iconProps={{ iconName: 'OpenInNewWindow' }}
          text={s.commands.open}
          disabled={!selected}
          onClick={() => selected && openDetail(selected)}
          styles={commandStyles}
        />
        <CommandBarButton iconProps={{ iconName: 'Refresh' }} text={s.commands.refresh} onClick={refresh} styles={commandStyles} />
      </div>
      <ClassificationFilters query={query} units={units} onChange={setQuery} />
      {notice && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice}
        </MessageBar>
      )}
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton onClick={refresh} text={strings.app.retry} />}>
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      <BrokenItemsWarning items={broken} />
      {initialLoad ? (
        <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 24 } }} />
      ) : (
        <>
          <div role="status" aria-live="polite" style={{ margin: '8px 0', display: 'flex', gap: 12, alignItems: 'center' }}>
            <span>{s.count(shown.length, items.length)}</span>
            {loading && <Spinner size={SpinnerSize.small} label={s.loading} labelPosition="right" />}
          </div>
          <ClassificationList items={shown} unitName={unitName} today={today} onSelect={setSelectedId} onInvoke={openDetail} />
          {shown.length === 0 && error === undefined && <p style={{ margin: 16 }}>{items.length === 0 ? s.empty : s.noMatches}</p>}
        </>
      )}
    </>
  );

  return (
    <div className="lis-classification">
      <h2 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 4px' }}>{s.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{s.description}</p>
      <Pivot
        aria-label={s.tabsLabel}
        selectedKey={tab}
        onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)}
        headersOnly={true}
      >
        <PivotItem itemKey="objects" headerText={s.tabs.objects} />
        <PivotItem itemKey="shared" headerText={s.tabs.shared} />
        <PivotItem itemKey="lowerings" headerText={s.tabs.lowerings} />
      </Pivot>
      <div role="tabpanel" aria-label={s.tabs[tab]} style={{ paddingTop: 12 }}>
        {tab === 'objects' && objectsTab}
        {tab === 'shared' && <SharedTypesAdmin />}
        {tab === 'lowerings' && <LoweringQueue />}
      </div>

      {wizard.open && (
        <ClassificationWizard
          existing={wizard.existing}
          units={units}
          defaultOwnerUnitId={query.ownerUnitId !== 'all' ? query.ownerUnitId : undefined}
          onDismiss={() => {
            setWizard({ open: false });
            refresh();
          }}
          onSaved={(saved, closed) => {
            if (detailId === saved.id) setDetailOverride(saved);
            if (closed) {
              setWizard({ open: false });
              setNotice(s.saved(saved.name));
              openDetail(saved);
            }
            refresh();
          }}
        />
      )}
    </div>
  );
}
