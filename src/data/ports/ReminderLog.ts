import type { SendStatus } from './MailSender';

/** One line of the reminder log list: what happened to the mail with idempotency key `key`. */
export interface ReminderLogEntry {
  key: string;
  status: SendStatus;
  reason?: string;
  recipient: string;
  subject: string;
  /** ISO 8601 instant of recording. */
  at: string;
}

/**
 * The reminder log port (SharePoint list / local store). A key once recorded is never sent again, so a run killed
 * halfway and started again sends each reminder exactly once.
 */
export interface ReminderLog {
  has(key: string): Promise<boolean>;
  record(entry: ReminderLogEntry): Promise<void>;
}
