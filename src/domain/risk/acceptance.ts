import { stockholmDate } from '../classification/calendarDate';
import { isIsoDate } from '../requirements/isoDate';
import { isValidEmail, type Person } from '../shared/Person';
import { ValidationError, type ValidationIssue } from '../shared/Validation';
import { MATERIAL_FIELDS, snapshotOf, type Assessment, type MaterialField, type Risk, type RiskSnapshot } from './Risk';
import { ACCEPTANCE_ROLES, type AcceptanceRole, type RiskLevelDefinition, type RiskMatrix } from './RiskMatrix';
import { currentAssessment, isAssessmentOnMatrix, scoreRisk } from './scoreRisk';

/** True when `role` may accept a risk at `level`: the level's own role or any higher one. */
export function mayAccept(role: AcceptanceRole, level: Pick<RiskLevelDefinition, 'acceptedBy'>): boolean {
  return ACCEPTANCE_ROLES.indexOf(role) >= ACCEPTANCE_ROLES.indexOf(level.acceptedBy);
}

/** The roles that may accept a risk at `level`, lowest first. */
export function rolesThatMayAccept(level: Pick<RiskLevelDefinition, 'acceptedBy'>): AcceptanceRole[] {
  return ACCEPTANCE_ROLES.filter((role) => mayAccept(role, level));
}

/** The level an acceptance is about: the residual risk if assessed, else the inherent; null when not assessed. */
export function acceptanceLevel(risk: Pick<Risk, 'inherent' | 'residual'>, matrix: RiskMatrix): RiskLevelDefinition | null {
  const assessment = currentAssessment(risk);
  if (!assessment || !isAssessmentOnMatrix(matrix, assessment)) return null;
  return scoreRisk(matrix, assessment).level;
}

function acceptorIssues(by: Person): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!by.displayName || !by.displayName.trim()) issues.push({ field: 'acceptedBy.displayName', code: 'required' });
  if (!by.email || !by.email.trim()) issues.push({ field: 'acceptedBy.email', code: 'required' });
  else if (!isValidEmail(by.email)) issues.push({ field: 'acceptedBy.email', code: 'invalidEmail' });
  return issues;
}

/**
 * `by`, acting in `role`, accepts the risk at `at` until `validUntil` (inclusive, `YYYY-MM-DD`). The level decides
 * who may accept: the residual risk's level if assessed, else the inherent one's. The acceptance stores a snapshot
 * of the risk's material fields; a later change to any of them voids it (see `acceptanceState`). Returns a copy;
 * the input is untouched. Throws a ValidationError with every issue: `notAssessed`, `offScale`,
 * `mayNotAccept` (params level label and the lowest role that may), person issues, `invalidDate`, `dateInPast`.
 */
export function acceptRisk<T extends Risk>(
  risk: T,
  matrix: RiskMatrix,
  by: Person,
  role: AcceptanceRole,
  at: Date,
  validUntil: string
): T {
  if (isNaN(at.getTime())) throw new RangeError('Invalid acceptance time');
  const issues: ValidationIssue[] = [];
  const assessment = currentAssessment(risk);
  const field = risk.residual ? 'residual' : 'inherent';
  if (!assessment) issues.push({ field: 'inherent', code: 'notAssessed' });
  else if (!isAssessmentOnMatrix(matrix, assessment)) {
    issues.push({ field: `${field}.likelihood`, code: 'offScale', params: { max: matrix.likelihood.length } });
  } else {
    const level = scoreRisk(matrix, assessment).level;
    if (!mayAccept(role, level)) issues.push({ field: 'role', code: 'mayNotAccept', params: { level: level.label, role: level.acceptedBy } });
  }
  issues.push(...acceptorIssues(by));
  if (!isIsoDate(validUntil)) issues.push({ field: 'validUntil', code: 'invalidDate' });
  else if (validUntil < stockholmDate(at)) issues.push({ field: 'validUntil', code: 'dateInPast' });
  if (issues.length > 0) throw new ValidationError(issues);
  return {
    ...risk,
    acceptance: {
      acceptedBy: { displayName: by.displayName.trim(), email: by.email.trim() },
      acceptedAt: at.toISOString(),
      validUntil,
      role,
      snapshot: snapshotOf(risk),
    },
  };
}

/** A risk without its acceptance (e.g. when the accepting person withdraws it). Returns a copy. */
export function withdrawAcceptance<T extends Risk>(risk: T): T {
  return { ...risk, acceptance: null };
}

function sameAssessment(a: Assessment | null, b: Assessment | null): boolean {
  if (a === null || b === null) return a === b;
  return a.likelihood === b.likelihood && a.consequence === b.consequence;
}

/**
 * The material fields that differ between the snapshot and the risk now: the three texts (compared trimmed), the
 * inherent and residual S and K (motivering wording is not material) and the treatment. In MATERIAL_FIELDS order.
 */
export function materialChanges(snapshot: RiskSnapshot, risk: Pick<Risk, MaterialField>): MaterialField[] {
  return MATERIAL_FIELDS.filter((field) => {
    switch (field) {
      case 'cause':
      case 'event':
      case 'consequence':
        return snapshot[field].trim() !== risk[field].trim();
      case 'inherent':
      case 'residual':
        return !sameAssessment(snapshot[field], risk[field]);
      case 'treatment':
        return snapshot.treatment !== risk.treatment;
    }
  });
}

export type AcceptanceStateName = 'none' | 'valid' | 'expired' | 'void';

export interface AcceptanceStatus {
  /** none: not accepted; void: a material field changed since; expired: `validUntil` has passed; valid otherwise. */
  state: AcceptanceStateName;
  /** For `void`: which material fields changed. Empty otherwise. */
  changed: MaterialField[];
  /** The acceptance's last valid day, or null for none. */
  validUntil: string | null;
}

/**
 * Whether the risk's acceptance holds on `today` (`YYYY-MM-DD`, passed in). A material change voids it (and wins over
 * expiry); it is valid through its `validUntil` day and expired from the day after.
 */
export function acceptanceState(risk: Pick<Risk, MaterialField | 'acceptance'>, today: string): AcceptanceStatus {
  if (!isIsoDate(today)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${today}`);
  const acceptance = risk.acceptance;
  if (!acceptance) return { state: 'none', changed: [], validUntil: null };
  const changed = materialChanges(acceptance.snapshot, risk);
  if (changed.length > 0) return { state: 'void', changed, validUntil: acceptance.validUntil };
  return { state: acceptance.validUntil < today ? 'expired' : 'valid', changed: [], validUntil: acceptance.validUntil };
}
