import type { Versioned } from '../../domain/shared/Versioned';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { Parsed } from '../riskRecord';
import type { LisPreviewDatabase, StoredRow } from './database';
import { etagOf, type LocalWriteContext } from './LocalWriteContext';
import { rowVersion } from './localRows';
import { parseRiskRow, RiskIdKeys } from './riskRows';

/** The risk stores whose rows are created and updated with an etag (matrices are write-once: see their adapter). */
export type RiskRowStore = 'riskAnalyses' | 'risks' | 'riskActions';

/**
 * Creates and updates rows of one risk store: ids from the meta counter, the version counter as etag, the stored
 * value parsed back as every read would.
 */
export class LocalRiskRows<T> {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;
  private readonly _store: RiskRowStore;
  private readonly _entity: string;
  private readonly _parse: (raw: unknown, identity: Versioned) => Parsed<T>;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext, store: RiskRowStore, entity: string, parse: (raw: unknown, identity: Versioned) => Parsed<T>) {
    this._db = db;
    this._context = context;
    this._store = store;
    this._entity = entity;
    this._parse = parse;
  }

  /** One row parsed; NotFoundError when missing, InvalidStoredItemError when unreadable. */
  public async get(id: string): Promise<T> {
    const row: unknown = await this._db.get(this._store, id);
    if (row === undefined) throw new NotFoundError(this._entity, id);
    return this._storedOrThrow(row, id);
  }

  public async add(record: object): Promise<T> {
    const transaction = this._db.transaction([this._store, 'meta'], 'readwrite');
    const meta = transaction.objectStore('meta');
    const lastStored = await meta.get(RiskIdKeys[this._store]);
    const id = String((typeof lastStored === 'number' ? lastStored : 0) + 1);
    const row: StoredRow = { ...record, ...this._stamp(), id, version: 1 };
    await Promise.all([meta.put(Number(id), RiskIdKeys[this._store]), transaction.objectStore(this._store).add(row), transaction.done]);
    return this._storedOrThrow(row, id);
  }

  /** Saves `record` over `id` only if the row is still at `etag`. */
  public async put(id: string, etag: string, record: object): Promise<T> {
    const transaction = this._db.transaction(this._store, 'readwrite');
    const existing: unknown = await transaction.store.get(id);
    if (existing === undefined) throw new NotFoundError(this._entity, id);
    if (etagOf(rowVersion(existing)) !== etag) throw new ConflictError(this._entity, id);
    const row: StoredRow = { ...record, ...this._stamp(), id, version: rowVersion(existing) + 1 };
    await Promise.all([transaction.store.put(row), transaction.done]);
    return this._storedOrThrow(row, id);
  }

  private _storedOrThrow(row: unknown, id: string): T {
    const parsed = parseRiskRow(row, this._parse);
    if (parsed.value === undefined) throw new InvalidStoredItemError(this._entity, id, parsed.reasons);
    return parsed.value;
  }

  private _stamp(): { modified: string; modifiedBy: string } {
    return { modified: this._context.now().toISOString(), modifiedBy: this._context.currentUser().displayName };
  }
}
