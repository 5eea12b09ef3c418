import type { SendStatus } from '../ports/MailSender';
import type { ListDefinition } from './types';

/**
 * Internal names of the reminder log's fields. One item per digest mail: Title holds the digest id (its idempotency
 * key, unique and indexed), the reminder keys it carried are a JSON array of strings in LisReminderKeys.
 */
export const ReminderLogFields = {
  title: 'Title',
  status: 'LisReminderStatus',
  reason: 'LisReminderReason',
  recipientEmail: 'LisRecipientEmail',
  subject: 'LisSubject',
  recordedAt: 'LisRecordedAt',
  reminderKeys: 'LisReminderKeys',
} as const;

/** The choices of LisReminderStatus: the outcomes of MailSender (sent / failed / unresolved). */
export const REMINDER_LOG_STATUSES: readonly SendStatus[] = ['sent', 'failed', 'unresolved'];

export const reminderLogList: ListDefinition = {
  key: 'reminderLog',
  title: 'LIS Påminnelselogg',
  url: 'Lists/LisReminderLog',
  description: 'Skickade, misslyckade och ej levererbara påminnelser (ett sammandrag per mottagare och körning). Skrivs av LIS.',
  titleDisplayName: 'Sammandrag',
  titleIndexed: true,
  titleUnique: true,
  majorVersionLimit: 10,
  fields: [
    {
      id: '{1c12031a-3038-4bfd-af5d-1a24870f6ca4}',
      internalName: ReminderLogFields.status,
      displayName: 'Utfall',
      type: 'Choice',
      required: true,
      indexed: true,
      choices: REMINDER_LOG_STATUSES,
      defaultValue: 'sent',
    },
    {
      id: '{eb7bba5f-6b3f-4d97-a5e3-95bf02270d37}',
      internalName: ReminderLogFields.reason,
      displayName: 'Orsak',
      description: 'Varför sammandraget inte kunde skickas (tomt när det skickades).',
      type: 'Note',
      richText: false,
    },
    {
      id: '{cb20b195-043d-4dce-a954-1e9aa22f9032}',
      internalName: ReminderLogFields.recipientEmail,
      displayName: 'Mottagare (e-post)',
      type: 'Text',
      required: true,
      indexed: true,
      maxLength: 255,
    },
    {
      id: '{629c1e59-f2f6-403c-9d20-ba5ec2a42e41}',
      internalName: ReminderLogFields.subject,
      displayName: 'Ämne',
      type: 'Text',
      maxLength: 255,
    },
    {
      id: '{c6a770a4-1844-453b-8842-146bbf9a82a6}',
      internalName: ReminderLogFields.recordedAt,
      displayName: 'Loggad',
      type: 'DateTime',
      required: true,
      indexed: true,
    },
    {
      id: '{809e6301-04cc-4130-a188-0b0d172897aa}',
      internalName: ReminderLogFields.reminderKeys,
      displayName: 'Påminnelser',
      description: 'JSON: ["<påminnelsenyckel>", …], påminnelserna som sammandraget innehöll. Skrivs av LIS.',
      type: 'Note',
      richText: false,
    },
  ],
  views: [
    {
      baseViewId: 1,
      displayName: 'Alla påminnelser',
      url: 'AllItems.aspx',
      isDefault: true,
      fields: [ReminderLogFields.recordedAt, ReminderLogFields.recipientEmail, ReminderLogFields.status, ReminderLogFields.subject, ReminderLogFields.reason],
      orderBy: { field: ReminderLogFields.recordedAt, ascending: false },
      rowLimit: 100,
    },
    {
      baseViewId: 2,
      displayName: 'Ej skickade',
      url: 'NotSent.aspx',
      fields: [ReminderLogFields.recordedAt, ReminderLogFields.recipientEmail, ReminderLogFields.status, ReminderLogFields.reason],
      where: `<Neq><FieldRef Name="${ReminderLogFields.status}" /><Value Type="Choice">sent</Value></Neq>`,
      orderBy: { field: ReminderLogFields.recordedAt, ascending: false },
      rowLimit: 100,
    },
  ],
};
