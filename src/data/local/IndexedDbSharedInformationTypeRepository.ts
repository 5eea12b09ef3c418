import { isParsed, parseSharedInformationTypeRecord, storedSharedTypeIssues, toSharedInformationTypeRecord, type Parsed } from '../classificationRecord';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { BrokenItem } from '../ports/OrgUnitRepository';
import type {
  SharedInformationTypeDraft,
  SharedInformationTypeListResult,
  SharedInformationTypeRepository,
  StoredSharedInformationType,
} from '../ports/SharedInformationTypeRepository';
import type { LisPreviewDatabase, StoredSharedInfoTypeRow } from './database';
import { compareIds } from './IndexedDbClassificationRepository';
import { etagOf, type LocalWriteContext } from './LocalWriteContext';
import { rowText } from './localRows';

const ENTITY = 'SharedInformationType';
/** Meta key: highest shared type id handed out so far. */
export const SHARED_INFO_TYPES_LAST_ID_KEY = 'sharedInfoTypes.lastId';

/** Checks a row read back from IndexedDB. */
export function parseStoredSharedInfoTypeRow(row: unknown): Parsed<StoredSharedInformationType> & { id: string } {
  const value = (typeof row === 'object' && row !== null ? row : {}) as Partial<Record<keyof StoredSharedInfoTypeRow, unknown>>;
  const id = typeof value.id === 'string' ? value.id : rowText(value.id);
  const version = value.version;
  const reasons: string[] = [];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) reasons.push(`version: expected a positive whole number, got ${rowText(version)}`);
  if (typeof value.modified !== 'string' || Number.isNaN(Date.parse(value.modified))) reasons.push(`modified: expected an ISO date, got ${rowText(value.modified)}`);
  const parsed = parseSharedInformationTypeRecord(row, {
    id,
    etag: etagOf(typeof version === 'number' ? version : 0),
    modified: typeof value.modified === 'string' ? value.modified : '',
    modifiedBy: typeof value.modifiedBy === 'string' ? value.modifiedBy : '',
  });
  if (reasons.length === 0) return { ...parsed, id };
  return { id, reasons: [...reasons, ...(isParsed(parsed) ? [] : parsed.reasons)] };
}

function typeOrThrow(row: unknown, id: string): StoredSharedInformationType {
  const parsed = parseStoredSharedInfoTypeRow(row);
  if (!isParsed(parsed)) throw new InvalidStoredItemError(ENTITY, id, parsed.reasons);
  return parsed.value;
}

/** Gemensamma informationstyper in the browser's IndexedDB, with the same etag semantics as SharePoint. */
export class IndexedDbSharedInformationTypeRepository implements SharedInformationTypeRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  public async list(): Promise<SharedInformationTypeListResult> {
    const rows: unknown[] = await this._db.getAll('sharedInfoTypes');
    const items: StoredSharedInformationType[] = [];
    const broken: BrokenItem[] = [];
    for (const row of rows) {
      const parsed = parseStoredSharedInfoTypeRow(row);
      if (isParsed(parsed)) items.push(parsed.value);
      else broken.push({ id: parsed.id, reasons: parsed.reasons });
    }
    items.sort((a, b) => compareIds(a.id, b.id));
    broken.sort((a, b) => compareIds(a.id, b.id));
    return { items, broken };
  }

  public async get(id: string): Promise<StoredSharedInformationType> {
    const row = await this._db.get('sharedInfoTypes', id);
    if (row === undefined) throw new NotFoundError(ENTITY, id);
    return typeOrThrow(row, id);
  }

  public async create(draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    this._refuseUnreadable(draft, 'new');
    const transaction = this._db.transaction(['sharedInfoTypes', 'meta'], 'readwrite');
    const meta = transaction.objectStore('meta');
    const stored = await meta.get(SHARED_INFO_TYPES_LAST_ID_KEY);
    const id = String((typeof stored === 'number' ? stored : 0) + 1);
    const row: StoredSharedInfoTypeRow = { ...toSharedInformationTypeRecord(draft), ...this._stamp(), id, version: 1 };
    await Promise.all([meta.put(Number(id), SHARED_INFO_TYPES_LAST_ID_KEY), transaction.objectStore('sharedInfoTypes').add(row), transaction.done]);
    return typeOrThrow(row, id);
  }

  public async update(id: string, etag: string, draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    this._refuseUnreadable(draft, id);
    const transaction = this._db.transaction('sharedInfoTypes', 'readwrite');
    const store = transaction.store;
    const existing: unknown = await store.get(id);
    if (existing === undefined) throw new NotFoundError(ENTITY, id);
    const version = (existing as Partial<StoredSharedInfoTypeRow>).version;
    if (typeof version !== 'number' || etagOf(version) !== etag) throw new ConflictError(ENTITY, id);
    const row: StoredSharedInfoTypeRow = { ...toSharedInformationTypeRecord(draft), ...this._stamp(), id, version: version + 1 };
    await Promise.all([store.put(row), transaction.done]);
    return typeOrThrow(row, id);
  }

  private _refuseUnreadable(draft: SharedInformationTypeDraft, id: string): void {
    const record = toSharedInformationTypeRecord(draft);
    const reasons = storedSharedTypeIssues({ ...JSON.parse(record.contentJson), name: record.name, id });
    if (reasons.length > 0) throw new InvalidStoredItemError(ENTITY, id, reasons);
  }

  private _stamp(): { modified: string; modifiedBy: string } {
    return { modified: this._context.now().toISOString(), modifiedBy: this._context.currentUser().displayName };
  }
}
