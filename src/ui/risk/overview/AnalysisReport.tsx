import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { StoredRisk } from '../../../data/ports/RiskRepository';
import type { StoredRiskAction } from '../../../data/ports/RiskActionRepository';
import { acceptanceState, isActionOverdue, tryScore, type Assessment, type RiskAnalysis, type RiskMatrix } from '../../../domain/risk';
import { useStrings } from '../../strings';
import { formatDateTime } from '../../shared/formatDateTime';
import { cellStyle, headerCellStyle, tableStyle } from '../../requirements/styles';
import { HeatMap } from './HeatMap';
import { acceptanceText } from './acceptanceText';

export interface AnalysisReportProps {
  analysis: RiskAnalysis;
  /** The analysis' own matrix version; null when it cannot be found (scores are then not shown). */
  matrix: RiskMatrix | null;
  risks: readonly StoredRisk[];
  actions: readonly StoredRiskAction[];
  /** The owning unit's name. */
  unitName: string;
  /** `YYYY-MM-DD`: decides overdue actions and expired acceptances. */
  today: string;
  /** The title's heading level (sections and risks follow below it); default 2, use 3 inside a view's section. */
  headingLevel?: 2 | 3;
}

/** Printing shows the report alone: everything else on the page (SharePoint, Teams or LIS chrome) is hidden. */
const PRINT_CSS =
  '@media print{' +
  'body *{visibility:hidden !important}' +
  '.lis-analysis-report,.lis-analysis-report *{visibility:visible !important}' +
  '.lis-analysis-report{position:absolute;left:0;top:0;width:100%;color:#000;background:#fff}' +
  '.lis-analysis-report .lis-no-print{display:none !important}' +
  '.lis-analysis-report section,.lis-analysis-report table{break-inside:auto}' +
  '.lis-analysis-report .lis-report-risk{break-inside:avoid}' +
  '}';

const dlStyle: React.CSSProperties = { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: '0 0 16px' };
const sectionTitle: React.CSSProperties = { fontSize: 18, fontWeight: 600, margin: '20px 0 8px' };

function Fact(props: { term: string; children?: React.ReactNode }): JSX.Element {
  return (
    <>
      <dt style={{ fontWeight: 600 }}>{props.term}</dt>
      <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{props.children}</dd>
    </>
  );
}

/**
 * The printable riskanalysrapport: the analysis' facts, the matrix version it is scored with, both heat maps, every
 * risk with its wording, scores and motivering, the planned actions and the acceptances. "Skriv ut" prints it alone.
 */
export function AnalysisReport(props: AnalysisReportProps): JSX.Element {
  const strings = useStrings();
  const o = strings.riskOverview;
  const s = o.report;
  const { analysis, matrix, risks, actions, today } = props;
  const actionsByRisk = new Map<string, StoredRiskAction[]>();
  for (const action of actions) actionsByRisk.set(action.riskId, [...(actionsByRisk.get(action.riskId) ?? []), action]);
  const accepted = risks.filter((r) => r.acceptance !== null);
  const level = props.headingLevel ?? 2;
  const Title = `h${level}` as 'h2' | 'h3';
  const SectionTitle = `h${level + 1}` as 'h3' | 'h4';
  const RiskTitle = `h${level + 2}` as 'h4' | 'h5';

  const assessmentText = (assessment: Assessment | null): string => {
    const score = matrix ? tryScore(matrix, assessment) : null;
    if (!assessment || !score) return o.register.notAssessed;
    return s.assessment(score.likelihood, score.consequence, score.value, score.level.label);
  };

  return (
    <article className="lis-analysis-report" aria-label={s.title(analysis.name)}>
      <style>{PRINT_CSS}</style>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between' }}>
        <Title style={{ fontSize: 24, fontWeight: 600, margin: '0 0 4px' }}>{s.title(analysis.name)}</Title>
        <DefaultButton className="lis-no-print" text={s.print} ariaLabel={s.printLabel(analysis.name)} iconProps={{ iconName: 'Print' }} onClick={() => window.print()} />
      </div>

      <section>
        <SectionTitle style={sectionTitle}>{s.facts}</SectionTitle>
        <dl style={dlStyle}>
          <Fact term={s.subjectKind}>{o.subjectKinds[analysis.subjectKind]}</Fact>
          <Fact term={s.unit}>{props.unitName}</Fact>
          <Fact term={s.purpose}>{analysis.purpose || s.notSet}</Fact>
          <Fact term={s.scope}>{analysis.scope || s.notSet}</Fact>
          <Fact term={s.participants}>
            {analysis.participants.length === 0 ? s.noParticipants : analysis.participants.map((p) => p.displayName).join(', ')}
          </Fact>
          <Fact term={s.date}>{analysis.date}</Fact>
          <Fact term={s.status}>{o.analysisStatuses[analysis.status]}</Fact>
          <Fact term={s.nextFollowUp}>{analysis.nextFollowUpDate ?? s.notSet}</Fact>
        </dl>
      </section>

      <section>
        <SectionTitle style={sectionTitle}>{s.matrix}</SectionTitle>
        {matrix ? (
          <>
            <p style={{ margin: '0 0 8px' }}>{s.matrixLine(matrix.name, matrix.version)}</p>
            <table style={tableStyle} aria-label={s.matrixLevels}>
              <thead>
                <tr>
                  {[o.register.level, o.heatMap.levels, s.acceptanceColumns.acceptedBy].map((h) => (
                    <th key={h} scope="col" style={headerCellStyle}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.levels.map((level) => (
                  <tr key={level.key}>
                    <th scope="row" style={headerCellStyle}>
                      {level.label}
                    </th>
                    <td style={cellStyle}>{o.heatMap.levelRange(level.label, level.min, level.max)}</td>
                    <td style={cellStyle}>
                      {s.acceptedBy[level.acceptedBy]}
                      {level.informKommunstyrelsen ? `. ${s.informKs}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p>{s.matrixLine('?', analysis.matrixVersion)}</p>
        )}
      </section>

      {matrix && (
        <section>
          <SectionTitle style={sectionTitle}>{s.heatMaps}</SectionTitle>
          <HeatMap risks={risks} matrix={matrix} />
        </section>
      )}

      <section>
        <SectionTitle style={sectionTitle}>{s.risks}</SectionTitle>
        {risks.length === 0 && <p>{s.noRisks}</p>}
        {risks.map((risk, index) => {
          const own = actionsByRisk.get(risk.id) ?? [];
          return (
            <div key={risk.id} className="lis-report-risk" style={{ borderTop: '1px solid rgba(128,128,128,0.5)', padding: '8px 0' }}>
              <RiskTitle style={{ fontSize: 16, fontWeight: 600, margin: '4px 0' }}>
                {s.riskHeading(index + 1)}: {risk.event}
              </RiskTitle>
              <p style={{ margin: '0 0 8px' }}>{o.wording(risk.cause, risk.event, risk.consequence)}</p>
              <dl style={dlStyle}>
                <Fact term={s.riskOwner}>{risk.riskOwner?.displayName ?? o.register.noOwner}</Fact>
                <Fact term={s.existingMeasures}>{risk.existingMeasures || s.notSet}</Fact>
                <Fact term={s.inherent}>
                  {assessmentText(risk.inherent)}
                  {risk.inherent?.motivering ? `. ${s.motivering}: ${risk.inherent.motivering}` : ''}
                </Fact>
                <Fact term={s.treatment}>
                  {risk.treatment ? o.treatments[risk.treatment] : o.treatments.none}
                  {risk.treatmentNote ? `. ${risk.treatmentNote}` : ''}
                </Fact>
                <Fact term={s.residual}>
                  {assessmentText(risk.residual)}
                  {risk.residual?.motivering ? `. ${s.motivering}: ${risk.residual.motivering}` : ''}
                </Fact>
              </dl>
              {own.length === 0 ? (
                <p>{s.noActions}</p>
              ) : (
                <table style={tableStyle} aria-label={`${s.actions}: ${risk.event}`}>
                  <thead>
                    <tr>
                      {Object.values(s.actionColumns).map((h) => (
                        <th key={h} scope="col" style={headerCellStyle}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {own.map((action) => (
                      <tr key={action.id}>
                        <th scope="row" style={{ ...headerCellStyle, fontWeight: 400 }}>
                          {action.description}
                        </th>
                        <td style={cellStyle}>{o.actionKinds[action.kind]}</td>
                        <td style={cellStyle}>{o.securityKinds[action.securityKind]}</td>
                        <td style={cellStyle}>{action.responsible?.displayName ?? s.notSet}</td>
                        <td style={cellStyle}>
                          {action.targetDate ?? s.notSet}
                          {isActionOverdue(action, today) ? ` (${s.overdue})` : ''}
                        </td>
                        <td style={cellStyle}>{o.actionStatuses[action.status]}</td>
                        <td style={cellStyle}>{action.requirementCodes.join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          );
        })}
      </section>

      <section>
        <SectionTitle style={sectionTitle}>{s.acceptances}</SectionTitle>
        {accepted.length === 0 ? (
          <p>{s.noAcceptances}</p>
        ) : (
          <table style={tableStyle} aria-label={s.acceptances}>
            <thead>
              <tr>
                {Object.values(s.acceptanceColumns).map((h) => (
                  <th key={h} scope="col" style={headerCellStyle}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {accepted.map((risk) => {
                const a = risk.acceptance;
                if (!a) return null;
                return (
                  <tr key={risk.id}>
                    <th scope="row" style={{ ...headerCellStyle, fontWeight: 400 }}>
                      {risk.event}
                    </th>
                    <td style={cellStyle}>{a.acceptedBy.displayName}</td>
                    <td style={cellStyle}>{s.acceptedBy[a.role]}</td>
                    <td style={cellStyle}>{formatDateTime(a.acceptedAt, strings.locale)}</td>
                    <td style={cellStyle}>{a.validUntil}</td>
                    <td style={cellStyle}>{acceptanceText(strings, acceptanceState(risk, today))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
