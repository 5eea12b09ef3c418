import { normaliseCode, type ActionPlanEntry } from '../../domain/requirements';
import { diffActionPlan, type StoredPlanRow } from '../actionPlanDiff';
import { assemblePlan, checkActionPlanRecord, isParsedRow, parseActionPlanEntryRecord, recordOfParsed, toActionPlanEntryRecord, type ActionPlanEntryRecord, type ParsedActionPlanRow } from '../actionPlanRecord';
import type { ActionPlanRepository, ActionPlanToSave, StoredActionPlan, StoredActionPlanEntry } from '../ports/ActionPlanRepository';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { LisPreviewDatabase, StoredRow } from './database';
import { etagOf, type LocalWriteContext } from './LocalWriteContext';
import { LocalIdKeys, rowIdentity, rowVersion } from './localRows';

const ENTITY = 'ActionPlanEntry';

type ActionPlanRow = StoredRow & ActionPlanEntryRecord;

interface ReadRow {
  row: unknown;
  id: string;
  etag: string;
  code: string;
  parsed: ParsedActionPlanRow;
}

function readRow(row: unknown): ReadRow {
  const identity = rowIdentity(row);
  let parsed = parseActionPlanEntryRecord(row, identity);
  if (identity.reasons.length > 0) parsed = { reasons: [...identity.reasons, ...(isParsedRow(parsed) ? [] : parsed.reasons)] };
  const codeValue = (row as Partial<ActionPlanRow> | undefined)?.requirementCode;
  return { row, id: identity.id, etag: identity.etag, code: typeof codeValue === 'string' ? normaliseCode(codeValue) : '', parsed };
}

/**
 * Handlingsplaner in the browser's IndexedDB (store `actionPlanEntries`, index byObject). Same rows and the same
 * diff as the SharePoint adapter; unlike SharePoint, savePlan runs in one transaction (a conflict writes nothing).
 */
export class IndexedDbActionPlanRepository implements ActionPlanRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  public async getPlan(objectId: string): Promise<StoredActionPlan> {
    const rows = (await this._db.getAllFromIndex('actionPlanEntries', 'byObject', objectId)).map(readRow);
    return assemblePlan(objectId, rows);
  }

  public async savePlan(objectId: string, plan: ActionPlanToSave): Promise<StoredActionPlan> {
    const transaction = this._db.transaction(['actionPlanEntries', 'meta'], 'readwrite');
    const store = transaction.objectStore('actionPlanEntries');
    const meta = transaction.objectStore('meta');
    const rows = (await store.index('byObject').getAll(objectId)).map(readRow);
    const stored: StoredPlanRow[] = rows.map((r) => ({ id: r.id, etag: r.etag, code: r.code, record: recordOfParsed(r.parsed) }));
    const writes = diffActionPlan(objectId, stored, plan);
    for (const record of [...writes.adds, ...writes.updates.map((u) => u.record)]) checkActionPlanRecord(record, ENTITY);
    const byId = new Map(rows.map((r) => [r.id, r] as const));
    for (const update of writes.updates) {
      const current = byId.get(update.id);
      if (!current || etagOf(rowVersion(current.row)) !== update.etag) {
        transaction.abort();
        await transaction.done.catch(() => undefined);
        throw new ConflictError(ENTITY, objectId);
      }
    }
    const lastStored = await meta.get(LocalIdKeys.actionPlanEntries);
    let lastId = typeof lastStored === 'number' ? lastStored : 0;
    const stamp = this._stamp();
    const ops: Promise<unknown>[] = [];
    for (const update of writes.updates) {
      const current = byId.get(update.id) as ReadRow;
      ops.push(store.put({ ...update.record, ...stamp, id: update.id, version: rowVersion(current.row) + 1 }));
    }
    for (const record of writes.adds) {
      lastId += 1;
      ops.push(store.add({ ...record, ...stamp, id: String(lastId), version: 1 }));
    }
    for (const del of writes.deletes) ops.push(store.delete(del.id));
    ops.push(meta.put(lastId, LocalIdKeys.actionPlanEntries));
    await Promise.all([...ops, transaction.done]);
    return this.getPlan(objectId);
  }

  public async updateEntry(objectId: string, entry: ActionPlanEntry, etag: string): Promise<StoredActionPlanEntry> {
    const code = normaliseCode(entry.requirementCode);
    const record = toActionPlanEntryRecord(objectId, entry, null);
    checkActionPlanRecord(record, ENTITY);
    const transaction = this._db.transaction('actionPlanEntries', 'readwrite');
    const store = transaction.store;
    const rows = (await store.index('byObject').getAll(objectId)).map(readRow);
    const current = rows.find((r) => r.code === code && isParsedRow(r.parsed) && 'current' in r.parsed);
    if (!current) throw new NotFoundError(ENTITY, `${objectId}/${code}`);
    if (etagOf(rowVersion(current.row)) !== etag) throw new ConflictError(ENTITY, `${objectId}/${code}`);
    const row: ActionPlanRow = { ...record, ...this._stamp(), id: current.id, version: rowVersion(current.row) + 1 };
    await Promise.all([store.put(row), transaction.done]);
    const read = readRow(row);
    if (!isParsedRow(read.parsed) || !('current' in read.parsed)) {
      throw new InvalidStoredItemError(ENTITY, row.id, isParsedRow(read.parsed) ? [] : read.parsed.reasons);
    }
    return read.parsed.current;
  }

  private _stamp(): { modified: string; modifiedBy: string } {
    return { modified: this._context.now().toISOString(), modifiedBy: this._context.currentUser().displayName };
  }
}
