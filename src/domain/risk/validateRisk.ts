import { isAspect } from '../classification/levels';
import { isValidRequirementCode, MAX_CODE_LENGTH } from '../requirements/validateRequirement';
import { isRequirementKind } from '../requirements/Requirement';
import { isIsoDate } from '../requirements/isoDate';
import { isValidEmail, normaliseEmail, type Person } from '../shared/Person';
import type { ValidationIssue } from '../shared/Validation';
import { isRiskTreatment, type Assessment, type Risk } from './Risk';
import { isRiskActionKind, isRiskActionStatus, type RiskAction } from './RiskAction';
import { isRiskAnalysisStatus, isRiskSubjectKind, type RiskAnalysis } from './RiskAnalysis';
import type { RiskMatrix } from './RiskMatrix';
import { isOnScale } from './scoreRisk';

export const MAX_RISK_NAME_LENGTH = 255;
export const MAX_RISK_TEXT_LENGTH = 4000;

function textIssues(issues: ValidationIssue[], field: string, value: string, required: boolean, max: number): void {
  const text = value.trim();
  if (required && !text) issues.push({ field, code: 'required' });
  else if (text.length > max) issues.push({ field, code: 'tooLong', params: { max } });
}

function personIssues(issues: ValidationIssue[], field: string, person: Person | null): void {
  if (person === null) return;
  if (!person.displayName.trim()) issues.push({ field: `${field}.displayName`, code: 'required' });
  if (!person.email.trim()) issues.push({ field: `${field}.email`, code: 'required' });
  else if (!isValidEmail(person.email)) issues.push({ field: `${field}.email`, code: 'invalidEmail' });
}

function assessmentIssues(issues: ValidationIssue[], field: string, assessment: Assessment | null, matrix: RiskMatrix): void {
  if (assessment === null) return;
  const sizes = { likelihood: matrix.likelihood.length, consequence: matrix.consequence.length };
  for (const part of ['likelihood', 'consequence'] as const) {
    if (!isOnScale(assessment[part], sizes[part])) issues.push({ field: `${field}.${part}`, code: 'offScale', params: { max: sizes[part] } });
  }
  textIssues(issues, `${field}.motivering`, assessment.motivering, false, MAX_RISK_TEXT_LENGTH);
}

/**
 * Rules for a risk on its analysis' matrix: the three parts of "På grund av … inträffar … vilket leder till …",
 * known aspects, a reachable risk owner, assessments on the matrix scales, a known treatment (required once a
 * residual risk is given).
 */
export function validateRisk(risk: Risk, matrix: RiskMatrix): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  textIssues(issues, 'cause', risk.cause, true, MAX_RISK_TEXT_LENGTH);
  textIssues(issues, 'event', risk.event, true, MAX_RISK_NAME_LENGTH);
  textIssues(issues, 'consequence', risk.consequence, true, MAX_RISK_TEXT_LENGTH);
  risk.aspects.forEach((aspect, i) => {
    if (!isAspect(aspect)) issues.push({ field: `aspects.${i}`, code: 'invalidChoice', params: { value: String(aspect) } });
  });
  personIssues(issues, 'riskOwner', risk.riskOwner);
  textIssues(issues, 'existingMeasures', risk.existingMeasures, false, MAX_RISK_TEXT_LENGTH);
  assessmentIssues(issues, 'inherent', risk.inherent, matrix);
  if (risk.treatment !== null && !isRiskTreatment(risk.treatment)) issues.push({ field: 'treatment', code: 'invalidChoice' });
  if (risk.treatment === null && risk.residual !== null) issues.push({ field: 'treatment', code: 'required' });
  textIssues(issues, 'treatmentNote', risk.treatmentNote, false, MAX_RISK_TEXT_LENGTH);
  assessmentIssues(issues, 'residual', risk.residual, matrix);
  return issues;
}

/** Rules for a risk analysis: name, subject (a classification object for `klassningsobjekt`), unit, dates, people. */
export function validateRiskAnalysis(analysis: RiskAnalysis): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  textIssues(issues, 'name', analysis.name, true, MAX_RISK_NAME_LENGTH);
  if (!isRiskSubjectKind(analysis.subjectKind)) issues.push({ field: 'subjectKind', code: 'invalidChoice' });
  if (analysis.subjectKind === 'klassningsobjekt' && !(analysis.classificationObjectId ?? '').trim()) {
    issues.push({ field: 'classificationObjectId', code: 'required' });
  }
  if (!analysis.ownerUnitId.trim()) issues.push({ field: 'ownerUnitId', code: 'required' });
  textIssues(issues, 'purpose', analysis.purpose, false, MAX_RISK_TEXT_LENGTH);
  textIssues(issues, 'scope', analysis.scope, false, MAX_RISK_TEXT_LENGTH);
  const seen = new Set<string>();
  analysis.participants.forEach((person, i) => {
    personIssues(issues, `participants.${i}`, person);
    const email = normaliseEmail(person.email);
    if (email && seen.has(email)) issues.push({ field: `participants.${i}.email`, code: 'duplicatePerson' });
    seen.add(email);
  });
  if (!isIsoDate(analysis.date)) issues.push({ field: 'date', code: 'invalidDate' });
  if (!isRiskAnalysisStatus(analysis.status)) issues.push({ field: 'status', code: 'invalidChoice' });
  if (analysis.nextFollowUpDate !== null && !isIsoDate(analysis.nextFollowUpDate)) issues.push({ field: 'nextFollowUpDate', code: 'invalidDate' });
  if (!Number.isInteger(analysis.matrixVersion) || analysis.matrixVersion < 1) issues.push({ field: 'matrixVersion', code: 'invalidChoice' });
  return issues;
}

/** Rules for an action: a description, known kinds and status, a reachable responsible, a real date, valid codes. */
export function validateRiskAction(action: RiskAction): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  textIssues(issues, 'description', action.description, true, MAX_RISK_TEXT_LENGTH);
  if (!isRiskActionKind(action.kind)) issues.push({ field: 'kind', code: 'invalidChoice' });
  if (!isRequirementKind(action.securityKind)) issues.push({ field: 'securityKind', code: 'invalidChoice' });
  if (!isRiskActionStatus(action.status)) issues.push({ field: 'status', code: 'invalidChoice' });
  personIssues(issues, 'responsible', action.responsible);
  if (action.targetDate !== null && !isIsoDate(action.targetDate)) issues.push({ field: 'targetDate', code: 'invalidDate' });
  action.requirementCodes.forEach((code, i) => {
    if (!isValidRequirementCode(code)) issues.push({ field: `requirementCodes.${i}`, code: 'invalidRequirementCode', params: { max: MAX_CODE_LENGTH } });
  });
  return issues;
}
