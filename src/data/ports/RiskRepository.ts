import type { Risk } from '../../domain/risk';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** A risk as stored. `ownerUnitId` is the owner unit of its analysis, denormalised for the municipality-wide register. */
export type StoredRisk = Risk & Versioned & { ownerUnitId: string };

export interface RiskQuery {
  /** Only the risks of this analysis (indexed lookup). */
  analysisId?: string;
  /** Only the risks of analyses owned by this org unit (indexed, denormalised lookup). */
  ownerUnitId?: string;
}

export interface RiskListResult {
  /** Ordered by id (creation order). */
  items: StoredRisk[];
  broken: BrokenItem[];
}

/**
 * The risks' port. Adapters: SharePoint list `Lists/LisRisks` (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/riskRepositories.contract.ts.
 */
export interface RiskRepository {
  /** Risks matching every given criterion (all risks without a query); adapters page past 5 000. */
  list(query?: RiskQuery): Promise<RiskListResult>;
  /** One risk; NotFoundError when missing, InvalidStoredItemError when it cannot be read. */
  get(id: string): Promise<StoredRisk>;
  /**
   * Stores a new risk of analysis `risk.analysisId` (NotFoundError when that analysis does not exist); the
   * analysis' owner unit is copied onto the risk.
   */
  create(risk: Risk): Promise<StoredRisk>;
  /**
   * Saves `risk` over `id` only if it is still at `etag`; ConflictError otherwise, NotFoundError when gone.
   * The owner unit is copied again from the analysis.
   */
  update(id: string, etag: string, risk: Risk): Promise<StoredRisk>;
}
