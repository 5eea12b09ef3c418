import type { DispatchReport } from '../../app/reminders';
import type { OutgoingMail, SendResult } from '../../data/ports/MailSender';

/** What the last "send now" ended with: a dispatch report (with the mails it was about) or an error. */
export type SendOutcome = { kind: 'done'; report: DispatchReport; mails: readonly OutgoingMail[] } | { kind: 'error'; error: unknown };

/** The recipient of a result, as "Name <address>" (the id when the mail is unknown). */
export function resultRecipient(mails: readonly OutgoingMail[], result: SendResult): string {
  const mail = mails.find((m) => m.id === result.id);
  return mail ? `${mail.to.name} <${mail.to.address}>` : result.id;
}
