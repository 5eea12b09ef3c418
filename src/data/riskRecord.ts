/**
 * Risk matrices, risk analyses, risks and risk actions as every store keeps them: flat fields shaped like the
 * SharePoint lists (src/data/schema/risk*List.ts) — the ones LIS filters or sorts on — with the rest as JSON text
 * (`contentJson`), shared by the SharePoint and the local adapter.
 *
 * - `toRisk…Record(value)` gives the fields to write (only the known fields: an `id` or `etag` passed in is not stored).
 * - `parseRisk…Record(raw, identity)` checks what a store gave back (hand-edited list items, old preview data) and
 *   returns either a valid value or the reasons it is not one: adapters put those in `broken`, never crash.
 * - `check…` refuses to write what could not be read back (InvalidStoredItemError).
 *
 * First the shape is checked (types, known choices, dates, JSON), then the domain's own rules: `validateMatrix`,
 * `validateRiskAnalysis`, `validateRiskAction`, and `validateRisk` on the widest matrix any analysis can have (a
 * store does not know which matrix version a risk is scored with: the use cases check the scale against it).
 * The reasons are short technical diagnostics (field: code), not UI text.
 */
import { isAspect, isIsoDate, type Aspect } from '../domain/classification';
import { isRequirementKind, normaliseCode, type RequirementKind } from '../domain/requirements';
import {
  isAcceptanceRole,
  isRiskActionKind,
  isRiskActionStatus,
  isRiskAnalysisStatus,
  isRiskSubjectKind,
  isRiskTreatment,
  MAX_SCALE_LEVELS,
  validateMatrix,
  validateRisk,
  validateRiskAction,
  validateRiskAnalysis,
  type AcceptanceRole,
  type Assessment,
  type Risk,
  type RiskAcceptance,
  type RiskAction,
  type RiskActionKind,
  type RiskActionStatus,
  type RiskAnalysis,
  type RiskAnalysisStatus,
  type RiskLevelDefinition,
  type RiskMatrix,
  type RiskSubjectKind,
  type RiskTreatment,
  type ScaleLevel,
} from '../domain/risk';
import type { Person } from '../domain/shared/Person';
import type { ValidationIssue } from '../domain/shared/Validation';
import type { Versioned } from '../domain/shared/Versioned';
import { describeValue, isPlainObject, parseJsonObject, readPerson, readString } from './classificationJson';
import type { Parsed } from './classificationRecord';
import { InvalidStoredItemError } from './ports/errors';
import type { StoredRiskAction } from './ports/RiskActionRepository';
import type { StoredRiskAnalysis } from './ports/RiskAnalysisRepository';
import type { StoredRiskMatrix } from './ports/RiskMatrixRepository';
import type { StoredRisk } from './ports/RiskRepository';

// ---------------------------------------------------------------------------------------------------------------
// Records

/** One matrix version. SharePoint: Title, LisVersion, LisContent. */
export interface RiskMatrixRecord {
  name: string;
  version: number;
  /** JSON `{ likelihood, consequence, levels, createdBy, createdAt }`. */
  contentJson: string;
}

/** One analysis. SharePoint: Title, LisSubjectKind, LisClassificationId, LisOwnerUnitId, LisStatus, … */
export interface RiskAnalysisRecord {
  name: string;
  subjectKind: string;
  classificationObjectId: string | null;
  ownerUnitId: string;
  status: string;
  /** `YYYY-MM-DD`. */
  date: string;
  nextFollowUpDate: string | null;
  matrixVersion: number;
  /** JSON `{ purpose, scope, participants }`. */
  contentJson: string;
}

/** One risk. SharePoint: Title (event), LisAnalysisId, LisOwnerUnitId, LisRiskOwnerEmail, LisInherentValue, … */
export interface RiskRecord {
  analysisId: string;
  /** The analysis' owner unit, denormalised for the register. */
  ownerUnitId: string;
  /** The event cut to a list title (255 characters, never empty); derived, never read back. */
  title: string;
  /** Lower-cased, for the register's owner filter. */
  riskOwnerEmail: string | null;
  /** S × K of the inherent assessment; derived, never read back. */
  inherentValue: number | null;
  /** S × K of the residual assessment; derived, never read back. */
  residualValue: number | null;
  treatment: string | null;
  /** JSON: every field of the risk but the analysis (cause, event, consequence, aspects, owner, assessments, acceptance…). */
  contentJson: string;
}

/** One action. SharePoint: Title (description), LisRiskId, LisAnalysisId, LisStatus, LisResponsibleEmail, … */
export interface RiskActionRecord {
  riskId: string;
  /** The risk's analysis, denormalised so that an analysis loads its actions at once. */
  analysisId: string;
  /** The description cut to a list title (255 characters, never empty); derived, never read back. */
  title: string;
  status: string;
  responsibleEmail: string | null;
  targetDate: string | null;
  /** JSON `{ description, kind, securityKind, responsible, requirementCodes }`. */
  contentJson: string;
}

type Raw<T> = { [K in keyof T]?: unknown };

export { isParsed, type Parsed } from './classificationRecord';

// ---------------------------------------------------------------------------------------------------------------
// Plain copies (only the known fields; nothing shared with the input)

function plainPerson(person: Person): Person {
  return { displayName: person.displayName, email: person.email };
}

function plainAssessment(assessment: Assessment | null): Assessment | null {
  return assessment ? { likelihood: assessment.likelihood, consequence: assessment.consequence, motivering: assessment.motivering } : null;
}

export function plainRiskMatrix(matrix: RiskMatrix): RiskMatrix {
  const scale = (levels: readonly ScaleLevel[]): ScaleLevel[] => levels.map((l) => ({ value: l.value, label: l.label, description: l.description }));
  return {
    version: matrix.version,
    name: matrix.name,
    likelihood: scale(matrix.likelihood),
    consequence: scale(matrix.consequence),
    levels: matrix.levels.map(
      (l): RiskLevelDefinition => ({
        key: l.key,
        label: l.label,
        min: l.min,
        max: l.max,
        colour: l.colour,
        textColour: l.textColour,
        acceptedBy: l.acceptedBy,
        informKommunstyrelsen: l.informKommunstyrelsen,
        description: l.description,
      }),
    ),
    createdBy: plainPerson(matrix.createdBy),
    createdAt: matrix.createdAt,
  };
}

export function plainRiskAnalysis(analysis: RiskAnalysis): RiskAnalysis {
  return {
    name: analysis.name,
    subjectKind: analysis.subjectKind,
    classificationObjectId: analysis.classificationObjectId,
    ownerUnitId: analysis.ownerUnitId,
    purpose: analysis.purpose,
    scope: analysis.scope,
    participants: analysis.participants.map(plainPerson),
    date: analysis.date,
    status: analysis.status,
    nextFollowUpDate: analysis.nextFollowUpDate,
    matrixVersion: analysis.matrixVersion,
  };
}

function plainAcceptance(acceptance: RiskAcceptance | null): RiskAcceptance | null {
  if (!acceptance) return null;
  const s = acceptance.snapshot;
  return {
    acceptedBy: plainPerson(acceptance.acceptedBy),
    acceptedAt: acceptance.acceptedAt,
    validUntil: acceptance.validUntil,
    role: acceptance.role,
    snapshot: {
      cause: s.cause,
      event: s.event,
      consequence: s.consequence,
      inherent: plainAssessment(s.inherent),
      residual: plainAssessment(s.residual),
      treatment: s.treatment,
    },
  };
}

export function plainRisk(risk: Risk): Risk {
  return {
    analysisId: risk.analysisId,
    cause: risk.cause,
    event: risk.event,
    consequence: risk.consequence,
    aspects: [...risk.aspects],
    riskOwner: risk.riskOwner ? plainPerson(risk.riskOwner) : null,
    existingMeasures: risk.existingMeasures,
    inherent: plainAssessment(risk.inherent),
    treatment: risk.treatment,
    treatmentNote: risk.treatmentNote,
    residual: plainAssessment(risk.residual),
    acceptance: plainAcceptance(risk.acceptance),
  };
}

/** Exactly the known fields of an action, requirement codes normalised (`tek-04 ` -> `TEK-04`). */
export function plainRiskAction(action: RiskAction): RiskAction {
  return {
    riskId: action.riskId,
    description: action.description,
    kind: action.kind,
    securityKind: action.securityKind,
    responsible: action.responsible ? plainPerson(action.responsible) : null,
    targetDate: action.targetDate,
    status: action.status,
    requirementCodes: action.requirementCodes.map(normaliseCode),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// To records

/** A list item title: SharePoint's Title holds at most 255 characters and is required. */
export function listTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return '–';
  return line.length > 255 ? `${line.slice(0, 254)}…` : line;
}

const productOf = (a: Assessment | null): number | null => (a ? a.likelihood * a.consequence : null);
const emailKey = (person: Person | null): string | null => (person && person.email.trim() !== '' ? person.email.trim().toLowerCase() : null);

export function toRiskMatrixRecord(matrix: RiskMatrix): RiskMatrixRecord {
  const plain = plainRiskMatrix(matrix);
  return {
    name: plain.name,
    version: plain.version,
    contentJson: JSON.stringify({
      likelihood: plain.likelihood,
      consequence: plain.consequence,
      levels: plain.levels,
      createdBy: plain.createdBy,
      createdAt: plain.createdAt,
    }),
  };
}

export function toRiskAnalysisRecord(analysis: RiskAnalysis): RiskAnalysisRecord {
  const plain = plainRiskAnalysis(analysis);
  return {
    name: plain.name,
    subjectKind: plain.subjectKind,
    classificationObjectId: plain.classificationObjectId,
    ownerUnitId: plain.ownerUnitId,
    status: plain.status,
    date: plain.date,
    nextFollowUpDate: plain.nextFollowUpDate,
    matrixVersion: plain.matrixVersion,
    contentJson: JSON.stringify({ purpose: plain.purpose, scope: plain.scope, participants: plain.participants }),
  };
}

/** `ownerUnitId`: the owner unit of the risk's analysis (the adapters look it up). */
export function toRiskRecord(risk: Risk, ownerUnitId: string): RiskRecord {
  const plain = plainRisk(risk);
  return {
    analysisId: plain.analysisId,
    ownerUnitId,
    title: listTitle(plain.event),
    riskOwnerEmail: emailKey(plain.riskOwner),
    inherentValue: productOf(plain.inherent),
    residualValue: productOf(plain.residual),
    treatment: plain.treatment,
    contentJson: JSON.stringify({
      cause: plain.cause,
      event: plain.event,
      consequence: plain.consequence,
      aspects: plain.aspects,
      riskOwner: plain.riskOwner,
      existingMeasures: plain.existingMeasures,
      inherent: plain.inherent,
      treatmentNote: plain.treatmentNote,
      residual: plain.residual,
      acceptance: plain.acceptance,
    }),
  };
}

/** `analysisId`: the analysis of the action's risk (the adapters look it up). */
export function toRiskActionRecord(action: RiskAction, analysisId: string): RiskActionRecord {
  const plain = plainRiskAction(action);
  return {
    riskId: plain.riskId,
    analysisId,
    title: listTitle(plain.description),
    status: plain.status,
    responsibleEmail: emailKey(plain.responsible),
    targetDate: plain.targetDate,
    contentJson: JSON.stringify({
      description: plain.description,
      kind: plain.kind,
      securityKind: plain.securityKind,
      responsible: plain.responsible,
      requirementCodes: plain.requirementCodes,
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Readers (push a reason, never throw)

function readObject(raw: unknown, reasons: string[]): Record<string, unknown> {
  if (isPlainObject(raw)) return raw;
  reasons.push(`record: expected an object, got ${describeValue(raw)}`);
  return {};
}

function readId(value: unknown, field: string, reasons: string[]): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return String(value);
  reasons.push(`${field}: expected an id, got ${describeValue(value)}`);
  return '';
}

function readOptionalId(value: unknown, field: string, reasons: string[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  return readId(value, field, reasons);
}

function readWholeNumber(value: unknown, field: string, reasons: string[], min: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
  reasons.push(`${field}: expected a whole number >= ${min}, got ${describeValue(value)}`);
  return min;
}

function readDate(value: unknown, field: string, reasons: string[]): string {
  if (isIsoDate(value)) return value;
  reasons.push(`${field}: invalidDate (${describeValue(value)})`);
  return '';
}

function readOptionalDate(value: unknown, field: string, reasons: string[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  return readDate(value, field, reasons);
}

function readTimestamp(value: unknown, field: string, reasons: string[]): string {
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  reasons.push(`${field}: expected an ISO date-time, got ${describeValue(value)}`);
  return '';
}

function readChoice<T extends string>(value: unknown, field: string, reasons: string[], is: (v: unknown) => v is T, fallback: T): T {
  if (is(value)) return value;
  reasons.push(`${field}: invalidChoice (${describeValue(value)})`);
  return fallback;
}

function readOptionalPerson(value: unknown, field: string, reasons: string[]): Person | null {
  if (value === undefined || value === null) return null;
  return readPerson(value, field, reasons);
}

function readPersons(value: unknown, field: string, reasons: string[]): Person[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reasons.push(`${field}: expected a list of persons, got ${describeValue(value)}`);
    return [];
  }
  return value.map((p: unknown, i: number) => readPerson(p, `${field}.${i}`, reasons));
}

function readScaleValue(value: unknown, field: string, reasons: string[]): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6) return value;
  reasons.push(`${field}: expected a scale value 1-6, got ${describeValue(value)}`);
  return 1;
}

function readAssessment(value: unknown, field: string, reasons: string[]): Assessment | null {
  if (value === undefined || value === null) return null;
  if (!isPlainObject(value)) {
    reasons.push(`${field}: expected an assessment, got ${describeValue(value)}`);
    return null;
  }
  return {
    likelihood: readScaleValue(value.likelihood, `${field}.likelihood`, reasons),
    consequence: readScaleValue(value.consequence, `${field}.consequence`, reasons),
    motivering: readString(value.motivering, `${field}.motivering`, reasons, true),
  };
}

function readOptionalChoice<T extends string>(value: unknown, field: string, reasons: string[], is: (v: unknown) => v is T): T | null {
  if (value === undefined || value === null || value === '') return null;
  if (is(value)) return value;
  reasons.push(`${field}: invalidChoice (${describeValue(value)})`);
  return null;
}

function readAspects(value: unknown, field: string, reasons: string[]): Aspect[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reasons.push(`${field}: expected a list of aspects, got ${describeValue(value)}`);
    return [];
  }
  const aspects: Aspect[] = [];
  value.forEach((a: unknown, i: number) => {
    if (!isAspect(a)) reasons.push(`${field}.${i}: invalidChoice (${describeValue(a)})`);
    else if (aspects.indexOf(a) < 0) aspects.push(a);
  });
  return aspects;
}

function readAcceptance(value: unknown, field: string, reasons: string[]): RiskAcceptance | null {
  if (value === undefined || value === null) return null;
  if (!isPlainObject(value)) {
    reasons.push(`${field}: expected an acceptance, got ${describeValue(value)}`);
    return null;
  }
  const snapshot = isPlainObject(value.snapshot) ? value.snapshot : undefined;
  if (!snapshot) reasons.push(`${field}.snapshot: expected an object, got ${describeValue(value.snapshot)}`);
  const s = snapshot ?? {};
  return {
    acceptedBy: readPerson(value.acceptedBy, `${field}.acceptedBy`, reasons),
    acceptedAt: readTimestamp(value.acceptedAt, `${field}.acceptedAt`, reasons),
    validUntil: readDate(value.validUntil, `${field}.validUntil`, reasons),
    role: readChoice<AcceptanceRole>(value.role, `${field}.role`, reasons, isAcceptanceRole, 'riskOwner'),
    snapshot: {
      cause: readString(s.cause, `${field}.snapshot.cause`, reasons, true),
      event: readString(s.event, `${field}.snapshot.event`, reasons, true),
      consequence: readString(s.consequence, `${field}.snapshot.consequence`, reasons, true),
      inherent: readAssessment(s.inherent, `${field}.snapshot.inherent`, reasons),
      residual: readAssessment(s.residual, `${field}.snapshot.residual`, reasons),
      treatment: readOptionalChoice<RiskTreatment>(s.treatment, `${field}.snapshot.treatment`, reasons, isRiskTreatment),
    },
  };
}

function readScale(value: unknown, field: string, reasons: string[]): ScaleLevel[] {
  if (!Array.isArray(value)) {
    reasons.push(`${field}: expected a list of scale levels, got ${describeValue(value)}`);
    return [];
  }
  return value.map((raw: unknown, i: number): ScaleLevel => {
    const f = `${field}.${i}`;
    if (!isPlainObject(raw)) {
      reasons.push(`${f}: expected a scale level, got ${describeValue(raw)}`);
      return { value: i + 1, label: '', description: '' };
    }
    return {
      value: readWholeNumber(raw.value, `${f}.value`, reasons, 1),
      label: readString(raw.label, `${f}.label`, reasons),
      description: readString(raw.description, `${f}.description`, reasons, true),
    };
  });
}

function readLevels(value: unknown, field: string, reasons: string[]): RiskLevelDefinition[] {
  if (!Array.isArray(value)) {
    reasons.push(`${field}: expected a list of risk levels, got ${describeValue(value)}`);
    return [];
  }
  return value.map((raw: unknown, i: number): RiskLevelDefinition => {
    const f = `${field}.${i}`;
    const l = isPlainObject(raw) ? raw : {};
    if (!isPlainObject(raw)) reasons.push(`${f}: expected a risk level, got ${describeValue(raw)}`);
    if (l.informKommunstyrelsen !== undefined && typeof l.informKommunstyrelsen !== 'boolean') {
      reasons.push(`${f}.informKommunstyrelsen: expected true or false, got ${describeValue(l.informKommunstyrelsen)}`);
    }
    return {
      key: readString(l.key, `${f}.key`, reasons),
      label: readString(l.label, `${f}.label`, reasons),
      min: readWholeNumber(l.min, `${f}.min`, reasons, 1),
      max: readWholeNumber(l.max, `${f}.max`, reasons, 1),
      colour: readString(l.colour, `${f}.colour`, reasons),
      textColour: readString(l.textColour, `${f}.textColour`, reasons),
      acceptedBy: readChoice<AcceptanceRole>(l.acceptedBy, `${f}.acceptedBy`, reasons, isAcceptanceRole, 'riskOwner'),
      informKommunstyrelsen: l.informKommunstyrelsen === true,
      description: readString(l.description, `${f}.description`, reasons, true),
    };
  });
}

function readRequirementCodes(value: unknown, field: string, reasons: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reasons.push(`${field}: expected a list of requirement codes, got ${describeValue(value)}`);
    return [];
  }
  const codes: string[] = [];
  value.forEach((c: unknown, i: number) => {
    if (typeof c !== 'string' || c.trim() === '') reasons.push(`${field}.${i}: expected a requirement code, got ${describeValue(c)}`);
    else codes.push(normaliseCode(c));
  });
  return codes;
}

function identityReasons(identity: Versioned): string[] {
  const reasons: string[] = [];
  if (!identity.id) reasons.push('id: missing');
  if (!identity.etag) reasons.push('etag: missing');
  return reasons;
}

function withIdentity<T>(value: T, identity: Versioned): T & Versioned {
  return { ...value, id: identity.id, etag: identity.etag, modified: identity.modified, modifiedBy: identity.modifiedBy };
}

// ---------------------------------------------------------------------------------------------------------------
// Parse

function issueTexts(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => `${issue.field}: ${issue.code}${issue.params ? ` ${JSON.stringify(issue.params)}` : ''}`);
}

/** The scales of the widest matrix (6 × 6): a stored risk's values must at least lie on them. */
const WIDEST_SCALE: ScaleLevel[] = Array.from({ length: MAX_SCALE_LEVELS }, (_, i) => ({ value: i + 1, label: String(i + 1), description: '' }));
const WIDEST_MATRIX: RiskMatrix = {
  version: 1,
  name: '',
  likelihood: WIDEST_SCALE,
  consequence: WIDEST_SCALE,
  levels: [],
  createdBy: { displayName: '', email: '' },
  createdAt: '',
};

/** The domain's matrix rules (`validateMatrix`) as reasons. */
export function riskMatrixIssues(matrix: RiskMatrix): string[] {
  return issueTexts(validateMatrix(matrix));
}

export function parseRiskMatrixRecord(raw: unknown, identity: Versioned): Parsed<StoredRiskMatrix> {
  const reasons = identityReasons(identity);
  const record = readObject(raw, reasons) as Raw<RiskMatrixRecord>;
  const name = readString(record.name, 'name', reasons);
  const version = readWholeNumber(record.version, 'version', reasons, 1);
  const content = parseJsonObject(record.contentJson, 'contentJson', reasons) ?? {};
  const matrix: RiskMatrix = {
    version,
    name,
    likelihood: readScale(content.likelihood, 'likelihood', reasons),
    consequence: readScale(content.consequence, 'consequence', reasons),
    levels: readLevels(content.levels, 'levels', reasons),
    createdBy: readPerson(content.createdBy, 'createdBy', reasons),
    createdAt: readTimestamp(content.createdAt, 'createdAt', reasons),
  };
  if (reasons.length === 0) reasons.push(...riskMatrixIssues(matrix));
  return reasons.length > 0 ? { reasons } : { value: withIdentity(matrix, identity) };
}

export function parseRiskAnalysisRecord(raw: unknown, identity: Versioned): Parsed<StoredRiskAnalysis> {
  const reasons = identityReasons(identity);
  const record = readObject(raw, reasons) as Raw<RiskAnalysisRecord>;
  const name = readString(record.name, 'name', reasons);
  const content = parseJsonObject(record.contentJson, 'contentJson', reasons) ?? {};
  const analysis: RiskAnalysis = {
    name,
    subjectKind: readChoice<RiskSubjectKind>(record.subjectKind, 'subjectKind', reasons, isRiskSubjectKind, 'klassningsobjekt'),
    classificationObjectId: readOptionalId(record.classificationObjectId, 'classificationObjectId', reasons),
    ownerUnitId: readId(record.ownerUnitId, 'ownerUnitId', reasons),
    purpose: readString(content.purpose, 'purpose', reasons, true),
    scope: readString(content.scope, 'scope', reasons, true),
    participants: readPersons(content.participants, 'participants', reasons),
    date: readDate(record.date, 'date', reasons),
    status: readChoice<RiskAnalysisStatus>(record.status, 'status', reasons, isRiskAnalysisStatus, 'planerad'),
    nextFollowUpDate: readOptionalDate(record.nextFollowUpDate, 'nextFollowUpDate', reasons),
    matrixVersion: readWholeNumber(record.matrixVersion, 'matrixVersion', reasons, 1),
  };
  if (reasons.length === 0) reasons.push(...issueTexts(validateRiskAnalysis(analysis)));
  return reasons.length > 0 ? { reasons } : { value: withIdentity(analysis, identity) };
}

export function parseRiskRecord(raw: unknown, identity: Versioned): Parsed<StoredRisk> {
  const reasons = identityReasons(identity);
  const record = readObject(raw, reasons) as Raw<RiskRecord>;
  const content = parseJsonObject(record.contentJson, 'contentJson', reasons) ?? {};
  const risk: Risk = {
    analysisId: readId(record.analysisId, 'analysisId', reasons),
    cause: readString(content.cause, 'cause', reasons, true),
    event: readString(content.event, 'event', reasons, true),
    consequence: readString(content.consequence, 'consequence', reasons, true),
    aspects: readAspects(content.aspects, 'aspects', reasons),
    riskOwner: readOptionalPerson(content.riskOwner, 'riskOwner', reasons),
    existingMeasures: readString(content.existingMeasures, 'existingMeasures', reasons, true),
    inherent: readAssessment(content.inherent, 'inherent', reasons),
    treatment: readOptionalChoice<RiskTreatment>(record.treatment, 'treatment', reasons, isRiskTreatment),
    treatmentNote: readString(content.treatmentNote, 'treatmentNote', reasons, true),
    residual: readAssessment(content.residual, 'residual', reasons),
    acceptance: readAcceptance(content.acceptance, 'acceptance', reasons),
  };
  const ownerUnitId = readId(record.ownerUnitId, 'ownerUnitId', reasons);
  if (reasons.length === 0) reasons.push(...issueTexts(validateRisk(risk, WIDEST_MATRIX)));
  return reasons.length > 0 ? { reasons } : { value: { ...withIdentity(risk, identity), ownerUnitId } };
}

export function parseRiskActionRecord(raw: unknown, identity: Versioned): Parsed<StoredRiskAction> {
  const reasons = identityReasons(identity);
  const record = readObject(raw, reasons) as Raw<RiskActionRecord>;
  const content = parseJsonObject(record.contentJson, 'contentJson', reasons) ?? {};
  const action: RiskAction = {
    riskId: readId(record.riskId, 'riskId', reasons),
    description: readString(content.description, 'description', reasons, true),
    kind: readChoice<RiskActionKind>(content.kind, 'kind', reasons, isRiskActionKind, 'forebyggande'),
    securityKind: readChoice<RequirementKind>(content.securityKind, 'securityKind', reasons, isRequirementKind, 'administrativ'),
    responsible: readOptionalPerson(content.responsible, 'responsible', reasons),
    targetDate: readOptionalDate(record.targetDate, 'targetDate', reasons),
    status: readChoice<RiskActionStatus>(record.status, 'status', reasons, isRiskActionStatus, 'ejPaborjad'),
    requirementCodes: readRequirementCodes(content.requirementCodes, 'requirementCodes', reasons),
  };
  const analysisId = readId(record.analysisId, 'analysisId', reasons);
  if (reasons.length === 0) reasons.push(...issueTexts(validateRiskAction(action)));
  return reasons.length > 0 ? { reasons } : { value: { ...withIdentity(action, identity), analysisId } };
}

// ---------------------------------------------------------------------------------------------------------------
// Refuse to write what could not be read back

const CHECK_IDENTITY = (id: string): Versioned => ({ id, etag: '"1"', modified: '', modifiedBy: '' });

function check<T>(parsed: Parsed<T>, entity: string, id: string): void {
  if ('reasons' in parsed) throw new InvalidStoredItemError(entity, id, parsed.reasons);
}

export function checkRiskMatrixRecord(record: RiskMatrixRecord, id: string): void {
  check(parseRiskMatrixRecord(record, CHECK_IDENTITY(id)), 'RiskMatrix', id);
}

export function checkRiskAnalysisRecord(record: RiskAnalysisRecord, id: string): void {
  check(parseRiskAnalysisRecord(record, CHECK_IDENTITY(id)), 'RiskAnalysis', id);
}

export function checkRiskRecord(record: RiskRecord, id: string): void {
  check(parseRiskRecord(record, CHECK_IDENTITY(id)), 'Risk', id);
}

export function checkRiskActionRecord(record: RiskActionRecord, id: string): void {
  check(parseRiskActionRecord(record, CHECK_IDENTITY(id)), 'RiskAction', id);
}
