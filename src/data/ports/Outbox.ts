import type { OutgoingMail } from './MailSender';

/** A mail the preview "sent": kept in the local store instead of leaving the machine. */
export interface OutboxMail extends OutgoingMail {
  /** ISO 8601 instant it was put in the outbox. */
  sentAt: string;
}

/** The preview's local outbox (its MailSender writes here); absent in SharePoint. */
export interface Outbox {
  /** Newest first. */
  list(): Promise<OutboxMail[]>;
  clear(): Promise<void>;
}
