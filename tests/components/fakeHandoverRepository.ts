import { ConflictError, NotFoundError, type BrokenItem, type HandoverListResult, type HandoverQuery, type HandoverRepository, type StoredHandover } from '../../src/data/ports';
import { checkHandoverRecord, toHandoverRecord } from '../../src/data/handoverRecord';
import { normaliseCode, type HandoverItem } from '../../src/domain/requirements';

function copyItem(item: HandoverItem): HandoverItem {
  return {
    objectId: item.objectId,
    requirementCode: normaliseCode(item.requirementCode),
    status: item.status,
    reason: item.reason,
    history: item.history.map((e) => ({ status: e.status, by: { displayName: e.by.displayName, email: e.by.email }, at: e.at, reason: e.reason })),
  };
}

/**
 * An in-memory HandoverRepository for component tests with the port's semantics (ids in creation order, a new etag
 * on every update, ConflictError / NotFoundError, queries by status and object, copies in and out).
 */
export class FakeHandoverRepository implements HandoverRepository {
  public broken: BrokenItem[] = [];
  public listError: unknown = undefined;
  public writeError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; create: number; update: number } = { list: 0, create: 0, update: 0 };

  private readonly items = new Map<string, StoredHandover>();
  private nextId = 1;
  private version = 0;
  private clock = Date.UTC(2026, 10, 28, 9, 30);

  public constructor(initial: readonly HandoverItem[] = []) {
    initial.forEach((i) => this.store(i, String(this.nextId++)));
  }

  public async list(query: HandoverQuery = {}): Promise<HandoverListResult> {
    this.calls.list++;
    if (this.listError !== undefined) throw this.listError;
    const items = Array.from(this.items.values())
      .filter((i) => (query.status === undefined || i.status === query.status) && (query.objectId === undefined || i.objectId === query.objectId))
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((i) => ({ ...copyItem(i), id: i.id, etag: i.etag, modified: i.modified, modifiedBy: i.modifiedBy }));
    return { items, broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  public async create(item: HandoverItem): Promise<StoredHandover> {
    this.calls.create++;
    if (this.writeError !== undefined) throw this.writeError;
    return this.store(item, String(this.nextId++));
  }

  public async update(id: string, etag: string, item: HandoverItem): Promise<StoredHandover> {
    this.calls.update++;
    if (this.writeError !== undefined) throw this.writeError;
    const existing = this.items.get(id);
    if (!existing) throw new NotFoundError('Handover', id);
    if (existing.etag !== etag) throw new ConflictError('Handover', id);
    return this.store(item, id);
  }

  private store(item: HandoverItem, id: string): StoredHandover {
    checkHandoverRecord(toHandoverRecord(item), id);
    this.version++;
    this.clock += 1000;
    const stored: StoredHandover = { ...copyItem(item), id, etag: `"${this.version}"`, modified: new Date(this.clock).toISOString(), modifiedBy: this.modifiedBy };
    this.items.set(id, stored);
    return { ...copyItem(stored), id, etag: stored.etag, modified: stored.modified, modifiedBy: stored.modifiedBy };
  }
}
