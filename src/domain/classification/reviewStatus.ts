import { daysBetween, stockholmDate, type IsoDate } from './calendarDate';
import type { ClassificationObject } from './ClassificationObject';

/** A review falling due within this many days is "due soon". */
export const DUE_SOON_DAYS = 60;

export const REVIEW_STATUSES = ['ok', 'dueSoon', 'overdue', 'neverApproved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS_SV: Readonly<Record<ReviewStatus, string>> = {
  ok: 'Aktuell',
  dueSoon: 'Ska snart omprövas',
  overdue: 'Omprövning försenad',
  neverApproved: 'Aldrig fastställd',
};

/**
 * Where the yearly review stands on `today` (an ISO date, or an instant read on the Stockholm calendar):
 * neverApproved without a review date; overdue after it; dueSoon from 60 days before it up to and including the day
 * itself; ok before that.
 */
export function reviewStatus(object: Pick<ClassificationObject, 'nextReviewDate'>, today: IsoDate | Date): ReviewStatus {
  if (!object.nextReviewDate) return 'neverApproved';
  const date = typeof today === 'string' ? today : stockholmDate(today);
  const daysLeft = daysBetween(date, object.nextReviewDate);
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= DUE_SOON_DAYS) return 'dueSoon';
  return 'ok';
}
