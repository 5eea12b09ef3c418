import type { BrokenItem } from '../../../data/ports/OrgUnitRepository';
import type { StoredRiskAnalysis } from '../../../data/ports/RiskAnalysisRepository';
import type { StoredRiskMatrix } from '../../../data/ports/RiskMatrixRepository';
import { stockholmDate } from '../../../domain/classification';
import { actionsByRisk } from '../../../domain/risk';
import type { RiskServices } from '../deps';
import type { RegisterRow } from './filterRegister';

/** Everything the register view shows. */
export interface LoadedRiskRegister {
  /** Risks joined with their analysis and actions (risks whose analysis cannot be read are left out). */
  rows: RegisterRow[];
  analyses: StoredRiskAnalysis[];
  /** Every matrix version (each analysis is scored with its own). */
  matrices: StoredRiskMatrix[];
  /** The newest matrix version (the heat map's grid); null when none is stored. */
  latest: StoredRiskMatrix | null;
  broken: BrokenItem[];
}

/** `YYYY-MM-DD` of a moment in the municipality's calendar (Europe/Stockholm): what "today" is for overdue and expiry. */
export function isoDay(date: Date): string {
  return stockholmDate(date);
}

/**
 * Loads the municipality-wide register (or one analysis', filtering on the indexed lookups): risks, their analyses,
 * every matrix version and the actions, joined into register rows.
 */
export async function loadRiskRegister(
  services: Pick<RiskServices, 'risks' | 'riskActions' | 'riskAnalyses' | 'riskMatrices'>,
  scope: { analysisId?: string } = {},
): Promise<LoadedRiskRegister> {
  const query = scope.analysisId ? { analysisId: scope.analysisId } : undefined;
  const [risks, analyses, matrices, actions] = await Promise.all([
    services.risks.list(query),
    services.riskAnalyses.list(),
    services.riskMatrices.list(),
    services.riskActions.list(query),
  ]);
  const analysisById = new Map(analyses.items.map((a) => [a.id, a] as const));
  const byRisk = actionsByRisk(actions.items);
  const rows: RegisterRow[] = [];
  for (const risk of risks.items) {
    const analysis = analysisById.get(risk.analysisId);
    if (analysis) rows.push({ risk, analysis, actions: byRisk.get(risk.id) ?? [] });
  }
  const latest = matrices.items.reduce<StoredRiskMatrix | null>((best, m) => (!best || m.version > best.version ? m : best), null);
  return {
    rows,
    analyses: analyses.items,
    matrices: matrices.items,
    latest,
    broken: [...risks.broken, ...analyses.broken, ...matrices.broken, ...actions.broken],
  };
}
