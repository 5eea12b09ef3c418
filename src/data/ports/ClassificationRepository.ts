import type { ClassificationObject } from '../../domain/classification';
import type { Person } from '../../domain/shared/Person';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** A klassningsobjekt as stored: its current version (a draft, or the approved one) with the store's identity. */
export type StoredClassification = ClassificationObject & Versioned;

export interface ClassificationListQuery {
  /** Only the objects owned by this org unit (filters on the indexed owner lookup). */
  ownerUnitId?: string;
}

export interface ClassificationListResult {
  items: StoredClassification[];
  /** Items that could not be read as a classification (e.g. hand-edited in the list): error rows, never a crash. */
  broken: BrokenItem[];
}

/** A write-once snapshot of an approved version, kept as the classification's history. */
export interface ClassificationVersion {
  /** The id of the StoredClassification. */
  objectId: string;
  version: number;
  /** The approved object as it was approved (status `approved`). */
  snapshot: ClassificationObject;
  approvedBy: Person;
  /** ISO date-time. */
  approvedAt: string;
}

/**
 * The informationsklassning register's port. Adapters: SharePoint lists (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/classificationRepository.contract.ts.
 *
 * Drafts may be incomplete (the wizard saves as it goes): the store only refuses what it cannot store (no name, no
 * owner unit, unknown kind/status/level). Approved versions are read back against the full domain rules.
 */
export interface ClassificationRepository {
  /** Every object, or those of one owner unit; adapters page past 5 000. */
  list(query?: ClassificationListQuery): Promise<ClassificationListResult>;
  /** One object; NotFoundError when missing, InvalidStoredItemError when it cannot be read. */
  get(id: string): Promise<StoredClassification>;
  /** Stores a new object (fields it does not know, such as an `id`, are ignored). */
  create(object: ClassificationObject): Promise<StoredClassification>;
  /**
   * Saves `object` over `id` only if it is still at `etag`; ConflictError otherwise, NotFoundError when gone.
   * Returns the object as stored, with its new etag.
   */
  update(id: string, etag: string, object: ClassificationObject): Promise<StoredClassification>;
  /**
   * The approved snapshots of object `id`, oldest first ([] when none). A snapshot that cannot be read back
   * (hand-edited) is left out rather than failing the whole history.
   */
  listVersions(id: string): Promise<ClassificationVersion[]>;
  /**
   * Records the snapshot of an approved version. Write-once: a second snapshot for the same object and version is a
   * ConflictError. NotFoundError when the object does not exist.
   */
  addVersion(version: ClassificationVersion): Promise<ClassificationVersion>;
}
