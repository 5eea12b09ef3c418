import { ASPECTS, validateClassification, type Aspect, type ClassificationObject } from '../../../domain/classification';
import type { ValidationIssue } from '../../../domain/shared/Validation';

/** The wizard's steps: the object, its information sets, one step per aspect per set, and a summary. */
export type WizardStep =
  | { kind: 'object' }
  | { kind: 'sets' }
  | { kind: 'aspect'; setIndex: number; aspect: Aspect }
  | { kind: 'summary' };

export function wizardSteps(object: Pick<ClassificationObject, 'sets'>): WizardStep[] {
  const steps: WizardStep[] = [{ kind: 'object' }, { kind: 'sets' }];
  object.sets.forEach((_set, setIndex) => {
    for (const aspect of ASPECTS) steps.push({ kind: 'aspect', setIndex, aspect });
  });
  steps.push({ kind: 'summary' });
  return steps;
}

const OBJECT_FIELDS = ['name', 'kind', 'ownerUnitId', 'description'];

/** Which step shows the field (so an issue can send the user there). Unknown fields belong to the summary. */
export function stepOfField(field: string): WizardStep {
  if (OBJECT_FIELDS.indexOf(field) >= 0) return { kind: 'object' };
  const match = /^sets\.(\d+)\.([KRTS])\./.exec(field);
  if (match) return { kind: 'aspect', setIndex: Number(match[1]), aspect: match[2] as Aspect };
  if (field === 'sets' || /^sets\.\d+\./.test(field)) return { kind: 'sets' };
  return { kind: 'summary' };
}

export function sameStep(a: WizardStep, b: WizardStep): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'aspect' && b.kind === 'aspect') return a.setIndex === b.setIndex && a.aspect === b.aspect;
  return true;
}

/** Every issue of the whole classification (a wizard needs at least one set before the aspect steps). */
export function wizardIssues(object: ClassificationObject): ValidationIssue[] {
  const issues = validateClassification(object);
  if (object.sets.length === 0) issues.push({ field: 'sets', code: 'noInformationSets' });
  return issues;
}

/** The issues the user must fix before leaving `step` forward. */
export function stepIssues(step: WizardStep, object: ClassificationObject): ValidationIssue[] {
  const issues = wizardIssues(object);
  if (step.kind === 'summary') return issues;
  return issues.filter((issue) => sameStep(stepOfField(issue.field), step));
}

/** The index of the first step holding one of `issues`, or -1. */
export function firstStepWithIssue(steps: readonly WizardStep[], issues: readonly ValidationIssue[]): number {
  for (let index = 0; index < steps.length; index++) {
    if (issues.some((issue) => sameStep(stepOfField(issue.field), steps[index]))) return index;
  }
  return -1;
}

/** A new set id unique within the object (`set-1`, `set-2` …). */
export function nextSetId(object: Pick<ClassificationObject, 'sets'>): string {
  let max = 0;
  for (const set of object.sets) {
    const match = /^set-(\d+)$/.exec(set.id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  let candidate = max + 1;
  const ids = new Set(object.sets.map((s) => s.id));
  while (ids.has(`set-${candidate}`)) candidate++;
  return `set-${candidate}`;
}
