import { isIsoDate } from '../requirements/isoDate';
import type { RiskAction, RiskActionStatus } from './RiskAction';

/** Statuses in which an action still has work left. */
export const OPEN_ACTION_STATUSES: readonly RiskActionStatus[] = ['ejPaborjad', 'pagar'];

export function isActionOpen(action: Pick<RiskAction, 'status'>): boolean {
  return OPEN_ACTION_STATUSES.indexOf(action.status) >= 0;
}

/**
 * True when an open action (ej påbörjad or pågår) has a target date before `today` (`YYYY-MM-DD`, passed in). The
 * target day itself is not overdue. Actions without (or with an unreadable) target date are never overdue.
 */
export function isActionOverdue(action: Pick<RiskAction, 'status' | 'targetDate'>, today: string): boolean {
  if (!isIsoDate(today)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${today}`);
  return isOverdueOn(action, today);
}

/** `isActionOverdue` for a `today` the caller has already checked (the register calls it for every action). */
export function isOverdueOn(action: Pick<RiskAction, 'status' | 'targetDate'>, checkedToday: string): boolean {
  // Cheapest tests first: a string comparison orders valid ISO dates; only then check the date exists.
  return action.targetDate !== null && action.targetDate < checkedToday && isActionOpen(action) && isIsoDate(action.targetDate);
}
