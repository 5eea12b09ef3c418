import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { CommandBarButton, DefaultButton } from '@fluentui/react/lib/Button';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { stockholmDate } from '../../domain/classification/calendarDate';
import { DEFAULT_MATRIX, emptyRiskAnalysis } from '../../domain/risk';
import type { OrgUnit } from '../../domain/organisation';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import { withoutAnalysisStoreFields } from '../../app/risk';
import { BrokenItemsWarning } from '../organisation/BrokenItemsWarning';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings } from '../strings';
import { AnalysisDetail } from './AnalysisDetail';
import { AnalysisFilters } from './AnalysisFilters';
import { AnalysisList } from './AnalysisList';
import { AnalysisPanel } from './AnalysisPanel';
import { EMPTY_ANALYSIS_QUERY, filterAnalyses, type AnalysisQuery } from './analysisQuery';
import { MatrixEditor } from './MatrixEditor';
import { useRiskAnalyses } from './useRiskAnalyses';

type FormState = { open: false } | { open: true; existing: StoredRiskAnalysis | undefined };
type Tab = 'analyses' | 'matrix';

const commandStyles = { root: { height: 40, padding: '0 8px' } };

/**
 * Riskanalys: the analyses (filter by unit and status), "Ny riskanalys", each analysis' detail with its risks,
 * treatment, actions and acceptance, and the coordinator's risk matrix editor.
 */
export default function RiskView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.risk;
  const { loading, items, broken, units, objects, latestMatrix, error, reload } = useRiskAnalyses();
  const [tab, setTab] = React.useState<Tab>('analyses');
  const [query, setQuery] = React.useState<AnalysisQuery>(EMPTY_ANALYSIS_QUERY);
  const [selectedId, setSelectedId] = React.useState<string | undefined>(undefined);
  const [detailId, setDetailId] = React.useState<string | undefined>(undefined);
  const [detailOverride, setDetailOverride] = React.useState<StoredRiskAnalysis | undefined>(undefined);
  const [form, setForm] = React.useState<FormState>({ open: false });
  const [notice, setNotice] = React.useState<string | undefined>(undefined);

  const unitsById = React.useMemo(() => new Map(units.map((u) => [u.id, u] as [string, OrgUnit])), [units]);
  const unitName = React.useCallback((id: string): string => unitsById.get(id)?.name ?? s.unknownUnit(id), [unitsById, s]);
  const shown = React.useMemo(() => filterAnalyses(items, query), [items, query]);
  const fromList = detailId !== undefined ? items.filter((a) => a.id === detailId)[0] : undefined;
  const detail = detailOverride && detailOverride.id === detailId ? detailOverride : fromList;
  const selected = selectedId !== undefined ? items.filter((a) => a.id === selectedId)[0] : undefined;

  const refresh = (): void => {
    reload().catch(() => undefined);
  };

  function openDetail(analysis: StoredRiskAnalysis): void {
    setDetailOverride(analysis);
    setDetailId(analysis.id);
    setNotice(undefined);
  }

  function newAnalysisValues(): ReturnType<typeof emptyRiskAnalysis> {
    const owner = query.ownerUnitId !== 'all' ? query.ownerUnitId : '';
    return emptyRiskAnalysis(owner, stockholmDate(services.now()), latestMatrix?.version ?? DEFAULT_MATRIX.version);
  }

  const initialLoad = loading && items.length === 0 && error === undefined;
  const analysesTab = detail ? (
    <AnalysisDetail
      key={detail.id}
      analysis={detail}
      unitName={unitName}
      objects={objects}
      onBack={() => {
        setDetailId(undefined);
        setDetailOverride(undefined);
      }}
      onEdit={(analysis) => setForm({ open: true, existing: analysis })}
      onChanged={(saved) => {
        setDetailOverride(saved);
        refresh();
      }}
    />
  ) : (
    <>
      <div role="group" aria-label={s.commandsLabel} style={{ display: 'flex', flexWrap: 'wrap', marginBottom: 8 }}>
        <CommandBarButton iconProps={{ iconName: 'Add' }} text={s.commands.create} onClick={() => setForm({ open: true, existing: undefined })} styles={commandStyles} />
        <CommandBarButton
          iconProps={{ iconName: 'OpenInNewWindow' }}
          text={s.commands.open}
          disabled={!selected}
          onClick={() => selected && openDetail(selected)}
          styles={commandStyles}
        />
        <CommandBarButton iconProps={{ iconName: 'Refresh' }} text={s.commands.refresh} onClick={refresh} styles={commandStyles} />
      </div>
      <AnalysisFilters query={query} units={units} onChange={setQuery} />
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
          <AnalysisList items={shown} unitName={unitName} onSelect={setSelectedId} onInvoke={openDetail} />
          {shown.length === 0 && error === undefined && <p style={{ margin: 16 }}>{items.length === 0 ? s.empty : s.noMatches}</p>}
        </>
      )}
    </>
  );

  return (
    <div className="lis-risk">
      <h2 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 4px' }}>{s.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{s.description}</p>
      <Pivot aria-label={s.tabsLabel} selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)} headersOnly={true}>
        <PivotItem itemKey="analyses" headerText={s.tabs.analyses} />
        <PivotItem itemKey="matrix" headerText={s.tabs.matrix} />
      </Pivot>
      <div role="tabpanel" aria-label={s.tabs[tab]} style={{ paddingTop: 12 }}>
        {tab === 'analyses' && analysesTab}
        {tab === 'matrix' && <MatrixEditor />}
      </div>

      {form.open && (
        <AnalysisPanel
          existing={form.existing}
          initial={form.existing ? withoutAnalysisStoreFields(form.existing) : newAnalysisValues()}
          units={units}
          objects={objects}
          onDismiss={() => setForm({ open: false })}
          onSaved={(saved) => {
            setForm({ open: false });
            setNotice(s.saved(saved.name));
            openDetail(saved);
            refresh();
          }}
        />
      )}
    </div>
  );
}
