import type { Person } from '../shared/Person';

/** How reminders are planned. Thresholds in whole days. */
export interface ReminderConfig {
  /** Days before the due date a reminder goes out (each once): 30, 7 and 1. */
  daysBefore: readonly number[];
  /** Once overdue: one reminder per this many days (weekly). */
  overdueIntervalDays: number;
  /** Overdue more than this many days: also to the unit's owner representatives. */
  escalateToRepresentativesAfterDays: number;
  /** Overdue more than this many days: also to the coordinator(s). */
  escalateToCoordinatorAfterDays: number;
  /** The information owner's representatives per org unit id. */
  representativesByUnit: Readonly<Record<string, readonly Person[]>>;
  /** The information security coordinator(s). */
  coordinators: readonly Person[];
}

export const DEFAULT_REMINDER_DAYS_BEFORE: readonly number[] = [30, 7, 1];
export const DEFAULT_OVERDUE_INTERVAL_DAYS = 7;
export const DEFAULT_ESCALATE_TO_REPRESENTATIVES_AFTER_DAYS = 14;
export const DEFAULT_ESCALATE_TO_COORDINATOR_AFTER_DAYS = 30;

export function defaultReminderConfig(
  representativesByUnit: Readonly<Record<string, readonly Person[]>> = {},
  coordinators: readonly Person[] = []
): ReminderConfig {
  return {
    daysBefore: DEFAULT_REMINDER_DAYS_BEFORE,
    overdueIntervalDays: DEFAULT_OVERDUE_INTERVAL_DAYS,
    escalateToRepresentativesAfterDays: DEFAULT_ESCALATE_TO_REPRESENTATIVES_AFTER_DAYS,
    escalateToCoordinatorAfterDays: DEFAULT_ESCALATE_TO_COORDINATOR_AFTER_DAYS,
    representativesByUnit,
    coordinators,
  };
}
