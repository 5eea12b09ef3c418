import type { StoredRisk } from '../../data/ports/RiskRepository';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import { rescoreAnalysis, type RescoreResult, type RiskMatrix } from '../../domain/risk';
import type { RiskServices } from './deps';
import { withoutAnalysisStoreFields, withoutRiskStoreFields } from './storeFields';

/** What an explicit rescore would change (for the confirmation): nothing is saved. */
export function previewRescore(risks: readonly StoredRisk[], from: RiskMatrix, to: RiskMatrix): RescoreResult<StoredRisk> {
  return rescoreAnalysis(risks, from, to);
}

export interface RescoreOutcome {
  analysis: StoredRiskAnalysis;
  risks: StoredRisk[];
  /** How many assessments changed value or level. */
  changed: number;
}

/**
 * The explicit "Räkna om med senaste matrisen": maps every risk's assessments from the analysis' matrix onto `to`,
 * saves the risks whose values moved (each only if unchanged since read: ConflictError otherwise), then moves the
 * analysis to `to.version`. Nothing happens to an analysis until someone chooses this.
 */
export async function rescoreToMatrix(
  services: Pick<RiskServices, 'risks' | 'riskAnalyses'>,
  analysis: StoredRiskAnalysis,
  risks: readonly StoredRisk[],
  from: RiskMatrix,
  to: RiskMatrix,
): Promise<RescoreOutcome> {
  const result = rescoreAnalysis(risks, from, to);
  const saved: StoredRisk[] = [];
  for (let i = 0; i < result.risks.length; i++) {
    const next = result.risks[i];
    const before = risks[i];
    saved.push(next === before ? before : await services.risks.update(before.id, before.etag, withoutRiskStoreFields(next)));
  }
  const moved = await services.riskAnalyses.update(analysis.id, analysis.etag, { ...withoutAnalysisStoreFields(analysis), matrixVersion: to.version });
  return { analysis: moved, risks: saved, changed: result.changes.length };
}
