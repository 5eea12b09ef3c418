import type { HandoverItem } from '../../domain/requirements';
import { checkHandoverRecord, isParsedHandover, parseHandoverRecord, toHandoverRecord, type HandoverRecord } from '../handoverRecord';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { HandoverListResult, HandoverQuery, HandoverRepository, StoredHandover } from '../ports/HandoverRepository';
import type { BrokenItem } from '../ports/OrgUnitRepository';
import { compareStoreIds } from '../requirementRecord';
import type { LisPreviewDatabase, StoredRow } from './database';
import { etagOf, type LocalWriteContext } from './LocalWriteContext';
import { LocalIdKeys, rowIdentity, rowVersion } from './localRows';

const ENTITY = 'Handover';

type HandoverRow = StoredRow & HandoverRecord;

function parseRow(row: unknown): { id: string; item?: StoredHandover; reasons: string[] } {
  const identity = rowIdentity(row);
  const parsed = parseHandoverRecord(row, identity);
  const reasons = [...identity.reasons, ...(isParsedHandover(parsed) ? [] : parsed.reasons)];
  return { id: identity.id, item: isParsedHandover(parsed) && reasons.length === 0 ? parsed.item : undefined, reasons };
}

/** The IT handover queue in the browser's IndexedDB (store `handovers`, indexes byObject and byStatus). */
export class IndexedDbHandoverRepository implements HandoverRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  public async list(query: HandoverQuery = {}): Promise<HandoverListResult> {
    let rows: unknown[];
    if (query.objectId !== undefined) rows = await this._db.getAllFromIndex('handovers', 'byObject', query.objectId);
    else if (query.status !== undefined) rows = await this._db.getAllFromIndex('handovers', 'byStatus', query.status);
    else rows = await this._db.getAll('handovers');
    const items: StoredHandover[] = [];
    const broken: BrokenItem[] = [];
    for (const row of rows) {
      const parsed = parseRow(row);
      if (!parsed.item) broken.push({ id: parsed.id, reasons: parsed.reasons });
      else if (query.status === undefined || parsed.item.status === query.status) items.push(parsed.item);
    }
    items.sort((a, b) => compareStoreIds(a.id, b.id));
    broken.sort((a, b) => compareStoreIds(a.id, b.id));
    return { items, broken };
  }

  public async create(item: HandoverItem): Promise<StoredHandover> {
    const record = toHandoverRecord(item);
    checkHandoverRecord(record, 'new');
    const transaction = this._db.transaction(['handovers', 'meta'], 'readwrite');
    const meta = transaction.objectStore('meta');
    const lastStored = await meta.get(LocalIdKeys.handovers);
    const id = String((typeof lastStored === 'number' ? lastStored : 0) + 1);
    const row: HandoverRow = { ...record, ...this._stamp(), id, version: 1 };
    await Promise.all([meta.put(Number(id), LocalIdKeys.handovers), transaction.objectStore('handovers').add(row), transaction.done]);
    return this._storedOrThrow(row);
  }

  public async update(id: string, etag: string, item: HandoverItem): Promise<StoredHandover> {
    const record = toHandoverRecord(item);
    checkHandoverRecord(record, id);
    const transaction = this._db.transaction('handovers', 'readwrite');
    const existing: unknown = await transaction.store.get(id);
    if (existing === undefined) throw new NotFoundError(ENTITY, id);
    if (etagOf(rowVersion(existing)) !== etag) throw new ConflictError(ENTITY, id);
    const row: HandoverRow = { ...record, ...this._stamp(), id, version: rowVersion(existing) + 1 };
    await Promise.all([transaction.store.put(row), transaction.done]);
    return this._storedOrThrow(row);
  }

  private _storedOrThrow(row: HandoverRow): StoredHandover {
    const parsed = parseRow(row);
    if (!parsed.item) throw new InvalidStoredItemError(ENTITY, row.id, parsed.reasons);
    return parsed.item;
  }

  private _stamp(): { modified: string; modifiedBy: string } {
    return { modified: this._context.now().toISOString(), modifiedBy: this._context.currentUser().displayName };
  }
}
