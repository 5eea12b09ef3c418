import type { ClassificationObject } from '../../domain/classification';
import {
  classificationVersionIssues,
  isParsed,
  parseClassificationRecord,
  parseClassificationVersionRecord,
  storedClassificationIssues,
  toClassificationRecord,
  toClassificationVersionRecord,
  type Parsed,
} from '../classificationRecord';
import type {
  ClassificationListQuery,
  ClassificationListResult,
  ClassificationRepository,
  ClassificationVersion,
  StoredClassification,
} from '../ports/ClassificationRepository';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { BrokenItem } from '../ports/OrgUnitRepository';
import type { LisPreviewDatabase, StoredClassificationRow, StoredClassificationVersionRow } from './database';
import { etagOf, type LocalWriteContext } from './LocalWriteContext';
import { rowText } from './localRows';

const ENTITY = 'Classification';
const VERSION_ENTITY = 'ClassificationVersion';
/** Meta key: highest classification id handed out so far. */
export const CLASSIFICATIONS_LAST_ID_KEY = 'classifications.lastId';

export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks a row read back from IndexedDB (it may predate a schema change or have been edited in devtools). */
export function parseStoredClassificationRow(row: unknown): Parsed<StoredClassification> & { id: string } {
  const value = (typeof row === 'object' && row !== null ? row : {}) as Partial<Record<keyof StoredClassificationRow, unknown>>;
  const id = typeof value.id === 'string' ? value.id : rowText(value.id);
  const rowVersion = value.rowVersion;
  const reasons: string[] = [];
  if (typeof rowVersion !== 'number' || !Number.isInteger(rowVersion) || rowVersion < 1) {
    reasons.push(`rowVersion: expected a positive whole number, got ${rowText(rowVersion)}`);
  }
  if (typeof value.modified !== 'string' || Number.isNaN(Date.parse(value.modified))) {
    reasons.push(`modified: expected an ISO date, got ${rowText(value.modified)}`);
  }
  const parsed = parseClassificationRecord(row, {
    id,
    etag: etagOf(typeof rowVersion === 'number' ? rowVersion : 0),
    modified: typeof value.modified === 'string' ? value.modified : '',
    modifiedBy: typeof value.modifiedBy === 'string' ? value.modifiedBy : '',
  });
  if (reasons.length === 0) return { ...parsed, id };
  return { id, reasons: [...reasons, ...(isParsed(parsed) ? [] : parsed.reasons)] };
}

function objectOrThrow(row: unknown, id: string): StoredClassification {
  const parsed = parseStoredClassificationRow(row);
  if (!isParsed(parsed)) throw new InvalidStoredItemError(ENTITY, id, parsed.reasons);
  return parsed.value;
}

/** The id of an approved snapshot's row: one per object and version. */
export function versionRowId(objectId: string, version: number): string {
  return `${objectId}/${version}`;
}

/**
 * Klassningsobjekt and their approved snapshots in the browser's IndexedDB (local preview, browser tests).
 * Emulates SharePoint: sequential numeric ids, a row version with etag `"<n>"` checked inside one readwrite
 * transaction, owner filtering through the `byOwnerUnit` index, write-once snapshots.
 */
export class IndexedDbClassificationRepository implements ClassificationRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  public async list(query: ClassificationListQuery = {}): Promise<ClassificationListResult> {
    const rows: unknown[] =
      query.ownerUnitId === undefined
        ? await this._db.getAll('classifications')
        : await this._db.getAllFromIndex('classifications', 'byOwnerUnit', query.ownerUnitId);
    const items: StoredClassification[] = [];
    const broken: BrokenItem[] = [];
    for (const row of rows) {
      const parsed = parseStoredClassificationRow(row);
      if (isParsed(parsed)) items.push(parsed.value);
      else broken.push({ id: parsed.id, reasons: parsed.reasons });
    }
    items.sort((a, b) => compareIds(a.id, b.id));
    broken.sort((a, b) => compareIds(a.id, b.id));
    return { items, broken };
  }

  public async get(id: string): Promise<StoredClassification> {
    const row = await this._db.get('classifications', id);
    if (row === undefined) throw new NotFoundError(ENTITY, id);
    return objectOrThrow(row, id);
  }

  public async create(object: ClassificationObject): Promise<StoredClassification> {
    this._refuseUnreadable(object, 'new');
    const transaction = this._db.transaction(['classifications', 'meta'], 'readwrite');
    const meta = transaction.objectStore('meta');
    const stored = await meta.get(CLASSIFICATIONS_LAST_ID_KEY);
    const id = String((typeof stored === 'number' ? stored : 0) + 1);
    const row: StoredClassificationRow = { ...toClassificationRecord(object), ...this._stamp(), id, rowVersion: 1 };
    await Promise.all([
      meta.put(Number(id), CLASSIFICATIONS_LAST_ID_KEY),
      transaction.objectStore('classifications').add(row),
      transaction.done,
    ]);
    return objectOrThrow(row, id);
  }

  public async update(id: string, etag: string, object: ClassificationObject): Promise<StoredClassification> {
    this._refuseUnreadable(object, id);
    const transaction = this._db.transaction('classifications', 'readwrite');
    const store = transaction.store;
    const existing: unknown = await store.get(id);
    if (existing === undefined) throw new NotFoundError(ENTITY, id);
    const rowVersion = (existing as Partial<StoredClassificationRow>).rowVersion;
    if (typeof rowVersion !== 'number' || etagOf(rowVersion) !== etag) throw new ConflictError(ENTITY, id);
    const row: StoredClassificationRow = { ...toClassificationRecord(object), ...this._stamp(), id, rowVersion: rowVersion + 1 };
    await Promise.all([store.put(row), transaction.done]);
    return objectOrThrow(row, id);
  }

  public async listVersions(id: string): Promise<ClassificationVersion[]> {
    const rows: unknown[] = await this._db.getAllFromIndex('classificationVersions', 'byObject', id);
    const versions: ClassificationVersion[] = [];
    for (const row of rows) {
      const parsed = parseClassificationVersionRecord(row);
      if (isParsed(parsed)) versions.push(parsed.value);
    }
    return versions.sort((a, b) => a.version - b.version);
  }

  public async addVersion(version: ClassificationVersion): Promise<ClassificationVersion> {
    const rowId = versionRowId(version.objectId, version.version);
    const reasons = classificationVersionIssues(version);
    if (reasons.length > 0) throw new InvalidStoredItemError(VERSION_ENTITY, rowId, reasons);
    const transaction = this._db.transaction(['classifications', 'classificationVersions'], 'readwrite');
    const object = await transaction.objectStore('classifications').get(version.objectId);
    const versions = transaction.objectStore('classificationVersions');
    const existing = object === undefined ? undefined : await versions.get(rowId);
    if (object === undefined || existing !== undefined) {
      transaction.abort();
      await transaction.done.catch(() => undefined);
      if (object === undefined) throw new NotFoundError(ENTITY, version.objectId);
      throw new ConflictError(VERSION_ENTITY, rowId);
    }
    const row: StoredClassificationVersionRow = { ...toClassificationVersionRecord(version), ...this._stamp(), id: rowId };
    await Promise.all([versions.add(row), transaction.done]);
    const parsed = parseClassificationVersionRecord(row);
    if (!isParsed(parsed)) throw new InvalidStoredItemError(VERSION_ENTITY, rowId, parsed.reasons);
    return parsed.value;
  }

  /** Never store what could not be read back (the use cases validate first; this guards other callers). */
  private _refuseUnreadable(object: ClassificationObject, id: string): void {
    const reasons = storedClassificationIssues(object);
    if (reasons.length > 0) throw new InvalidStoredItemError(ENTITY, id, reasons);
  }

  private _stamp(): { modified: string; modifiedBy: string } {
    return { modified: this._context.now().toISOString(), modifiedBy: this._context.currentUser().displayName };
  }
}
