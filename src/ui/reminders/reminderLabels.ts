import type { ReminderRole } from '../../domain/reminders';
import type { RemindersStrings } from '../strings/sv/reminders';

/** A planned step (`fore-7`, `forsenad-2`) in the UI's words; the raw step if it has another shape. */
export function stepLabel(s: RemindersStrings, step: string): string {
  const before = /^fore-(\d+)$/.exec(step);
  if (before) return s.steps.before(Number(before[1]));
  const overdue = /^forsenad-(\d+)$/.exec(step);
  if (overdue) return s.steps.overdue(Number(overdue[1]));
  return step;
}

/** A task state (kommande / snart / försenad) in the UI's words. */
export function stateLabel(s: RemindersStrings, state: string): string {
  return s.states[state] ?? state;
}

/** Why the recipient gets the item: their own task, or escalated to them. */
export function roleLabel(s: RemindersStrings, role: ReminderRole): string {
  return s.roles[role];
}
