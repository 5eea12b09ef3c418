import type { RiskAnalysisStatus } from '../../domain/risk';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';

export interface AnalysisQuery {
  ownerUnitId: string | 'all';
  status: RiskAnalysisStatus | 'all';
}

export const EMPTY_ANALYSIS_QUERY: AnalysisQuery = { ownerUnitId: 'all', status: 'all' };

/** The analyses matching the filters, newest analysis date first, then by name (Swedish collation). */
export function filterAnalyses(items: readonly StoredRiskAnalysis[], query: AnalysisQuery): StoredRiskAnalysis[] {
  return items
    .filter((a) => query.ownerUnitId === 'all' || a.ownerUnitId === query.ownerUnitId)
    .filter((a) => query.status === 'all' || a.status === query.status)
    .sort((a, b) => (a.date === b.date ? a.name.localeCompare(b.name, 'sv-SE') : a.date < b.date ? 1 : -1));
}
