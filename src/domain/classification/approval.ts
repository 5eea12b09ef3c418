import { isValidEmail, type Person } from '../shared/Person';
import { ValidationError, type ValidationIssue } from '../shared/Validation';
import { addMonths, stockholmDate } from './calendarDate';
import type { ClassificationObject } from './ClassificationObject';
import { deepCopy, deepFreeze } from './immutable';
import { approvalIssues } from './validateClassification';

/** The policy's yearly review; configurable per call. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;
export const MAX_REVIEW_INTERVAL_MONTHS = 120;

function approverIssues(approver: Person): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!approver.displayName || !approver.displayName.trim()) issues.push({ field: 'approvedBy.displayName', code: 'required' });
  if (!approver.email || !approver.email.trim()) issues.push({ field: 'approvedBy.email', code: 'required' });
  else if (!isValidEmail(approver.email)) issues.push({ field: 'approvedBy.email', code: 'invalidEmail' });
  return issues;
}

/** True while the version may still be edited (a draft); an approved version is immutable. */
export function isEditable(object: Pick<ClassificationObject, 'status'>): boolean {
  return object.status === 'draft';
}

/** Throws a ValidationError (`status: notDraft`) unless the object is a draft. For every edit of a classification. */
export function assertEditable(object: Pick<ClassificationObject, 'status'>): void {
  if (!isEditable(object)) throw new ValidationError([{ field: 'status', code: 'notDraft' }]);
}

/**
 * The information owner's representative approves a valid draft at `at`: the result records who and when, and the
 * next review date `reviewIntervalMonths` calendar months after the approval's Stockholm date. The approved version is
 * a frozen copy; the input is left untouched. Throws a ValidationError with every issue when the draft is not ready
 * (see `approvalIssues`) or the approver is not a named person with an e-mail address.
 */
export function approveClassification<T extends ClassificationObject>(
  object: T,
  approver: Person,
  at: Date,
  reviewIntervalMonths: number = DEFAULT_REVIEW_INTERVAL_MONTHS
): Readonly<T> {
  if (!Number.isInteger(reviewIntervalMonths) || reviewIntervalMonths < 1 || reviewIntervalMonths > MAX_REVIEW_INTERVAL_MONTHS) {
    throw new RangeError(`Review interval must be 1–${MAX_REVIEW_INTERVAL_MONTHS} months: ${reviewIntervalMonths}`);
  }
  if (isNaN(at.getTime())) throw new RangeError('Invalid approval time');
  const issues = [...approvalIssues(object), ...approverIssues(approver)];
  if (issues.length > 0) throw new ValidationError(issues);
  const approved: T = {
    ...deepCopy(object),
    status: 'approved',
    approvedBy: { displayName: approver.displayName.trim(), email: approver.email.trim() },
    approvedAt: at.toISOString(),
    nextReviewDate: addMonths(stockholmDate(at), reviewIntervalMonths),
  };
  return deepFreeze(approved);
}

/**
 * A later change to an approved classification starts a new draft version (N + 1), a copy of the approved one without
 * the approval; the approved version stays as it was. The next review date is kept: until the new version is
 * approved, the approved one's review date still applies.
 */
export function startNewVersion<T extends ClassificationObject>(approved: T): T {
  if (approved.status !== 'approved') throw new RangeError('Only an approved version can start a new version; edit the draft instead');
  return { ...deepCopy(approved), status: 'draft', version: approved.version + 1, approvedBy: null, approvedAt: null };
}
