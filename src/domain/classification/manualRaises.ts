import { ValidationError, type ValidationIssue } from '../shared/Validation';
import { aggregateProfile } from './aggregateProfile';
import { assertEditable } from './approval';
import type { ClassificationObject, ManualRaise } from './ClassificationObject';
import { isLevel, type Aspect } from './levels';

/**
 * Sets (or, with null, removes) a manual raise of one aspect on a draft. A raise must have a motivering and may not be
 * below what the information sets give (lowering is not allowed): otherwise a ValidationError with
 * `manualRaises.<aspect>.level` (`belowAggregate`) or `.motivering` (`required`).
 */
export function setManualRaise<T extends ClassificationObject>(object: T, aspect: Aspect, raise: ManualRaise | null): T {
  assertEditable(object);
  const raises: Partial<Record<Aspect, ManualRaise>> = { ...object.manualRaises };
  if (raise === null) {
    delete raises[aspect];
    return { ...object, manualRaises: raises };
  }
  const issues: ValidationIssue[] = [];
  const field = `manualRaises.${aspect}`;
  const fromSets = aggregateProfile(object).fromSets[aspect];
  if (!isLevel(raise.level)) issues.push({ field: `${field}.level`, code: 'invalidChoice' });
  else if (raise.level < fromSets) issues.push({ field: `${field}.level`, code: 'belowAggregate', params: { aspect, level: fromSets } });
  if (!raise.motivering || !raise.motivering.trim()) issues.push({ field: `${field}.motivering`, code: 'required' });
  if (issues.length > 0) throw new ValidationError(issues);
  raises[aspect] = { level: raise.level, motivering: raise.motivering.trim() };
  return { ...object, manualRaises: raises };
}
