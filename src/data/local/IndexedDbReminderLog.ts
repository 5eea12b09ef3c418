import type { ReminderLog, ReminderLogEntry } from '../ports/ReminderLog';
import type { LisPreviewDatabase } from './database';

/** A stored row read back: the entry, or undefined when the row is not one (hand-edited or from another version). */
function entryOf(row: unknown): ReminderLogEntry | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const value = row as Partial<ReminderLogEntry>;
  const keys = value.reminderKeys;
  if (typeof value.key !== 'string' || typeof value.at !== 'string' || typeof value.recipient !== 'string') return undefined;
  if (value.status !== 'sent' && value.status !== 'failed' && value.status !== 'unresolved') return undefined;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) return undefined;
  const entry: ReminderLogEntry = { key: value.key, status: value.status, recipient: value.recipient, subject: typeof value.subject === 'string' ? value.subject : '', at: value.at, reminderKeys: keys.slice() };
  if (typeof value.reason === 'string' && value.reason !== '') entry.reason = value.reason;
  return entry;
}

/**
 * The reminder log in the browser's IndexedDB (store `reminderLog`, key = digest id, index byRecordedAt on `at`).
 * Like the SharePoint list (unique Title), the first outcome recorded for a digest id wins; recording it again
 * resolves without changing anything. Rows that cannot be read are left out of `recent` and give only their id to
 * `sentKeys`.
 */
export class IndexedDbReminderLog implements ReminderLog {
  private readonly _db: LisPreviewDatabase;

  public constructor(db: LisPreviewDatabase) {
    this._db = db;
  }

  public async has(key: string): Promise<boolean> {
    return (await this._db.count('reminderLog', key)) > 0;
  }

  public async record(entry: ReminderLogEntry): Promise<void> {
    const at = new Date(entry.at);
    if (Number.isNaN(at.getTime())) throw new RangeError(`Not an ISO 8601 instant: ${entry.at}`);
    const row: ReminderLogEntry = { ...entry, at: at.toISOString(), reminderKeys: entry.reminderKeys.slice() };
    const transaction = this._db.transaction('reminderLog', 'readwrite');
    const store = transaction.objectStore('reminderLog');
    if ((await store.count(entry.key)) === 0) await store.add(row);
    await transaction.done;
  }

  public async sentKeys(since: Date): Promise<Set<string>> {
    const rows: unknown[] = await this._db.getAllFromIndex('reminderLog', 'byRecordedAt', IDBKeyRange.lowerBound(since.toISOString()));
    const keys = new Set<string>();
    for (const row of rows) {
      const id = (row as { key?: unknown }).key;
      if (typeof id === 'string') keys.add(id);
      const entry = entryOf(row);
      if (entry) entry.reminderKeys.forEach((k) => keys.add(k));
    }
    return keys;
  }

  public async recent(limit: number): Promise<ReminderLogEntry[]> {
    const entries: ReminderLogEntry[] = [];
    if (limit <= 0) return entries;
    let cursor = await this._db.transaction('reminderLog').store.index('byRecordedAt').openCursor(null, 'prev');
    while (cursor && entries.length < limit) {
      const entry = entryOf(cursor.value);
      if (entry) entries.push(entry);
      cursor = await cursor.continue();
    }
    return entries;
  }
}
