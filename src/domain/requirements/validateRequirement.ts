import { isAspect } from '../classification/levels';
import type { ValidationIssue } from '../shared/Validation';
import { isRequirementKind, isRequirementLevel, normaliseCode, type Requirement } from './Requirement';

export const MAX_CODE_LENGTH = 20;
export const MAX_TITLE_LENGTH = 255;
export const MAX_REQUIREMENT_TEXT_LENGTH = 4000;
export const MAX_REFERENCE_LENGTH = 255;

/** Letters, digits and `.`, `-`, `_`, starting with a letter or digit: `ADM-01`, `TEK-12`, `KS.3.1`. */
const CODE = /^[A-Z0-9ÅÄÖ][A-Z0-9ÅÄÖ._-]*$/;

export function isValidRequirementCode(code: string): boolean {
  const normalised = normaliseCode(code);
  return normalised.length <= MAX_CODE_LENGTH && CODE.test(normalised);
}

function text(issues: ValidationIssue[], field: string, value: unknown, max: number): void {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  if (!trimmed) issues.push({ field, code: 'required' });
  else if (trimmed.length > max) issues.push({ field, code: 'tooLong', params: { max } });
}

/**
 * Every rule for one requirement. Fields are the model's names (`code`, `isText`, `aspects` …); the catalogue import
 * maps them to its column names. Values from outside (import, stored data) are checked, not trusted, so each field is
 * read as `unknown`.
 */
export function validateRequirement(requirement: Requirement): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const code = typeof requirement.code === 'string' ? requirement.code.trim() : '';
  if (!code) issues.push({ field: 'code', code: 'required' });
  else if (!isValidRequirementCode(code)) {
    issues.push({ field: 'code', code: 'invalidRequirementCode', params: { max: MAX_CODE_LENGTH } });
  }
  text(issues, 'title', requirement.title, MAX_TITLE_LENGTH);
  text(issues, 'isText', requirement.isText, MAX_REQUIREMENT_TEXT_LENGTH);
  text(issues, 'skaText', requirement.skaText, MAX_REQUIREMENT_TEXT_LENGTH);
  if (!isRequirementKind(requirement.kind)) issues.push({ field: 'kind', code: 'invalidChoice' });

  const aspects: unknown = requirement.aspects;
  if (!Array.isArray(aspects) || aspects.length === 0) issues.push({ field: 'aspects', code: 'required' });
  else if (!aspects.every(isAspect) || new Set(aspects).size !== aspects.length) {
    issues.push({ field: 'aspects', code: 'invalidChoice' });
  }

  if (!isRequirementLevel(requirement.minLevel)) issues.push({ field: 'minLevel', code: 'invalidChoice' });
  else if (requirement.baseline === true && requirement.minLevel !== 1) issues.push({ field: 'minLevel', code: 'baselineLevel' });
  if (typeof requirement.baseline !== 'boolean') issues.push({ field: 'baseline', code: 'invalidChoice' });

  text(issues, 'reference', requirement.reference, MAX_REFERENCE_LENGTH);
  return issues;
}

/** A catalogue-wide issue: which requirement (by position and code) and what is wrong with it. */
export interface CatalogueIssue extends ValidationIssue {
  /** 0-based position in the catalogue. */
  index: number;
}

/** Every requirement valid and every code unique (case-insensitively). An empty catalogue is an error. */
export function validateCatalogue(catalogue: readonly Requirement[]): CatalogueIssue[] {
  if (catalogue.length === 0) return [{ index: -1, field: 'catalogue', code: 'emptyCatalogue' }];
  const issues: CatalogueIssue[] = [];
  const firstIndex = new Map<string, number>();
  catalogue.forEach((requirement, index) => {
    for (const issue of validateRequirement(requirement)) issues.push({ ...issue, index });
    if (typeof requirement.code !== 'string' || !requirement.code.trim()) return;
    const key = normaliseCode(requirement.code);
    const first = firstIndex.get(key);
    if (first === undefined) firstIndex.set(key, index);
    else issues.push({ index, field: 'code', code: 'duplicateCode', params: { code: key, first: first + 1 } });
  });
  return issues;
}
