/**
 * Mapping between items of `Lists/LisReminderLog` (src/data/schema/reminderLogList.ts) and reminder log entries.
 * Title holds the digest id, LisReminderKeys the carried reminder keys as a JSON array of strings. Never throws:
 * a hand-edited item that cannot be read comes back with its reasons.
 */
import type { ReminderLogEntry } from '../ports/ReminderLog';
import { REMINDER_LOG_STATUSES, ReminderLogFields } from '../schema/reminderLogList';
import type { ItemMapping } from './listAccess';

/** SharePoint Text columns hold at most 255 characters. */
const TEXT_MAX = 255;

export const REMINDER_LOG_SELECT: readonly string[] = [
  'Id',
  ReminderLogFields.title,
  ReminderLogFields.status,
  ReminderLogFields.reason,
  ReminderLogFields.recipientEmail,
  ReminderLogFields.subject,
  ReminderLogFields.recordedAt,
  ReminderLogFields.reminderKeys,
];

/** What `sentKeys` reads: the digest id and the keys, nothing else. */
export const REMINDER_KEYS_SELECT: readonly string[] = [ReminderLogFields.title, ReminderLogFields.reminderKeys];

export type ReminderLogItemValues = Record<string, string | null>;

function clip(value: string): string {
  return value.length > TEXT_MAX ? `${value.slice(0, TEXT_MAX - 1)}…` : value;
}

export function reminderLogItemValues(entry: ReminderLogEntry): ReminderLogItemValues {
  return {
    [ReminderLogFields.title]: entry.key,
    [ReminderLogFields.status]: entry.status,
    [ReminderLogFields.reason]: entry.reason ?? null,
    [ReminderLogFields.recipientEmail]: clip(entry.recipient),
    [ReminderLogFields.subject]: clip(entry.subject),
    [ReminderLogFields.recordedAt]: new Date(entry.at).toISOString(),
    [ReminderLogFields.reminderKeys]: JSON.stringify(entry.reminderKeys),
  };
}

/** The reminder keys stored in LisReminderKeys, or undefined when the text is not a JSON array of strings. */
export function parseReminderKeys(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  return Array.isArray(parsed) && parsed.every((k) => typeof k === 'string') ? (parsed as string[]) : undefined;
}

export function reminderLogFromItem(item: unknown): ItemMapping<ReminderLogEntry> {
  const raw = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const id = typeof raw.Id === 'number' || typeof raw.Id === 'string' ? String(raw.Id) : ''; // never String() an object: it can throw
  const reasons: string[] = [];
  const key = raw[ReminderLogFields.title];
  if (typeof key !== 'string' || key.trim() === '') reasons.push('Title: expected the digest id');
  const status = raw[ReminderLogFields.status];
  if (typeof status !== 'string' || (REMINDER_LOG_STATUSES as readonly string[]).indexOf(status) < 0) reasons.push(`${ReminderLogFields.status}: unknown outcome`);
  const recipient = raw[ReminderLogFields.recipientEmail];
  if (typeof recipient !== 'string') reasons.push(`${ReminderLogFields.recipientEmail}: expected text`);
  const at = raw[ReminderLogFields.recordedAt];
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) reasons.push(`${ReminderLogFields.recordedAt}: expected a date and time`);
  const keys = parseReminderKeys(raw[ReminderLogFields.reminderKeys]);
  if (!keys) reasons.push(`${ReminderLogFields.reminderKeys}: expected a JSON array of strings`);
  const reason = raw[ReminderLogFields.reason];
  const subject = raw[ReminderLogFields.subject];
  if (reasons.length > 0) return { ok: false, id, reasons };
  const entry: ReminderLogEntry = {
    key: key as string,
    status: status as ReminderLogEntry['status'],
    recipient: recipient as string,
    subject: typeof subject === 'string' ? subject : '',
    at: new Date(at as string).toISOString(),
    reminderKeys: keys as string[],
  };
  if (typeof reason === 'string' && reason !== '') entry.reason = reason;
  return { ok: true, value: entry };
}
