/**
 * SharePointReminderLog: the reminder log in `Lists/LisReminderLog` (schema: src/data/schema/reminderLogList.ts)
 * through PnPjs v4, one item per digest mail.
 *
 *   new SharePointReminderLog(sp: SPFI, dataSiteUrl: string)
 *
 * - has(key): `$filter=Title eq '<key>'&$top=1` (Title is indexed and unique).
 * - record(entry): one add. Title enforces unique values, so a digest recorded twice (a run that died after the add
 *   but before it noted the result, then started again) is refused by SharePoint with SPDuplicateValuesFoundException:
 *   that is treated as "already recorded" and resolves, which keeps `record` idempotent. The first outcome wins.
 * - sentKeys(since): `$filter=LisRecordedAt ge datetime'<since>'`, `$select=Title,LisReminderKeys`, paged past 5 000.
 * - recent(limit): `$orderby=LisRecordedAt desc`, `$top=limit` (at most 5 000).
 * Items whose keys are not a JSON array of strings (hand-edited) are left out of `recent` and contribute only their
 * digest id to `sentKeys`; they never make a call fail.
 */
import type { SPFI } from '@pnp/sp';
import type { ReminderLog, ReminderLogEntry } from '../ports/ReminderLog';
import { ReminderLogFields, reminderLogList } from '../schema/reminderLogList';
import { LisListAccess } from './listAccess';
import { indexedEq } from './odata';
import { parseReminderKeys, REMINDER_KEYS_SELECT, REMINDER_LOG_SELECT, reminderLogFromItem, reminderLogItemValues } from './reminderLogItem';

const ENTITY = 'ReminderLog';
/** SharePoint's cap on `$top`. */
const MAX_TOP = 5000;

/** SharePoint refused an add because the unique Title already exists. */
export function isDuplicateValueError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /SPDuplicateValuesFoundException|-2130575169/.test(message);
}

export class SharePointReminderLog implements ReminderLog {
  private readonly access: LisListAccess;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, reminderLogList.url);
  }

  public async has(key: string): Promise<boolean> {
    try {
      const items = (await this.access
        .list()
        .items.select('Id')
        .filter(indexedEq(reminderLogList, ReminderLogFields.title, key))
        .top(1)()) as unknown[];
      return items.length > 0;
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, key);
    }
  }

  public async record(entry: ReminderLogEntry): Promise<void> {
    try {
      await this.access.list().items.add(reminderLogItemValues(entry));
    } catch (error) {
      if (isDuplicateValueError(error)) return;
      throw this.access.collectionError(error, ENTITY, entry.key);
    }
  }

  public async sentKeys(since: Date): Promise<Set<string>> {
    // Whole seconds (the form SharePoint documents for datetime literals), rounded down: never misses an entry.
    const filter = `${ReminderLogFields.recordedAt} ge datetime'${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}'`;
    let items: unknown[];
    try {
      items = await this.access.readAll(REMINDER_KEYS_SELECT, [], filter);
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, 'sentKeys');
    }
    const keys = new Set<string>();
    for (const item of items) {
      const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      const digestId = raw[ReminderLogFields.title];
      if (typeof digestId === 'string' && digestId !== '') keys.add(digestId);
      (parseReminderKeys(raw[ReminderLogFields.reminderKeys]) ?? []).forEach((k) => keys.add(k));
    }
    return keys;
  }

  public async recent(limit: number): Promise<ReminderLogEntry[]> {
    const top = Math.min(Math.max(Math.floor(limit), 0), MAX_TOP);
    if (top === 0) return [];
    let items: unknown[];
    try {
      items = (await this.access
        .list()
        .items.select(...REMINDER_LOG_SELECT)
        .orderBy(ReminderLogFields.recordedAt, false)
        .top(top)()) as unknown[];
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, 'recent');
    }
    const entries: ReminderLogEntry[] = [];
    for (const item of items) {
      const mapped = reminderLogFromItem(item);
      if (mapped.ok) entries.push(mapped.value);
    }
    return entries;
  }
}
