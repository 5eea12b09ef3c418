/**
 * Validation results are data: a field path and a code (plus parameters). The UI turns codes into Swedish or
 * English text next to the field, so domain rules stay free of UI strings.
 */
export type ValidationCode =
  | 'required'
  | 'tooLong'
  | 'invalidEmail'
  | 'invalidChoice'
  | 'nameTaken'
  | 'duplicatePerson'
  | 'parentSelf'
  | 'parentCycle'
  | 'parentMissing'
  | 'parentInactive'
  | 'hasActiveChildren'
  // Requirements, catalogue import and handlingsplan (issue 3):
  | 'invalidRequirementCode'
  | 'duplicateCode'
  | 'baselineLevel'
  | 'missingColumn'
  | 'duplicateColumn'
  | 'emptyCatalogue'
  | 'malformedCsv'
  | 'invalidDate'
  | 'invalidTransition'
  // Information classification (issue 3):
  | 'duplicateName'
  | 'belowWorstConsequence'
  | 'belowAggregate'
  | 'loweringNeedsApproval'
  | 'loweringPending'
  | 'notLowering'
  | 'notDraft'
  | 'notPending'
  | 'noInformationSets'
  // Risk analysis (issue 4):
  | 'scaleSize'
  | 'invalidColour'
  | 'lowContrast'
  | 'levelRange'
  | 'levelGap'
  | 'levelOverlap'
  | 'duplicateKey'
  | 'offScale'
  | 'notAssessed'
  | 'mayNotAccept'
  | 'dateInPast';

export interface ValidationIssue {
  /** e.g. `name`, `parentId`, `representatives.0.email`, `securityContact.email` */
  field: string;
  code: ValidationCode;
  params?: Record<string, string | number>;
}

export function issuesFor(issues: readonly ValidationIssue[], field: string): ValidationIssue[] {
  return issues.filter((i) => i.field === field);
}

/** Thrown by use cases when input is invalid; carries every issue so a form can show them all at once. */
export class ValidationError extends Error {
  public readonly issues: ValidationIssue[];
  public constructor(issues: ValidationIssue[]) {
    super(`Validation failed: ${issues.map((i) => `${i.field}:${i.code}`).join(', ')}`);
    this.name = 'ValidationError';
    this.issues = issues;
    Object.setPrototypeOf(this, ValidationError.prototype);
  }
}
