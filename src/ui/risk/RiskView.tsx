import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { stockholmDate } from '../../domain/classification/calendarDate';
import { DEFAULT_MATRIX, emptyRiskAnalysis } from '../../domain/risk';
import type { OrgUnit } from '../../domain/organisation';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import { withoutAnalysisStoreFields } from '../../app/risk';
import { useServices } from '../ServicesContext';
import { useStrings } from '../strings';
import { useOpenFromParam } from '../useOpenFromParam';
import { useViewParams } from '../viewParams';
import { ListPane } from '../shared/ListPane';
import { AnalysisDetail } from './AnalysisDetail';
import { AnalysisFilters } from './AnalysisFilters';
import { AnalysisList } from './AnalysisList';
import { AnalysisPanel } from './AnalysisPanel';
import { EMPTY_ANALYSIS_QUERY, filterAnalyses, type AnalysisQuery } from './analysisQuery';
import { MatrixEditor } from './MatrixEditor';
import { useAccess } from '../access';
import { canEditUnit, canManageRiskMatrix, canReadUnit } from '../../domain/access/UserAccess';
import { useRiskAnalyses } from './useRiskAnalyses';
import { useListDetail } from '../shared/useListDetail';

type FormState = { open: false } | { open: true; existing: StoredRiskAnalysis | undefined };
type Tab = 'analyses' | 'matrix';

/**
 * Riskanalys: the analyses (filter by unit and status), "Ny riskanalys", each analysis' detail with its risks,
 * treatment, actions and acceptance, and the coordinator's risk matrix editor.
 */
export default function RiskView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.risk;
  const { loading, items: loadedItems, broken, units, objects, latestMatrix, error, reload } = useRiskAnalyses();
  const { access } = useAccess();
  // SharePoint already trims what the person cannot read; the UI mirrors it (and the preview relies on it).
  const items = React.useMemo(() => loadedItems.filter((a) => canReadUnit(access, a.ownerUnitId)), [loadedItems, access]);
  const editableUnits = React.useMemo(() => units.filter((u) => canEditUnit(access, u.id)), [units, access]);
  const matrixTab = canManageRiskMatrix(access);
  const [tab, setTab] = React.useState<Tab>('analyses');
  const [query, setQuery] = React.useState<AnalysisQuery>(EMPTY_ANALYSIS_QUERY);
  const view = useListDetail(items);
  const { selected, detail } = view;
  const [form, setForm] = React.useState<FormState>({ open: false });
  const [notice, setNotice] = React.useState<string | undefined>(undefined);

  const unitsById = React.useMemo(() => new Map(units.map((u) => [u.id, u] as [string, OrgUnit])), [units]);
  const unitName = React.useCallback((id: string): string => unitsById.get(id)?.name ?? s.unknownUnit(id), [unitsById, s]);
  const shown = React.useMemo(() => filterAnalyses(items, query), [items, query]);

  const refresh = (): void => {
    reload().catch(() => undefined);
  };

  function openDetail(analysis: StoredRiskAnalysis): void {
    view.openDetail(analysis);
    setNotice(undefined);
  }

  // A task's deep link (`analysisId`, optionally `riskId`) opens that analysis (and the risk's panel) once loaded.
  const params = useViewParams();
  const linked = useOpenFromParam(params.analysisId, items, !loading && error === undefined, openDetail);

  function newAnalysisValues(): ReturnType<typeof emptyRiskAnalysis> {
    const owner = query.ownerUnitId !== 'all' ? query.ownerUnitId : '';
    return emptyRiskAnalysis(owner, stockholmDate(services.now()), latestMatrix?.version ?? DEFAULT_MATRIX.version);
  }

  const analysesTab = detail ? (
    <AnalysisDetail
      key={detail.id}
      analysis={detail}
      initialRiskId={detail.id === params.analysisId ? params.riskId : undefined}
      unitName={unitName}
      objects={objects}
      canEdit={canEditUnit(access, detail.ownerUnitId)}
      onBack={view.closeDetail}
      onEdit={(analysis) => setForm({ open: true, existing: analysis })}
      onChanged={(saved) => {
        view.showInDetail(saved);
        refresh();
      }}
    />
  ) : (
    <ListPane
      strings={s}
      loading={loading}
      error={error}
      broken={broken}
      shownCount={shown.length}
      totalCount={items.length}
      canOpen={selected !== undefined}
      canCreate={editableUnits.some((u) => u.active)}
      notice={notice}
      onCreate={() => setForm({ open: true, existing: undefined })}
      onOpen={() => selected && openDetail(selected)}
      onRefresh={refresh}
      onDismissNotice={() => setNotice(undefined)}
      filters={<AnalysisFilters query={query} units={units} onChange={setQuery} />}
      list={<AnalysisList items={shown} unitName={unitName} onSelect={view.select} onInvoke={openDetail} />}
    />
  );

  return (
    <div className="lis-risk">
      <h2 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 4px' }}>{s.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{s.description}</p>
      <Pivot aria-label={s.tabsLabel} selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as Tab)} headersOnly={true}>
        <PivotItem itemKey="analyses" headerText={s.tabs.analyses} />
        {matrixTab && <PivotItem itemKey="matrix" headerText={s.tabs.matrix} />}
      </Pivot>
      <div role="tabpanel" aria-label={s.tabs[tab]} style={{ paddingTop: 12 }}>
        {linked.missing !== undefined && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} onDismiss={linked.dismiss} dismissButtonAriaLabel={strings.app.close}>
            {strings.tasks.deepLink.analysisMissing(linked.missing)}
          </MessageBar>
        )}
        {tab === 'analyses' && analysesTab}
        {tab === 'matrix' && matrixTab && <MatrixEditor />}
      </div>

      {form.open && (
        <AnalysisPanel
          existing={form.existing}
          initial={form.existing ? withoutAnalysisStoreFields(form.existing) : newAnalysisValues()}
          units={editableUnits}
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
