import type { ValidationIssue } from '../shared/Validation';
import { aggregateProfile } from './aggregateProfile';
import { isClassificationObjectKind, type ClassificationObject } from './ClassificationObject';
import { isBusinessCritical } from './criticality';
import { isPersonalDataKind, sharedFloor, type InformationSet } from './InformationSet';
import { levelFromConsequences } from './levelFromConsequences';
import { ASPECTS, isLevel } from './levels';

export const CLASSIFICATION_NAME_MAX_LENGTH = 255;

function blank(text: string | undefined): boolean {
  return !text || !text.trim();
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

function validateName(name: string, field: string): ValidationIssue[] {
  if (blank(name)) return [{ field, code: 'required' }];
  if (name.trim().length > CLASSIFICATION_NAME_MAX_LENGTH) {
    return [{ field, code: 'tooLong', params: { max: CLASSIFICATION_NAME_MAX_LENGTH } }];
  }
  return [];
}

/**
 * The rules for one information set, with field paths under `prefix` (e.g. `sets.0`): name, a valid level and a
 * motivering per aspect, a level no lower than the worst assessed consequence, and no level below a shared type's
 * baseline without an approved lowering.
 */
export function validateInformationSet(set: InformationSet, prefix: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [...validateName(set.name, `${prefix}.name`)];
  for (const aspect of ASPECTS) {
    const assessment = set.assessments[aspect];
    const field = `${prefix}.${aspect}`;
    if (!isLevel(assessment.level)) {
      issues.push({ field: `${field}.level`, code: 'invalidChoice' });
    } else {
      const worst = levelFromConsequences(assessment.consequences);
      const floor = sharedFloor(set, aspect);
      if (assessment.level < worst) {
        issues.push({ field: `${field}.level`, code: 'belowWorstConsequence', params: { level: worst } });
      } else if (floor !== undefined && assessment.level < floor) {
        issues.push({ field: `${field}.level`, code: 'loweringNeedsApproval', params: { aspect, level: floor } });
      }
    }
    if (blank(assessment.motivering)) issues.push({ field: `${field}.motivering`, code: 'required' });
  }
  if (!isPersonalDataKind(set.personalData.kind)) issues.push({ field: `${prefix}.personalData.kind`, code: 'invalidChoice' });
  return issues;
}

/**
 * Every rule a classification draft must meet before it can be approved, as issues the wizard shows next to its
 * fields: object fields, each set (`sets.<index>.<aspect>.motivering` …), manual raises (never below what the sets
 * give, always with a motivering) and, for a verksamhetskritisk object, the samhällsviktig answer and its motivering.
 */
export function validateClassification(object: ClassificationObject): ValidationIssue[] {
  const issues: ValidationIssue[] = [...validateName(object.name, 'name')];
  if (!isClassificationObjectKind(object.kind)) issues.push({ field: 'kind', code: 'invalidChoice' });
  if (blank(object.ownerUnitId)) issues.push({ field: 'ownerUnitId', code: 'required' });

  const seenNames = new Set<string>();
  object.sets.forEach((set, index) => {
    const prefix = `sets.${index}`;
    issues.push(...validateInformationSet(set, prefix));
    const key = nameKey(set.name);
    if (key && seenNames.has(key)) issues.push({ field: `${prefix}.name`, code: 'duplicateName', params: { name: set.name.trim() } });
    seenNames.add(key);
  });

  const aggregated = aggregateProfile(object);
  for (const aspect of ASPECTS) {
    const raise = object.manualRaises[aspect];
    if (!raise) continue;
    const field = `manualRaises.${aspect}`;
    if (!isLevel(raise.level)) issues.push({ field: `${field}.level`, code: 'invalidChoice' });
    else if (raise.level < aggregated.fromSets[aspect]) {
      issues.push({ field: `${field}.level`, code: 'belowAggregate', params: { aspect, level: aggregated.fromSets[aspect] } });
    }
    if (blank(raise.motivering)) issues.push({ field: `${field}.motivering`, code: 'required' });
  }

  if (isBusinessCritical(aggregated.profile)) {
    if (object.criticality.samhallsviktig !== true && object.criticality.samhallsviktig !== false) {
      issues.push({ field: 'criticality.samhallsviktig', code: 'required' });
    }
    if (blank(object.criticality.motivering)) issues.push({ field: 'criticality.motivering', code: 'required' });
  }
  return issues;
}

/**
 * What stands between a classification and its approval: it must be a draft, hold at least one information set,
 * have no lowering request waiting for the coordinator, and pass `validateClassification`.
 */
export function approvalIssues(object: ClassificationObject): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (object.status !== 'draft') issues.push({ field: 'status', code: 'notDraft' });
  if (object.sets.length === 0) issues.push({ field: 'sets', code: 'noInformationSets' });
  object.sets.forEach((set, setIndex) => {
    (set.loweringRequests ?? []).forEach((request, requestIndex) => {
      if (request.status === 'pending') {
        issues.push({ field: `sets.${setIndex}.loweringRequests.${requestIndex}`, code: 'loweringPending', params: { aspect: request.aspect } });
      }
    });
  });
  return [...issues, ...validateClassification(object)];
}
