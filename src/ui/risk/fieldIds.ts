import type { ValidationIssue } from '../../domain/shared/Validation';
import { validationMessage, type Strings } from '../strings';

/** The messages for one field (joined), or undefined when the field has none: Fluent's `errorMessage` prop. */
export function riskIssueText(strings: Strings, issues: readonly ValidationIssue[], field: string): string | undefined {
  const messages = issues.filter((i) => i.field === field).map((i) => validationMessage(strings, i));
  return messages.length > 0 ? messages.filter((m, i) => messages.indexOf(m) === i).join(' ') : undefined;
}

/** Every issue as a sentence, without repeats (for a summary above a form). */
export function riskIssueTexts(strings: Strings, issues: readonly ValidationIssue[]): string[] {
  const texts = issues.map((i) => validationMessage(strings, i));
  return texts.filter((t, index) => texts.indexOf(t) === index);
}

/** A DOM id for a field path in one of the risk forms (`levels.0.min` → `lis-risk-matrix-levels-0-min`). */
export function riskFieldId(form: string, field: string): string {
  return `lis-risk-${form}-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Moves focus to the first field with an issue (a TextField's input, or a group's first radio). */
export function focusFirstIssue(form: string, issues: readonly ValidationIssue[]): void {
  const first = issues[0];
  if (!first) return;
  const element = document.getElementById(riskFieldId(form, first.field));
  if (!element) return;
  const focusable = element.matches('input, textarea, button, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('input:checked, input, textarea, button');
  (focusable ?? element).focus();
}
