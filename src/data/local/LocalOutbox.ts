import type { MailSender, OutgoingMail, SendResult } from '../ports/MailSender';
import type { Outbox, OutboxMail } from '../ports/Outbox';
import type { LisPreviewDatabase } from './database';

/** Demo recipients on the reserved `.invalid` top-level domain cannot be resolved: the preview shows that path. */
export const UNRESOLVED_DEMO_REASON = 'Mottagaren finns inte (demo)';

export function isUnresolvableDemoAddress(address: string): boolean {
  return /\.invalid$/i.test(address.trim());
}

/**
 * The preview's mail: "sending" a digest puts it in the local outbox (store `outbox`, key = digest id) with the time
 * it was sent; nothing leaves the machine. A recipient on `.invalid` comes back `unresolved`. Like the Graph sender,
 * each result is handed to `onResult` (and awaited) before the next mail is handled.
 */
export class LocalOutbox implements MailSender, Outbox {
  private readonly _db: LisPreviewDatabase;
  private readonly _now: () => Date;

  public constructor(db: LisPreviewDatabase, now: () => Date) {
    this._db = db;
    this._now = now;
  }

  public async sendDigests(messages: OutgoingMail[], onResult?: (result: SendResult) => Promise<void> | void): Promise<SendResult[]> {
    const results: SendResult[] = [];
    for (const mail of messages) {
      let result: SendResult;
      if (isUnresolvableDemoAddress(mail.to.address)) {
        result = { id: mail.id, status: 'unresolved', reason: UNRESOLVED_DEMO_REASON };
      } else {
        const order = (await this._db.count('outbox')) + 1;
        await this._db.put('outbox', { ...mail, sentAt: this._now().toISOString(), order });
        result = { id: mail.id, status: 'sent' };
      }
      if (onResult) await onResult(result);
      results.push(result);
    }
    return results;
  }

  /** Newest first. */
  public async list(): Promise<OutboxMail[]> {
    const rows = await this._db.getAll('outbox');
    rows.sort((a, b) => (a.sentAt !== b.sentAt ? (a.sentAt < b.sentAt ? 1 : -1) : b.order - a.order));
    return rows.map((row) => {
      const mail: OutboxMail & { order?: number } = { ...row };
      delete mail.order;
      return mail;
    });
  }

  public async clear(): Promise<void> {
    await this._db.clear('outbox');
  }
}
