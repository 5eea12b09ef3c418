/** One mail to send; `id` is its idempotency key (the same reminder keeps the same id across runs). */
export interface OutgoingMail {
  id: string;
  /** Sending mailbox (UPN or id) for app-only sending; omitted for delegated sending as the signed-in user. */
  from?: string;
  to: { name: string; address: string };
  subject: string;
  /** HTML body (Swedish digest with deep links). */
  html: string;
  /** The reminder keys this digest carries: recorded with its outcome so none is planned again. */
  reminderKeys?: string[];
}

/** What happened to one mail: sent, failed (with reason) or recipient not resolvable (with reason). */
export type SendStatus = 'sent' | 'failed' | 'unresolved';

export interface SendResult {
  id: string;
  status: SendStatus;
  reason?: string;
}

/**
 * The mail sending port. Adapter: Microsoft Graph `sendMail` in JSON batches (src/graph/GraphMailSender.ts).
 * Resolves with exactly one result per message, in the order given; rejects only when the transport itself breaks.
 * `onResult` is called (and awaited) with each final result as soon as it is known, before the sender makes its next
 * HTTP request, so a caller can log it durably and a killed run loses at most the request in flight.
 */
export interface MailSender {
  sendDigests(messages: OutgoingMail[], onResult?: (result: SendResult) => Promise<void> | void): Promise<SendResult[]>;
}
