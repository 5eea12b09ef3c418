import type { OrgUnit, OrgUnitDraft } from '../../domain/organisation';

/** A stored item that could not be read as a valid org unit: shown as an error row, never crashes a view. */
export interface BrokenItem {
  id: string;
  reasons: string[];
}

export interface OrgUnitListResult {
  units: OrgUnit[];
  broken: BrokenItem[];
}

/**
 * The organisation register's port. Adapters: SharePoint list (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/orgUnitRepository.contract.ts.
 */
export interface OrgUnitRepository {
  /** Every unit, active and inactive (a kommunkoncern has hundreds; adapters page past 5 000). */
  list(): Promise<OrgUnitListResult>;
  /** One unit; NotFoundError when missing. */
  get(id: string): Promise<OrgUnit>;
  create(draft: OrgUnitDraft): Promise<OrgUnit>;
  /**
   * Saves `draft` over the unit `id` only if it is still at `etag`; ConflictError otherwise.
   * Returns the unit as stored, with its new etag.
   */
  update(id: string, etag: string, draft: OrgUnitDraft): Promise<OrgUnit>;
}
