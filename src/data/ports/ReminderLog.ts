import type { SendStatus } from './MailSender';

/** One line of the reminder log list: what happened to one digest mail (id `key`) and the reminders it carried. */
export interface ReminderLogEntry {
  /** The digest's id (OutgoingMail.id): deterministic for the same recipient, day and reminders. */
  key: string;
  status: SendStatus;
  reason?: string;
  /** Recipient e-mail. */
  recipient: string;
  subject: string;
  /** ISO 8601 instant of recording. */
  at: string;
  /** The reminder keys (see `reminderKey`) the digest carried: none of them is ever planned again. */
  reminderKeys: string[];
}

/** How far back `sentKeys` must look: a reminder key can only be planned within one step window (≤ 30 days). */
export const REMINDER_LOG_LOOKBACK_DAYS = 90;

/**
 * The reminder log port (SharePoint list `Lists/LisReminderLog` / local store). One entry per digest, written in one
 * request right after Graph answers for it, so a run killed halfway and started again sends each reminder exactly
 * once. Failed and unresolved digests are logged too and not retried (the next reminder step plans them again).
 */
export interface ReminderLog {
  /** True when a digest with this id has been recorded (any status). */
  has(key: string): Promise<boolean>;
  record(entry: ReminderLogEntry): Promise<void>;
  /**
   * Every reminder key and digest id recorded at or after `since` (filters on the indexed time column; adapters page
   * past 5 000). Planning needs only the last REMINDER_LOG_LOOKBACK_DAYS days.
   */
  sentKeys(since: Date): Promise<Set<string>>;
  /** The latest entries, newest first (the coordinator's view). */
  recent(limit: number): Promise<ReminderLogEntry[]>;
}
