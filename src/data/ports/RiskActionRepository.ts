import type { RiskAction } from '../../domain/risk';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** A risk action (åtgärd) as stored. `analysisId` is its risk's analysis, denormalised so an analysis loads at once. */
export type StoredRiskAction = RiskAction & Versioned & { analysisId: string };

export interface RiskActionQuery {
  /** Only the actions of this risk (indexed lookup). */
  riskId?: string;
  /** Only the actions of the risks of this analysis (indexed, denormalised lookup). */
  analysisId?: string;
}

export interface RiskActionListResult {
  /** Ordered by id (creation order). */
  items: StoredRiskAction[];
  broken: BrokenItem[];
}

/**
 * The risk actions' port. Adapters: SharePoint list `Lists/LisRiskActions` (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/riskRepositories.contract.ts.
 */
export interface RiskActionRepository {
  /** Actions matching every given criterion (all actions without a query); adapters page past 5 000. */
  list(query?: RiskActionQuery): Promise<RiskActionListResult>;
  /** Stores a new action of risk `action.riskId` (NotFoundError when that risk does not exist). */
  create(action: RiskAction): Promise<StoredRiskAction>;
  /** Saves `action` over `id` only if it is still at `etag`; ConflictError otherwise, NotFoundError when gone. */
  update(id: string, etag: string, action: RiskAction): Promise<StoredRiskAction>;
}
