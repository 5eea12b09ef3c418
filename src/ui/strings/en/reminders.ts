import type { RemindersStrings } from '../sv/reminders';

/** English texts of the coordinator's reminder view (same keys as remindersSv). */
export const remindersEn: RemindersStrings = {
  title: 'Reminders',
  description:
    'Who would get which reminders today: one digest per recipient listing everything that is due or overdue. "Send now" sends them right away with your permissions. No reminder is ever sent twice.',
  loading: 'Planning today’s reminders…',
  refresh: 'Refresh',
  today: {
    heading: 'Today’s reminders',
    recipients: 'Recipients',
    reminders: 'Reminders',
    people: 'People with tasks',
    tasks: 'Tasks',
    skippedItems: (count: number): string =>
      `${count} ${count === 1 ? 'item' : 'items'} in the lists could not be read and are not counted. Fix them in the SharePoint lists.`,
    empty: 'No reminders to send today.',
    recipientsLabel: 'Recipients of today’s reminders',
    recipientFacts: (items: number, overdue: number, escalations: number): string =>
      [
        `${items} ${items === 1 ? 'reminder' : 'reminders'}`,
        `${overdue} overdue`,
        ...(escalations > 0 ? [`${escalations} ${escalations === 1 ? 'escalation' : 'escalations'}`] : []),
      ].join(' · '),
    itemsCaption: (name: string): string => `Reminders to ${name}`,
    showText: 'Show the mail as text',
    hideText: 'Hide the mail as text',
    textLabel: (name: string): string => `The mail to ${name} as text`,
  },
  columns: {
    task: 'Task',
    dueDate: 'Due date',
    state: 'State',
    step: 'Reminder',
    role: 'Role',
    time: 'Time',
    recipient: 'Recipient',
    subject: 'Subject',
    status: 'Status',
    reason: 'Reason',
  },
  states: {
    kommande: 'Upcoming',
    snart: 'Soon',
    forsenad: 'Overdue',
  },
  steps: {
    before: (days: number): string => (days === 1 ? 'Due tomorrow or today' : `Due within ${days} days`),
    overdue: (round: number): string => (round === 1 ? 'Overdue' : `Overdue (reminder ${round})`),
  },
  roles: {
    ansvarig: 'Responsible',
    foretradare: 'Escalated to the information owner’s representative',
    samordnare: 'Escalated to the coordinator',
    responsible: (name: string, email: string): string => `responsible: ${name} <${email}>`,
  },
  send: {
    button: 'Send now',
    confirmTitle: 'Send the reminders now?',
    confirmText: (digests: number, reminders: number): string =>
      `${digests} ${digests === 1 ? 'mail' : 'mails'} with ${reminders} ${reminders === 1 ? 'reminder' : 'reminders'} in total will be sent from your mailbox now, one mail per recipient.`,
    confirm: (digests: number): string => `Send ${digests} ${digests === 1 ? 'mail' : 'mails'}`,
    sending: 'Sending reminders…',
    sendingDetail: 'Every mail is logged as soon as it is sent, so nothing is sent twice even if sending is interrupted.',
    resultTitle: 'Result of sending',
    sent: (count: number): string => `${count} ${count === 1 ? 'mail' : 'mails'} sent.`,
    failed: (count: number): string => `${count} ${count === 1 ? 'mail' : 'mails'} could not be sent:`,
    unresolved: (count: number): string => `${count} ${count === 1 ? 'recipient' : 'recipients'} could not be found:`,
    skipped: (count: number): string => `${count} ${count === 1 ? 'mail was' : 'mails were'} already sent and not sent again.`,
    nothing: 'There was nothing to send.',
    reasonLine: (recipient: string, reason: string): string => `${recipient}: ${reason}`,
    noReason: 'no reason given',
    notRetried: 'Failed mails and unknown recipients are logged and not retried today; the next reminder step plans them again.',
    partlyLogged: 'Whatever was sent before the error is logged and will not be sent again.',
    dismiss: 'Close the message',
  },
  errors: {
    permissionNotGranted: (scope: string): string =>
      `The Microsoft Graph permission (scope) ${scope} has not been approved for LIS, so no mail could be sent. An administrator approves it in the SharePoint admin center → Advanced → API access.`,
  },
  log: {
    heading: 'Recently sent',
    tableLabel: 'Recently sent reminders',
    empty: 'No reminders have been sent yet.',
    status: {
      sent: 'Sent',
      failed: 'Failed',
      unresolved: 'Recipient not found',
    },
  },
  outbox: {
    heading: 'Outbox (preview)',
    explanation:
      'In the preview no mail leaves this computer: whatever "Send now" sends ends up here instead, so you can see what the recipients would get.',
    empty: 'The outbox is empty.',
    listLabel: 'Mails in the outbox',
    clear: 'Empty the outbox',
    cleared: 'The outbox has been emptied.',
    mailSummary: (to: string, address: string, subject: string): string => `${subject} – to ${to} <${address}>`,
    sentAt: (when: string): string => `Put in the outbox ${when}`,
    textLabel: (subject: string): string => `Content: ${subject}`,
  },
};
