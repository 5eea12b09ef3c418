import type { SharedInformationType } from '../../domain/classification';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** What the coordinator fills in: a shared type without its stored identity, and whether units may pick it. */
export interface SharedInformationTypeDraft extends Omit<SharedInformationType, 'id'> {
  /** Inactive types stay readable (sets keep referring to them) but are not offered for new sets. */
  active: boolean;
}

/** A gemensam informationstyp as stored. `id` is the store's id (what sets refer to as `sharedTypeId`). */
export type StoredSharedInformationType = SharedInformationType & Versioned & { active: boolean };

export interface SharedInformationTypeListResult {
  items: StoredSharedInformationType[];
  broken: BrokenItem[];
}

/**
 * The organisation-wide information types' port. Adapters: SharePoint list (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/sharedInformationTypeRepository.contract.ts.
 */
export interface SharedInformationTypeRepository {
  /** Every type, active and inactive. */
  list(): Promise<SharedInformationTypeListResult>;
  /** One type; NotFoundError when missing. */
  get(id: string): Promise<StoredSharedInformationType>;
  /** Stores a new type (fields it does not know, such as an `id`, are ignored). */
  create(draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType>;
  /** Saves `draft` over `id` only if it is still at `etag`; ConflictError otherwise. */
  update(id: string, etag: string, draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType>;
}
