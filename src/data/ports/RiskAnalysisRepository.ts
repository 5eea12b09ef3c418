import type { RiskAnalysis } from '../../domain/risk';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** A riskanalys as stored, with the store's identity and etag. */
export type StoredRiskAnalysis = RiskAnalysis & Versioned;

export interface RiskAnalysisQuery {
  /** Only the analyses owned by this org unit (filters on the indexed owner lookup). */
  ownerUnitId?: string;
}

export interface RiskAnalysisListResult {
  /** Ordered by id (creation order). */
  items: StoredRiskAnalysis[];
  broken: BrokenItem[];
}

/**
 * The risk analyses' port. Adapters: SharePoint list `Lists/LisRiskAnalyses` (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/riskRepositories.contract.ts.
 */
export interface RiskAnalysisRepository {
  /** Every analysis, or those of one owner unit; adapters page past 5 000. */
  list(query?: RiskAnalysisQuery): Promise<RiskAnalysisListResult>;
  /** One analysis; NotFoundError when missing, InvalidStoredItemError when it cannot be read. */
  get(id: string): Promise<StoredRiskAnalysis>;
  /** Stores a new analysis (fields it does not know, such as an `id`, are ignored). */
  create(analysis: RiskAnalysis): Promise<StoredRiskAnalysis>;
  /** Saves `analysis` over `id` only if it is still at `etag`; ConflictError otherwise, NotFoundError when gone. */
  update(id: string, etag: string, analysis: RiskAnalysis): Promise<StoredRiskAnalysis>;
}
