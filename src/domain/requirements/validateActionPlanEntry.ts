import { isValidEmail } from '../shared/Person';
import type { ValidationIssue } from '../shared/Validation';
import { isAssessmentStatus, type ActionPlanEntry } from './ActionPlan';
import { isIsoDate } from './isoDate';

export const MAX_HOW_LENGTH = 4000;
export const MAX_REASON_LENGTH = 2000;

/** Rules for one handlingsplan row: a known status, a reason for ej tillämpligt, a real date, a reachable person. */
export function validateActionPlanEntry(entry: ActionPlanEntry): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isAssessmentStatus(entry.status)) issues.push({ field: 'status', code: 'invalidChoice' });
  const reason = entry.reason.trim();
  if (entry.status === 'ejTillampligt' && !reason) issues.push({ field: 'reason', code: 'required' });
  if (reason.length > MAX_REASON_LENGTH) issues.push({ field: 'reason', code: 'tooLong', params: { max: MAX_REASON_LENGTH } });
  if (entry.how.trim().length > MAX_HOW_LENGTH) issues.push({ field: 'how', code: 'tooLong', params: { max: MAX_HOW_LENGTH } });
  if (entry.responsible !== null) {
    if (!entry.responsible.displayName.trim()) issues.push({ field: 'responsible.displayName', code: 'required' });
    if (!entry.responsible.email.trim()) issues.push({ field: 'responsible.email', code: 'required' });
    else if (!isValidEmail(entry.responsible.email)) issues.push({ field: 'responsible.email', code: 'invalidEmail' });
  }
  if (entry.targetDate !== null && !isIsoDate(entry.targetDate)) issues.push({ field: 'targetDate', code: 'invalidDate' });
  return issues;
}
