import { isIsoDate, type IsoDate } from '../classification/calendarDate';
import { normaliseEmail, type Person } from '../shared/Person';
import type { Task } from '../tasks/Task';
import { reminderKey } from './idempotencyKey';
import type { ReminderConfig } from './ReminderConfig';
import { daysOverdue, reminderStep } from './reminderStep';

/** Why a recipient gets an item: their own task, or escalated to them. */
export const REMINDER_ROLES = ['ansvarig', 'foretradare', 'samordnare'] as const;
export type ReminderRole = (typeof REMINDER_ROLES)[number];

/** The tasks of one person (derived with `deriveTasks`). */
export interface PersonTasks {
  person: Person;
  tasks: readonly Task[];
}

export interface PlannedReminder {
  /** Idempotency key (see `reminderKey`): record it in the reminder log once sent. */
  key: string;
  task: Task;
  step: string;
  role: ReminderRole;
  /** The person whose task it is (differs from the recipient for an escalation). */
  responsible: Person;
}

/** One mail: everything due for one recipient in this run. */
export interface PlannedDigest {
  recipient: Person;
  items: PlannedReminder[];
}

const ROLE_ORDER: Readonly<Record<ReminderRole, number>> = { ansvarig: 0, foretradare: 1, samordnare: 2 };

function compareItems(a: PlannedReminder, b: PlannedReminder): number {
  if (a.task.dueDate !== b.task.dueDate) return a.task.dueDate < b.task.dueDate ? -1 : 1;
  if (a.task.key !== b.task.key) return a.task.key < b.task.key ? -1 : 1;
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role];
}

/**
 * The reminders to send on `today`: one digest per recipient (by e-mail, case-insensitively), each listing all their
 * due items, sorted by due date. Overdue items go to the owner unit's representatives past
 * `escalateToRepresentativesAfterDays` and to the coordinators past `escalateToCoordinatorAfterDays`. A key in
 * `sentKeys` is never planned again, nor is any key planned twice. Recipients without an e-mail are skipped.
 */
export function planReminders(
  tasksByPerson: readonly PersonTasks[],
  sentKeys: ReadonlySet<string>,
  today: IsoDate,
  config: ReminderConfig
): PlannedDigest[] {
  if (!isIsoDate(today)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${today}`);
  const digests = new Map<string, PlannedDigest>();
  const planned = new Set<string>();

  const add = (recipient: Person, task: Task, step: string, role: ReminderRole, responsible: Person): void => {
    const email = normaliseEmail(recipient.email ?? '');
    if (!email) return;
    const key = reminderKey(email, task.key, task.dueDate, step);
    if (sentKeys.has(key) || planned.has(key)) return;
    planned.add(key);
    let digest = digests.get(email);
    if (!digest) {
      digest = { recipient: { displayName: recipient.displayName, email: recipient.email.trim() }, items: [] };
      digests.set(email, digest);
    }
    digest.items.push({ key, task, step, role, responsible });
  };

  // Own tasks first, so a person who is also escalated to keeps the "ansvarig" role for the same key.
  const escalations: Array<() => void> = [];
  for (const { person, tasks } of tasksByPerson) {
    for (const task of tasks) {
      if (!isIsoDate(task.dueDate)) continue;
      const step = reminderStep(task.dueDate, today, config.daysBefore, config.overdueIntervalDays);
      if (step === null) continue;
      add(person, task, step, 'ansvarig', person);
      const overdue = daysOverdue(task.dueDate, today);
      if (overdue > config.escalateToRepresentativesAfterDays) {
        const representatives = config.representativesByUnit[task.orgUnitId] ?? [];
        escalations.push(() => representatives.forEach((r) => add(r, task, step, 'foretradare', person)));
      }
      if (overdue > config.escalateToCoordinatorAfterDays) {
        escalations.push(() => config.coordinators.forEach((c) => add(c, task, step, 'samordnare', person)));
      }
    }
  }
  escalations.forEach((escalate) => escalate());

  return Array.from(digests.entries())
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, digest]) => ({ recipient: digest.recipient, items: digest.items.sort(compareItems) }));
}
