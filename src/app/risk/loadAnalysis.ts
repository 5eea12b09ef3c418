import type { StoredRisk } from '../../data/ports/RiskRepository';
import type { StoredRiskAction } from '../../data/ports/RiskActionRepository';
import type { StoredRiskMatrix } from '../../data/ports/RiskMatrixRepository';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import type { RiskAnalysis } from '../../domain/risk';
import type { RiskServices } from './deps';

/** Everything an analysis' detail shows: its risks and their actions, its own matrix version and the latest one. */
export interface LoadedAnalysis {
  risks: StoredRisk[];
  actions: StoredRiskAction[];
  /** The matrix version the analysis is scored with; null when that version cannot be found. */
  matrix: StoredRiskMatrix | null;
  /** The newest matrix version (for "Räkna om med senaste matrisen"); null when none is stored. */
  latest: StoredRiskMatrix | null;
  broken: BrokenItem[];
}

/** Loads an analysis' risks, actions and matrices in parallel. */
export async function loadAnalysis(
  services: Pick<RiskServices, 'risks' | 'riskActions' | 'riskMatrices'>,
  analysis: Pick<RiskAnalysis, 'matrixVersion'> & { id: string },
): Promise<LoadedAnalysis> {
  const [risks, actions, matrices] = await Promise.all([
    services.risks.list({ analysisId: analysis.id }),
    services.riskActions.list({ analysisId: analysis.id }),
    services.riskMatrices.list(),
  ]);
  const matrix = matrices.items.filter((m) => m.version === analysis.matrixVersion)[0] ?? null;
  const latest = matrices.items.reduce<StoredRiskMatrix | null>((best, m) => (!best || m.version > best.version ? m : best), null);
  return { risks: risks.items, actions: actions.items, matrix, latest, broken: [...risks.broken, ...actions.broken] };
}
