import type { IsoDate } from '../../domain/classification/calendarDate';
import {
  buildDigest,
  defaultReminderConfig,
  planReminders,
  type DigestLinks,
  type PlannedDigest,
  type ReminderConfig,
} from '../../domain/reminders';
import type { Person } from '../../domain/shared/Person';
import { deriveTasksForEveryone, peopleWithWork, type TaskInput } from '../../domain/tasks';
import type { OutgoingMail } from '../../data/ports/MailSender';

export interface ReminderRunInput {
  input: TaskInput;
  /** Coordinators (escalation after the coordinator threshold). */
  coordinators: readonly Person[];
  /** The IT unit's staff (they get the handover queue). */
  itStaff: readonly Person[];
  /** Reminder keys and digest ids already in the reminder log (ReminderLog.sentKeys). */
  sentKeys: ReadonlySet<string>;
  /** The Stockholm calendar date of the run. */
  today: IsoDate;
  links: DigestLinks;
  /** Thresholds; representatives and coordinators are filled from the data. */
  config?: Partial<Omit<ReminderConfig, 'representativesByUnit' | 'coordinators'>>;
  /** Sending mailbox for app-only sending (the job); omitted for the coordinator's delegated "send now". */
  from?: string;
}

export interface ReminderRunPlan {
  digests: PlannedDigest[];
  /** One mail per digest, same order; `id` is the digest id, `reminderKeys` its reminders. */
  mails: OutgoingMail[];
  /** People whose tasks were derived, and their tasks in total. */
  people: number;
  tasks: number;
}

/** FNV-1a over the text, as 8 hex digits: a short, stable fingerprint (not a security hash). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The digest id: recipient, day and a fingerprint of the reminder keys. A rerun on the same day plans the same digest
 * for the same reminders (same id), so the log's id check and its reminder keys both stop a second send.
 */
export function digestId(recipientEmail: string, today: IsoDate, reminderKeys: readonly string[]): string {
  return `digest:${recipientEmail.trim().toLowerCase()}:${today}:${fingerprint(reminderKeys.slice().sort().join('\n'))}`;
}

/**
 * Today's reminder run, planned but not sent: every person's tasks (derived from the data), the reminders due today
 * that the log has not seen, one digest per recipient, and the mails to send. Pure: the hosts (coordinator's view,
 * scheduled job, CLI) load the data and send.
 */
export function planReminderRun(run: ReminderRunInput): ReminderRunPlan {
  const representativesByUnit: Record<string, Person[]> = {};
  run.input.orgUnits.forEach((u) => {
    representativesByUnit[u.id] = u.representatives.slice();
  });
  const config: ReminderConfig = { ...defaultReminderConfig(representativesByUnit, run.coordinators), ...run.config };
  const people = peopleWithWork(run.input, run.itStaff);
  const tasksByPerson = deriveTasksForEveryone(run.input, people, run.today);
  const digests = planReminders(tasksByPerson, run.sentKeys, run.today, config);
  const mails = digests.map((digest): OutgoingMail => {
    const mail = buildDigest(digest.recipient, digest.items, run.links);
    const reminderKeys = digest.items.map((i) => i.key);
    return {
      id: digestId(digest.recipient.email, run.today, reminderKeys),
      ...(run.from ? { from: run.from } : {}),
      to: { name: digest.recipient.displayName, address: digest.recipient.email },
      subject: mail.subject,
      html: mail.html,
      reminderKeys,
    };
  });
  return { digests, mails, people: people.length, tasks: tasksByPerson.reduce((n, p) => n + p.tasks.length, 0) };
}
