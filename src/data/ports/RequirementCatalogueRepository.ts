import type { Requirement } from '../../domain/requirements';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** A catalogue requirement as stored: the requirement plus the store's identity and etag. */
export type StoredRequirement = Requirement & Versioned;

export interface RequirementListResult {
  /** In catalogue order (the order they were imported or added in). */
  items: StoredRequirement[];
  /** Items that could not be read as valid requirements (e.g. hand-edited in the list). */
  broken: BrokenItem[];
}

/**
 * The requirement catalogue's port (kravkatalogen). A requirement is identified by its code (`ADM-01`,
 * case-insensitive). Adapters: SharePoint list `Lists/LisRequirements` (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/requirementRepositories.contract.ts.
 */
export interface RequirementCatalogueRepository {
  /** The whole catalogue, in catalogue order (adapters page past 5 000). */
  list(): Promise<RequirementListResult>;
  /**
   * Makes the stored catalogue exactly `requirements`, in that order (an import). The caller has validated the whole
   * catalogue first (validateCatalogue). Requirements whose code is already stored are updated in place (keeping
   * their identity), new codes are added and codes no longer present are deleted, in that order, in batches.
   * NOT atomic: if interrupted (network, throttling past the retry budget) the store holds the new requirements
   * written so far plus old ones not yet deleted, and the call rejects; calling replaceAll again with the same
   * input completes it (it is idempotent). Returns the catalogue as stored.
   */
  replaceAll(requirements: readonly Requirement[]): Promise<StoredRequirement[]>;
  /**
   * Saves one requirement. Without `etag` it is added at the end of the catalogue (ConflictError if its code is
   * already stored). With `etag` it replaces the stored requirement with the same code only if that is still at
   * `etag` (ConflictError otherwise; NotFoundError if the code is not stored).
   */
  save(requirement: Requirement, etag?: string): Promise<StoredRequirement>;
}
