import { validateClassification, type ClassificationObject } from '../../domain/classification';
import type { ValidationIssue } from '../../domain/shared/Validation';

/** Fields a draft may leave empty while the wizard is under way; approval requires them (see approvalIssues). */
function completedLater(issue: ValidationIssue): boolean {
  return issue.code === 'required' && (/\.motivering$/.test(issue.field) || issue.field.indexOf('criticality.') === 0);
}

/**
 * What blocks saving a draft: every rule of `validateClassification` except the motiveringar and the criticality
 * answer, which a draft may still lack (a half-done wizard can be saved and finished later). A level below the worst
 * consequence, a manual raise below the sets, a lowering without approval or a missing name are never saved.
 */
export function draftIssues(object: ClassificationObject): ValidationIssue[] {
  return validateClassification(object).filter((issue) => !completedLater(issue));
}
