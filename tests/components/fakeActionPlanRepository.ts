import { diffActionPlan, type StoredPlanRow } from '../../src/data/actionPlanDiff';
import { assemblePlan, checkActionPlanRecord, parseActionPlanEntryRecord, toActionPlanEntryRecord, type ActionPlanEntryRecord } from '../../src/data/actionPlanRecord';
import { ConflictError, NotFoundError, type ActionPlanRepository, type ActionPlanToSave, type StoredActionPlan, type StoredActionPlanEntry } from '../../src/data/ports';
import { normaliseCode, type ActionPlanEntry } from '../../src/domain/requirements';

interface Row {
  id: string;
  version: number;
  modified: string;
  record: ActionPlanEntryRecord;
}

/**
 * An in-memory ActionPlanRepository for component tests. Rows are the store-neutral records the real adapters keep,
 * and savePlan applies the same diff (src/data/actionPlanDiff.ts), so it passes the same contract.
 * Test hooks: a failing getPlan / write, call counts, edits behind the UI's back.
 */
export class FakeActionPlanRepository implements ActionPlanRepository {
  public getError: unknown = undefined;
  public writeError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { getPlan: number; savePlan: number; updateEntry: number } = { getPlan: 0, savePlan: 0, updateEntry: 0 };

  private readonly rows = new Map<string, Row>();
  private nextId = 1;
  private clock = Date.UTC(2026, 10, 28, 9, 30);

  public async getPlan(objectId: string): Promise<StoredActionPlan> {
    this.calls.getPlan++;
    if (this.getError !== undefined) throw this.getError;
    return this.plan(objectId);
  }

  public async savePlan(objectId: string, plan: ActionPlanToSave): Promise<StoredActionPlan> {
    this.calls.savePlan++;
    if (this.writeError !== undefined) throw this.writeError;
    const stored: StoredPlanRow[] = this.rowsOf(objectId).map((r) => ({ id: r.id, etag: `"${r.version}"`, code: r.record.requirementCode, record: r.record }));
    const writes = diffActionPlan(objectId, stored, plan);
    for (const record of [...writes.adds, ...writes.updates.map((u) => u.record)]) checkActionPlanRecord(record, 'ActionPlanEntry');
    for (const update of writes.updates) {
      const row = this.rows.get(update.id);
      if (!row || `"${row.version}"` !== update.etag) throw new ConflictError('ActionPlanEntry', objectId);
    }
    for (const update of writes.updates) {
      const row = this.rows.get(update.id) as Row;
      this.rows.set(update.id, { id: update.id, version: row.version + 1, modified: this.tick(), record: update.record });
    }
    for (const record of writes.adds) {
      const id = String(this.nextId++);
      this.rows.set(id, { id, version: 1, modified: this.tick(), record });
    }
    for (const del of writes.deletes) this.rows.delete(del.id);
    return this.plan(objectId);
  }

  public async updateEntry(objectId: string, entry: ActionPlanEntry, etag: string): Promise<StoredActionPlanEntry> {
    this.calls.updateEntry++;
    if (this.writeError !== undefined) throw this.writeError;
    const code = normaliseCode(entry.requirementCode);
    checkActionPlanRecord(toActionPlanEntryRecord(objectId, entry, null), 'ActionPlanEntry');
    const row = this.rowsOf(objectId).find((r) => r.record.requirementCode === code && !r.record.retired);
    if (!row) throw new NotFoundError('ActionPlanEntry', `${objectId}/${code}`);
    if (`"${row.version}"` !== etag) throw new ConflictError('ActionPlanEntry', `${objectId}/${code}`);
    const updated: Row = { id: row.id, version: row.version + 1, modified: this.tick(), record: toActionPlanEntryRecord(objectId, entry, null) };
    this.rows.set(row.id, updated);
    const plan = this.plan(objectId);
    return plan.entries.find((e) => e.id === row.id) as StoredActionPlanEntry;
  }

  /** Test hook: someone else changes a row's status (new etag). */
  public editBySomeoneElse(objectId: string, code: string, status: ActionPlanEntry['status']): void {
    const row = this.rowsOf(objectId).find((r) => r.record.requirementCode === normaliseCode(code));
    if (!row) throw new Error(`no row ${objectId}/${code}`);
    this.rows.set(row.id, { ...row, version: row.version + 1, modified: this.tick(), record: { ...row.record, status } });
  }

  private rowsOf(objectId: string): Row[] {
    return Array.from(this.rows.values()).filter((r) => r.record.objectId === objectId);
  }

  private plan(objectId: string): StoredActionPlan {
    return assemblePlan(
      objectId,
      this.rowsOf(objectId).map((r) => ({
        id: r.id,
        parsed: parseActionPlanEntryRecord(r.record, { id: r.id, etag: `"${r.version}"`, modified: r.modified, modifiedBy: this.modifiedBy }),
      })),
    );
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }
}
