import type { MailSender, OutgoingMail, SendResult } from '../../data/ports/MailSender';
import type { ReminderLog } from '../../data/ports/ReminderLog';

/** Mails handed to the sender at once: Graph's JSON batch limit. */
export const DISPATCH_GROUP_SIZE = 20;

export interface DispatchReport {
  sent: SendResult[];
  failed: SendResult[];
  unresolved: SendResult[];
  /** Keys already in the reminder log (sent or given up in an earlier run); not sent again. */
  skipped: string[];
}

export interface DispatchOptions {
  /** Messages handed to the sender at once. Default 20. */
  groupSize?: number;
  now?: () => Date;
}

/**
 * Sends the mails not yet in the reminder log, one batch-sized group at a time, and records every outcome in the log
 * as soon as the sender knows it, before the next HTTP request. A run killed halfway and started again therefore
 * sends each mail exactly once; the only window left is a kill between Graph accepting a batch and its response being
 * logged (the request in flight), which no client of `sendMail` can close.
 */
export async function dispatchDigests(
  mails: OutgoingMail[],
  sender: MailSender,
  log: ReminderLog,
  options: DispatchOptions = {},
): Promise<DispatchReport> {
  const groupSize = options.groupSize ?? DISPATCH_GROUP_SIZE;
  const now = options.now ?? ((): Date => new Date());
  const report: DispatchReport = { sent: [], failed: [], unresolved: [], skipped: [] };
  const todo: OutgoingMail[] = [];
  const seen = new Set<string>();
  for (const mail of mails) {
    if (seen.has(mail.id) || (await log.has(mail.id))) {
      report.skipped.push(mail.id);
    } else {
      seen.add(mail.id);
      todo.push(mail);
    }
  }
  const byId = new Map(todo.map((mail) => [mail.id, mail]));
  const recordResult = async (result: SendResult): Promise<void> => {
    const mail = byId.get(result.id) as OutgoingMail;
    await log.record({
      key: mail.id,
      status: result.status,
      ...(result.reason !== undefined ? { reason: result.reason } : {}),
      recipient: mail.to.address,
      subject: mail.subject,
      at: now().toISOString(),
      reminderKeys: mail.reminderKeys ?? [],
    });
    report[result.status].push(result);
  };
  for (let start = 0; start < todo.length; start += groupSize) {
    await sender.sendDigests(todo.slice(start, start + groupSize), recordResult);
  }
  return report;
}
