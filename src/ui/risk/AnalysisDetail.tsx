import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { HeatMapSelection } from '../../app/risk/overview';
import { loadAnalysis, previewRescore, rescoreToMatrix, type LoadedAnalysis } from '../../app/risk';
import { stockholmDate } from '../../domain/classification/calendarDate';
import { isInCell } from '../../domain/risk';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { StoredRisk } from '../../data/ports/RiskRepository';
import type { StoredRiskAction } from '../../data/ports/RiskActionRepository';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import { ConflictError } from '../../data/ports/errors';
import { BrokenItemsWarning } from '../organisation/BrokenItemsWarning';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings } from '../strings';
import { ClassificationProfileBox } from './ClassificationProfileBox';
import { RescoreDialog } from './RescoreDialog';
import { RiskPanel } from './RiskPanel';
import { ItemHistorySection } from '../history/ItemHistorySection';
import { RisksTable } from './RisksTable';

const HeatMap = React.lazy(() => import(/* webpackChunkName: 'lis-risk-overview' */ './overview/HeatMap').then((m) => ({ default: m.HeatMap })));
const AnalysisReport = React.lazy(() =>
  import(/* webpackChunkName: 'lis-risk-overview' */ './overview/AnalysisReport').then((m) => ({ default: m.AnalysisReport })),
);

export interface AnalysisDetailProps {
  analysis: StoredRiskAnalysis;
  unitName: (id: string) => string;
  objects: readonly StoredClassification[];
  /**
   * The owner unit's editors and the coordinator edit, score, accept and add actions; others read the analysis, its
   * heat map, the risk table and the report (the risk panel is an editing form, so it is not offered to them).
   */
  canEdit: boolean;
  onBack: () => void;
  onEdit: (analysis: StoredRiskAnalysis) => void;
  onChanged: (analysis: StoredRiskAnalysis) => void;
  /** Opened from a task about this risk: its panel (treatment, actions) opens once the risks are loaded. */
  initialRiskId?: string;
}

type PanelState = { open: false } | { open: true; riskId: string | undefined };

const sectionHeading: React.CSSProperties = { fontSize: 18, fontWeight: 600, margin: '24px 0 6px' };

function Section(props: { id: string; title: string; children?: React.ReactNode }): JSX.Element {
  return (
    <section aria-labelledby={props.id}>
      <h4 id={props.id} style={sectionHeading}>
        {props.title}
      </h4>
      {props.children}
    </section>
  );
}

/**
 * One riskanalys: its fields, the linked object's K-R-T-S profile, the heat map (click a cell to filter), the risks
 * with inherent and residual levels in words, the risk panel (actions, acceptance), the explicit rescore under a newer
 * matrix, and the printable report.
 */
export function AnalysisDetail(props: AnalysisDetailProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.risk;
  const d = s.detail;
  const { analysis } = props;
  const [loaded, setLoaded] = React.useState<LoadedAnalysis | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [notice, setNotice] = React.useState<{ type: MessageBarType; text: string } | undefined>(undefined);
  const [panel, setPanel] = React.useState<PanelState>({ open: false });
  const [cell, setCell] = React.useState<HeatMapSelection | null>(null);
  const [rescoring, setRescoring] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [showReport, setShowReport] = React.useState(false);
  const [planCodes, setPlanCodes] = React.useState<string[]>([]);
  const [reloads, setReloads] = React.useState(0);
  const latestRequest = React.useRef(0);
  const today = stockholmDate(services.now());

  React.useEffect(() => {
    const request = ++latestRequest.current;
    setError(undefined);
    loadAnalysis(services, analysis)
      .then((result) => request === latestRequest.current && setLoaded(result))
      .catch((e: unknown) => request === latestRequest.current && setError(e));
  }, [analysis.id, analysis.etag, reloads]);

  React.useEffect(() => {
    let live = true;
    const objectId = analysis.classificationObjectId;
    if (!objectId) {
      setPlanCodes([]);
      return undefined;
    }
    services.actionPlans
      .getPlan(objectId)
      .then((plan) => live && setPlanCodes(plan.entries.map((e) => e.requirementCode)))
      .catch(() => live && setPlanCodes([]));
    return () => {
      live = false;
    };
  }, [analysis.classificationObjectId]);

  React.useEffect(
    () => () => {
      latestRequest.current += 1;
    },
    [],
  );

  const initialRisk = React.useRef(props.initialRiskId);
  React.useEffect(() => {
    const riskId = initialRisk.current;
    if (!loaded || riskId === undefined) return;
    initialRisk.current = undefined;
    if (loaded.risks.some((r) => r.id === riskId)) setPanel({ open: true, riskId });
    else setNotice({ type: MessageBarType.warning, text: strings.tasks.deepLink.riskMissing(riskId) });
  }, [loaded, strings]);

  const reload = (): void => setReloads((n) => n + 1);
  const risks = loaded?.risks ?? [];
  const numbered = risks.map((risk, i) => ({ risk, number: i + 1 }));
  const numberOf = (id: string | undefined): number => (id === undefined ? risks.length + 1 : risks.findIndex((r) => r.id === id) + 1);
  const shown = cell ? numbered.filter(({ risk }) => isInCell(risk, cell.basis, cell.likelihood, cell.consequence)) : numbered;
  const matrix = loaded?.matrix ?? null;
  const latest = loaded?.latest ?? null;
  const canRescore = props.canEdit && !!matrix && !!latest && latest.version > analysis.matrixVersion;
  const object = analysis.classificationObjectId ? props.objects.filter((o) => o.id === analysis.classificationObjectId)[0] : undefined;
  const rescorePreview = rescoring && matrix && latest ? previewRescore(risks, matrix, latest) : undefined;

  function riskSaved(saved: StoredRisk, created: boolean): void {
    setLoaded((l) => {
      if (!l) return l;
      const exists = l.risks.some((r) => r.id === saved.id);
      return { ...l, risks: exists ? l.risks.map((r) => (r.id === saved.id ? saved : r)) : [...l.risks, saved] };
    });
    if (created) setPanel({ open: true, riskId: saved.id });
  }

  function actionSaved(saved: StoredRiskAction): void {
    setLoaded((l) => {
      if (!l) return l;
      const exists = l.actions.some((a) => a.id === saved.id);
      return { ...l, actions: exists ? l.actions.map((a) => (a.id === saved.id ? saved : a)) : [...l.actions, saved] };
    });
  }

  async function rescore(): Promise<void> {
    if (!matrix || !latest) return;
    setBusy(true);
    try {
      const outcome = await rescoreToMatrix(services, analysis, risks, matrix, latest);
      setRescoring(false);
      setNotice({ type: MessageBarType.success, text: d.rescored(latest.version, outcome.changed) });
      props.onChanged(outcome.analysis);
    } catch (e) {
      setRescoring(false);
      setNotice({ type: MessageBarType.error, text: errorMessage(strings, e) });
      if (e instanceof ConflictError) reload();
    } finally {
      setBusy(false);
    }
  }

  const panelRisk = panel.open && panel.riskId !== undefined ? risks.filter((r) => r.id === panel.riskId)[0] : undefined;
  const participants = analysis.participants.map((p) => p.displayName || p.email).join(', ');

  return (
    <article aria-labelledby="lis-risk-detail-title">
      <DefaultButton iconProps={{ iconName: 'Back' }} text={d.back} onClick={props.onBack} />
      <h3 id="lis-risk-detail-title" style={{ fontSize: 22, fontWeight: 600, margin: '12px 0 4px' }}>
        {analysis.name}
      </h3>
      <p style={{ margin: '0 0 4px' }}>{d.statusLine(s.statuses[analysis.status], analysis.matrixVersion)}</p>
      <dl style={{ margin: '4px 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 2 }}>
        <dt style={{ fontWeight: 600 }}>{d.subject}</dt>
        <dd style={{ margin: 0 }}>{object ? `${s.subjectKinds[analysis.subjectKind]}: ${object.name}` : s.subjectKinds[analysis.subjectKind]}</dd>
        <dt style={{ fontWeight: 600 }}>{d.owner}</dt>
        <dd style={{ margin: 0 }}>{props.unitName(analysis.ownerUnitId)}</dd>
        <dt style={{ fontWeight: 600 }}>{d.date}</dt>
        <dd style={{ margin: 0 }}>{analysis.date}</dd>
        <dt style={{ fontWeight: 600 }}>{d.nextFollowUp}</dt>
        <dd style={{ margin: 0 }}>{analysis.nextFollowUpDate ?? d.none}</dd>
        <dt style={{ fontWeight: 600 }}>{d.purpose}</dt>
        <dd style={{ margin: 0 }}>{analysis.purpose || d.none}</dd>
        <dt style={{ fontWeight: 600 }}>{d.scope}</dt>
        <dd style={{ margin: 0 }}>{analysis.scope || d.none}</dd>
        <dt style={{ fontWeight: 600 }}>{d.participants}</dt>
        <dd style={{ margin: 0 }}>{participants || d.none}</dd>
      </dl>
      {props.canEdit ? (
        <DefaultButton style={{ marginTop: 8 }} iconProps={{ iconName: 'Edit' }} text={d.edit} onClick={() => props.onEdit(analysis)} />
      ) : (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {strings.access.readOnlyUnit}
        </MessageBar>
      )}

      {notice && (
        <MessageBar messageBarType={notice.type} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice.text}
        </MessageBar>
      )}
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton onClick={reload} text={strings.app.retry} />}>
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      {loaded && <BrokenItemsWarning items={loaded.broken} />}
      {loaded && !matrix && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {d.matrixMissing(analysis.matrixVersion)}
        </MessageBar>
      )}
      {canRescore && latest && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline={true}
          actions={<DefaultButton text={d.rescore} disabled={busy} onClick={() => setRescoring(true)} />}
        >
          {d.rescoreNotice(analysis.matrixVersion, latest.version)}
        </MessageBar>
      )}

      {analysis.classificationObjectId && (
        <Section id="lis-risk-classification-heading" title={d.classificationHeading}>
          <ClassificationProfileBox object={object} />
        </Section>
      )}

      {!loaded && error === undefined && <Spinner size={SpinnerSize.medium} label={d.loading} styles={{ root: { margin: 16 } }} />}
      {loaded && matrix && (
        <Section id="lis-risk-heatmap-heading" title={d.heatMapHeading}>
          <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.app.loading} />}>
            <HeatMap risks={risks} matrix={matrix} selected={cell} onSelectCell={setCell} />
          </React.Suspense>
        </Section>
      )}
      {loaded && (
        <Section id="lis-risk-risks-heading" title={d.risksHeading}>
          {props.canEdit && (
            <PrimaryButton iconProps={{ iconName: 'Add' }} text={d.addRisk} disabled={!matrix} onClick={() => setPanel({ open: true, riskId: undefined })} />
          )}
          <p role="status" aria-live="polite" style={{ margin: '8px 0' }}>
            {risks.length === 0 ? d.noRisks : cell ? d.filtered(shown.length, risks.length) : ''}
          </p>
          {cell && <DefaultButton text={d.showAll} onClick={() => setCell(null)} />}
          {risks.length > 0 && (
            <RisksTable
              rows={shown}
              matrix={matrix}
              actions={loaded.actions}
              today={today}
              onOpen={props.canEdit ? (risk) => setPanel({ open: true, riskId: risk.id }) : undefined}
            />
          )}
        </Section>
      )}
      {loaded && (
        <Section id="lis-risk-report-heading" title={d.reportHeading}>
          <DefaultButton
            iconProps={{ iconName: showReport ? 'Hide' : 'Print' }}
            text={showReport ? d.hideReport : d.showReport}
            aria-expanded={showReport}
            onClick={() => setShowReport((v) => !v)}
          />
          {showReport && (
            <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={strings.app.loading} />}>
              <AnalysisReport
                analysis={analysis}
                matrix={matrix}
                risks={risks}
                actions={loaded.actions}
                unitName={props.unitName(analysis.ownerUnitId)}
                today={today}
              />
            </React.Suspense>
          )}
        </Section>
      )}

      <ItemHistorySection entity="riskAnalysis" id={analysis.id} />

      {panel.open && matrix && props.canEdit && (
        <RiskPanel
          analysisId={analysis.id}
          risk={panelRisk}
          number={numberOf(panel.riskId)}
          matrix={matrix}
          actions={panelRisk ? loaded?.actions.filter((a) => a.riskId === panelRisk.id) ?? [] : []}
          planCodes={planCodes}
          onDismiss={() => setPanel({ open: false })}
          onRiskSaved={riskSaved}
          onActionSaved={actionSaved}
          onStale={reload}
        />
      )}
      {rescorePreview && matrix && latest && (
        <RescoreDialog
          from={matrix.version}
          to={latest.version}
          changes={rescorePreview.changes}
          numberOf={(index) => index + 1}
          busy={busy}
          onConfirm={() => rescore().catch(() => undefined)}
          onDismiss={() => setRescoring(false)}
        />
      )}
    </article>
  );
}
