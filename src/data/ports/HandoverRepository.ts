import type { HandoverItem, HandoverStatus } from '../../domain/requirements';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** An item of the IT unit's queue as stored. */
export type StoredHandover = HandoverItem & Versioned;

export interface HandoverQuery {
  /** Only items in this status (the IT queue's tabs). */
  status?: HandoverStatus;
  /** Only items of this classification object (its handlingsplan). */
  objectId?: string;
}

export interface HandoverListResult {
  /** Ordered by id (the order they were handed over in). */
  items: StoredHandover[];
  broken: BrokenItem[];
}

/**
 * The IT handover queue's port. Adapters: SharePoint list `Lists/LisHandovers` (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/requirementRepositories.contract.ts.
 */
export interface HandoverRepository {
  /** Items matching every given criterion (all items without a query); adapters page past 5 000. */
  list(query?: HandoverQuery): Promise<HandoverListResult>;
  create(item: HandoverItem): Promise<StoredHandover>;
  /** Saves `item` over `id` only if it is still at `etag`; ConflictError otherwise, NotFoundError if gone. */
  update(id: string, etag: string, item: HandoverItem): Promise<StoredHandover>;
}
