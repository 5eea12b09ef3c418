import type { ValidationIssue } from '../../domain/shared/Validation';
import { validationMessage, type Strings } from '../strings';

/** The messages for one field (joined), or undefined when the field has none: Fluent's `errorMessage` prop. */
export function issueText(strings: Strings, issues: readonly ValidationIssue[], field: string): string | undefined {
  const messages = issues.filter((i) => i.field === field).map((i) => validationMessage(strings, i));
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** Every issue as a sentence (for a summary next to a button that acts on the whole object). */
export function allIssueTexts(strings: Strings, issues: readonly ValidationIssue[]): string[] {
  const texts = issues.map((i) => validationMessage(strings, i));
  return texts.filter((t, index) => texts.indexOf(t) === index);
}

/** A DOM id for a field path (`sets.0.K.motivering` → `lis-cls-sets-0-K-motivering`). */
export function fieldId(field: string): string {
  return `lis-cls-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Moves focus to the input of `field` (a TextField's id, or a group's first radio). */
export function focusField(field: string): void {
  const element = document.getElementById(fieldId(field));
  if (!element) return;
  const focusable =
    element.matches('input, textarea, button, [tabindex]') ? element : element.querySelector<HTMLElement>('input:checked, input, textarea, button');
  (focusable ?? element).focus();
}
