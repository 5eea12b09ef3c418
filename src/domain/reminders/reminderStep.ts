import { daysBetween, type IsoDate } from '../classification/calendarDate';

/**
 * The reminder step a due date is in on `today`, or null when nothing is due yet. Before the due date the step is the
 * smallest configured "days before" not below the days left (`fore-30` from 30 to 8 days left, `fore-7` from 7 to 2,
 * `fore-1` on the last day and the due day itself), so a run that was missed on the exact day still catches up.
 * Once overdue: `forsenad-1` for days 1–7 after, `forsenad-2` for days 8–14, and so on (weekly).
 */
export function reminderStep(
  dueDate: IsoDate,
  today: IsoDate,
  daysBefore: readonly number[],
  overdueIntervalDays: number
): string | null {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) {
    if (!Number.isInteger(overdueIntervalDays) || overdueIntervalDays < 1) throw new RangeError(`Overdue interval must be ≥ 1: ${overdueIntervalDays}`);
    return `forsenad-${Math.ceil(-daysLeft / overdueIntervalDays)}`;
  }
  const candidates = daysBefore.filter((d) => d >= Math.max(daysLeft, 1));
  if (candidates.length === 0) return null;
  return `fore-${Math.min(...candidates)}`;
}

/** Whole days after the due date (0 or less when not overdue). */
export function daysOverdue(dueDate: IsoDate, today: IsoDate): number {
  return daysBetween(dueDate, today);
}
