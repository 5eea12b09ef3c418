/**
 * Classifications, their approved snapshots and shared information types as every store keeps them: flat fields
 * shaped like the SharePoint lists (src/data/schema/classificationsList.ts …) with the complex parts as JSON text,
 * shared by the SharePoint and the local adapter.
 *
 * - `toClassificationRecord(object)` gives the fields to write (only the known fields: an `id` or `etag` passed in
 *   with the object is not stored).
 * - `parseClassificationRecord(raw, identity)` checks what a store gave back (hand-edited list items, old preview
 *   data) and returns either a valid object or the reasons it is not one: adapters put those in `broken`.
 *
 * Which rules apply to a stored object depends on its status. A draft may be incomplete (the wizard saves as it
 * goes), so only what makes it unreadable is refused: no name, no owner, unknown kind/status/levels, approval
 * fields on a draft. An approved version must meet every approval rule (`approvalIssues`) and name its approver.
 * The reasons are short technical diagnostics (field: problem) for an administrator, not UI text.
 */
import {
  approvalIssues,
  CLASSIFICATION_STATUSES,
  effectiveProfile,
  formatProfile,
  isClassificationObjectKind,
  isIsoDate,
  validateClassification,
  validateSharedInformationType,
  type ClassificationObject,
  type ClassificationObjectKind,
  type ClassificationStatus,
  type SharedInformationType,
} from '../domain/classification';
import { isValidEmail, type Person } from '../domain/shared/Person';
import type { ValidationIssue } from '../domain/shared/Validation';
import type { Versioned } from '../domain/shared/Versioned';
import {
  describeValue,
  isPlainObject,
  parseJsonObject,
  plainInformationSet,
  readAssessments,
  readCriticality,
  readManualRaises,
  readPerson,
  readPersonalData,
  readSets,
  readString,
} from './classificationJson';
import type { ClassificationVersion, StoredClassification } from './ports/ClassificationRepository';
import type { SharedInformationTypeDraft, StoredSharedInformationType } from './ports/SharedInformationTypeRepository';

/** One stored classification's fields, store-neutral. SharePoint: Title, LisObjectKind, LisOwnerUnitId, … */
export interface ClassificationRecord {
  name: string;
  kind: string;
  /** The owner org unit's id (SharePoint: the lookup id). */
  ownerUnitId: string;
  status: string;
  version: number;
  /** Derived (`K2-R3-T2-S2`), for list views only; never read back. */
  profile: string;
  nextReviewDate: string | null;
  approvedByName: string | null;
  approvedByEmail: string | null;
  approvedAt: string | null;
  /**
   * JSON text `{ description, sets, manualRaises, criticality, approvedAt }`. The exact approval time is kept here
   * too: SharePoint's DateTime column drops the milliseconds, and a snapshot must match its object to the letter.
   */
  contentJson: string;
}

export type RawClassificationRecord = { [K in keyof ClassificationRecord]?: unknown };

/** The JSON part of a classification. */
export interface ClassificationContent {
  description: string;
  sets: ClassificationObject['sets'];
  manualRaises: ClassificationObject['manualRaises'];
  criticality: ClassificationObject['criticality'];
  approvedAt: string | null;
}

export type Parsed<T> = { value: T } | { reasons: string[] };

export function isParsed<T>(parsed: Parsed<T>): parsed is { value: T } {
  return 'value' in parsed;
}

/** Exactly the known fields of a classification object, as plain data (nothing shared with the input). */
export function plainClassificationObject(object: ClassificationObject): ClassificationObject {
  const manualRaises: Partial<Record<string, { level: number; motivering: string }>> = {};
  for (const key of Object.keys(object.manualRaises)) {
    const raise = object.manualRaises[key as keyof ClassificationObject['manualRaises']];
    if (raise) manualRaises[key] = { level: raise.level, motivering: raise.motivering };
  }
  return {
    name: object.name,
    kind: object.kind,
    ownerUnitId: object.ownerUnitId,
    description: object.description,
    sets: object.sets.map(plainInformationSet),
    status: object.status,
    version: object.version,
    approvedBy: object.approvedBy ? { displayName: object.approvedBy.displayName, email: object.approvedBy.email } : null,
    approvedAt: object.approvedAt,
    nextReviewDate: object.nextReviewDate,
    manualRaises: manualRaises as ClassificationObject['manualRaises'],
    criticality: { samhallsviktig: object.criticality.samhallsviktig, motivering: object.criticality.motivering },
  };
}

function profileText(object: ClassificationObject): string {
  try {
    return formatProfile(effectiveProfile(object));
  } catch {
    return '';
  }
}

/** The fields to store for an object. Values are kept exactly as given (the use cases normalise before saving). */
export function toClassificationRecord(object: ClassificationObject): ClassificationRecord {
  const plain = plainClassificationObject(object);
  const content: ClassificationContent = {
    description: plain.description,
    sets: plain.sets,
    manualRaises: plain.manualRaises,
    criticality: plain.criticality,
    approvedAt: plain.approvedAt,
  };
  return {
    name: plain.name,
    kind: plain.kind,
    ownerUnitId: plain.ownerUnitId,
    status: plain.status,
    version: plain.version,
    profile: profileText(plain),
    nextReviewDate: plain.nextReviewDate,
    approvedByName: plain.approvedBy ? plain.approvedBy.displayName : null,
    approvedByEmail: plain.approvedBy ? plain.approvedBy.email : null,
    approvedAt: plain.approvedAt,
    contentJson: JSON.stringify(content),
  };
}

/** Codes that make a stored draft (or shared type) unreadable; the rest are "not finished yet". */
const ALWAYS_CHECKED_CODES: readonly string[] = ['invalidChoice', 'tooLong'];
const ALWAYS_REQUIRED_FIELDS: readonly string[] = ['name', 'ownerUnitId'];

function draftIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.filter(
    (issue) => ALWAYS_CHECKED_CODES.indexOf(issue.code) >= 0 || (issue.code === 'required' && ALWAYS_REQUIRED_FIELDS.indexOf(issue.field) >= 0),
  );
}

function issueText(issue: ValidationIssue): string {
  const params = issue.params ? ` ${JSON.stringify(issue.params)}` : '';
  return `${issue.field}: ${issue.code}${params}`;
}

function readVersionNumber(value: unknown, field: string, reasons: string[]): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  if (typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value)) return Number(value);
  reasons.push(`${field}: expected a whole number ≥ 1, got ${describeValue(value)}`);
  return 1;
}

function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}

function readOptionalText(value: unknown, field: string, reasons: string[]): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  reasons.push(`${field}: expected text, got ${describeValue(value)}`);
  return null;
}

/**
 * The store's rules for a classification object, whatever store it came from: the domain's rules for a draft that
 * can be stored, or every approval rule for an approved version. Returns reasons; [] when the object is fine.
 */
export function storedClassificationIssues(object: ClassificationObject): string[] {
  const reasons: string[] = [];
  if ((CLASSIFICATION_STATUSES as readonly string[]).indexOf(object.status) < 0) {
    reasons.push(`status: expected draft or approved, got ${describeValue(object.status)}`);
    return reasons;
  }
  if (!Number.isInteger(object.version) || object.version < 1) reasons.push(`version: expected a whole number ≥ 1, got ${describeValue(object.version)}`);
  if (object.nextReviewDate !== null && !isIsoDate(object.nextReviewDate)) {
    reasons.push(`nextReviewDate: expected YYYY-MM-DD, got ${describeValue(object.nextReviewDate)}`);
  }
  let issues: ValidationIssue[];
  try {
    if (object.status === 'draft') {
      if (object.approvedBy !== null) reasons.push('approvedBy: a draft has no approver');
      if (object.approvedAt !== null) reasons.push('approvedAt: a draft has no approval time');
      issues = draftIssues(validateClassification(object));
    } else {
      if (object.approvedBy === null) reasons.push('approvedBy: missing on an approved version');
      else {
        if (!object.approvedBy.displayName.trim()) reasons.push('approvedBy.displayName: required');
        if (!isValidEmail(object.approvedBy.email)) reasons.push(`approvedBy.email: invalidEmail (${describeValue(object.approvedBy.email)})`);
      }
      if (!isIsoDateTime(object.approvedAt)) reasons.push(`approvedAt: expected an ISO date-time, got ${describeValue(object.approvedAt)}`);
      if (object.nextReviewDate === null) reasons.push('nextReviewDate: missing on an approved version');
      issues = approvalIssues({ ...object, status: 'draft' });
    }
  } catch (error) {
    reasons.push(`object: unreadable (${error instanceof Error ? error.message : 'unknown error'})`);
    return reasons;
  }
  reasons.push(...issues.map(issueText));
  return reasons;
}

/** Reads the JSON content and the flat fields into an object (shape only). */
function readClassificationFields(record: RawClassificationRecord, reasons: string[]): ClassificationObject {
  const content = parseJsonObject(record.contentJson, 'content', reasons) ?? {};
  const kind = readString(record.kind, 'kind', reasons, true);
  if (!isClassificationObjectKind(kind)) reasons.push(`kind: expected verksamhet, process, tjanst or it-system, got ${describeValue(record.kind)}`);
  const ownerValue = record.ownerUnitId;
  let ownerUnitId = '';
  if (typeof ownerValue === 'string') ownerUnitId = ownerValue;
  else if (typeof ownerValue === 'number' && Number.isInteger(ownerValue) && ownerValue > 0) ownerUnitId = String(ownerValue);
  else if (ownerValue !== undefined && ownerValue !== null) reasons.push(`ownerUnitId: expected an id, got ${describeValue(ownerValue)}`);
  const status = readString(record.status, 'status', reasons, true);
  const approvedByName = readOptionalText(record.approvedByName, 'approvedByName', reasons);
  const approvedByEmail = readOptionalText(record.approvedByEmail, 'approvedByEmail', reasons);
  const approvedBy: Person | null =
    approvedByName === null && approvedByEmail === null ? null : { displayName: approvedByName ?? '', email: approvedByEmail ?? '' };
  return {
    name: readString(record.name, 'name', reasons, true),
    kind: kind as ClassificationObjectKind,
    ownerUnitId,
    description: readString(content.description, 'content.description', reasons, true),
    sets: readSets(content.sets, 'content.sets', reasons),
    status: status as ClassificationStatus,
    version: readVersionNumber(record.version, 'version', reasons),
    approvedBy,
    // The content's exact text wins over the DateTime column (which a store may have normalised).
    approvedAt: typeof content.approvedAt === 'string' && content.approvedAt ? content.approvedAt : readOptionalText(record.approvedAt, 'approvedAt', reasons),
    nextReviewDate: readOptionalText(record.nextReviewDate, 'nextReviewDate', reasons),
    manualRaises: readManualRaises(content.manualRaises, 'content.manualRaises', reasons),
    criticality: readCriticality(content.criticality, 'content.criticality', reasons),
  };
}

function pickIdentity(identity: Versioned): Versioned {
  return { id: identity.id, etag: identity.etag, modified: identity.modified, modifiedBy: identity.modifiedBy };
}

function identityReasons(identity: Versioned): string[] {
  const reasons: string[] = [];
  if (!identity.id) reasons.push('id: missing');
  if (!identity.etag) reasons.push('etag: missing');
  return reasons;
}

/** Checks a stored classification record: its shape, then the store's rules for its status. Never throws. */
export function parseClassificationRecord(raw: unknown, identity: Versioned): Parsed<StoredClassification> {
  if (!isPlainObject(raw)) return { reasons: [`record: expected an object, got ${describeValue(raw)}`] };
  const reasons: string[] = [...identityReasons(identity)];
  try {
    const object = readClassificationFields(raw as RawClassificationRecord, reasons);
    if (reasons.length === 0) reasons.push(...storedClassificationIssues(object));
    if (reasons.length > 0) return { reasons };
    return { value: { ...object, ...pickIdentity(identity) } };
  } catch (error) {
    return { reasons: [...reasons, `record: unreadable (${error instanceof Error ? error.message : 'unknown error'})`] };
  }
}

/** A whole classification object as JSON (the approved snapshot's format). */
export function toSnapshotJson(object: ClassificationObject): string {
  return JSON.stringify(plainClassificationObject(object));
}

/** Reads a snapshot's JSON back: it must be an approved object that meets every approval rule. Never throws. */
export function parseSnapshotJson(value: unknown): Parsed<ClassificationObject> {
  const reasons: string[] = [];
  const json = parseJsonObject(value, 'snapshot', reasons);
  if (!json) return { reasons };
  try {
    const content = JSON.stringify({
      description: json.description,
      sets: json.sets,
      manualRaises: json.manualRaises,
      criticality: json.criticality,
    });
    const approvedBy = json.approvedBy === null || json.approvedBy === undefined ? null : readPerson(json.approvedBy, 'snapshot.approvedBy', reasons);
    const object = readClassificationFields(
      {
        name: json.name,
        kind: json.kind,
        ownerUnitId: json.ownerUnitId,
        status: json.status,
        version: json.version,
        nextReviewDate: json.nextReviewDate,
        approvedByName: approvedBy ? approvedBy.displayName : null,
        approvedByEmail: approvedBy ? approvedBy.email : null,
        approvedAt: json.approvedAt,
        contentJson: content,
      },
      reasons,
    );
    if (reasons.length === 0 && object.status !== 'approved') reasons.push(`snapshot.status: expected approved, got ${describeValue(object.status)}`);
    if (reasons.length === 0) reasons.push(...storedClassificationIssues(object));
    return reasons.length > 0 ? { reasons } : { value: object };
  } catch (error) {
    return { reasons: [...reasons, `snapshot: unreadable (${error instanceof Error ? error.message : 'unknown error'})`] };
  }
}

/** One stored approved snapshot, store-neutral. SharePoint: LisClassificationId, LisVersion, LisSnapshot, … */
export interface ClassificationVersionRecord {
  objectId: string;
  version: number;
  snapshotJson: string;
  approvedByEmail: string;
  approvedAt: string;
}

export type RawClassificationVersionRecord = { [K in keyof ClassificationVersionRecord]?: unknown };

/**
 * Why `version` cannot be recorded as an approved snapshot ([] when it can): the snapshot must be an approved
 * object meeting every approval rule, and its version, approver and approval time must be the record's.
 */
export function classificationVersionIssues(version: ClassificationVersion): string[] {
  const reasons: string[] = [];
  if (!version.objectId) reasons.push('objectId: missing');
  if (version.snapshot.status !== 'approved') reasons.push(`snapshot.status: expected approved, got ${describeValue(version.snapshot.status)}`);
  else reasons.push(...storedClassificationIssues(version.snapshot));
  if (version.snapshot.version !== version.version) reasons.push(`version: ${version.version} is not the snapshot's ${version.snapshot.version}`);
  const approver = version.snapshot.approvedBy;
  if (!approver || approver.displayName !== version.approvedBy.displayName || approver.email !== version.approvedBy.email) {
    reasons.push("approvedBy: not the snapshot's approver");
  }
  if (version.snapshot.approvedAt !== version.approvedAt) reasons.push("approvedAt: not the snapshot's approval time");
  return reasons;
}

export function toClassificationVersionRecord(version: ClassificationVersion): ClassificationVersionRecord {
  return {
    objectId: version.objectId,
    version: version.version,
    snapshotJson: toSnapshotJson(version.snapshot),
    approvedByEmail: version.approvedBy.email,
    approvedAt: version.approvedAt,
  };
}

/** Checks a stored snapshot record; the approver and time come from the snapshot itself. Never throws. */
export function parseClassificationVersionRecord(raw: unknown): Parsed<ClassificationVersion> {
  if (!isPlainObject(raw)) return { reasons: [`record: expected an object, got ${describeValue(raw)}`] };
  const record = raw as RawClassificationVersionRecord;
  const reasons: string[] = [];
  const objectValue = record.objectId;
  const objectId = typeof objectValue === 'string' ? objectValue : typeof objectValue === 'number' ? String(objectValue) : '';
  if (!objectId) reasons.push(`objectId: expected an id, got ${describeValue(objectValue)}`);
  const version = readVersionNumber(record.version, 'version', reasons);
  const snapshot = parseSnapshotJson(record.snapshotJson);
  if (!isParsed(snapshot)) return { reasons: [...reasons, ...snapshot.reasons] };
  const approvedBy = snapshot.value.approvedBy;
  const approvedAt = snapshot.value.approvedAt;
  if (snapshot.value.version !== version) reasons.push(`version: ${version} is not the snapshot's ${snapshot.value.version}`);
  if (reasons.length > 0 || approvedBy === null || approvedAt === null) return { reasons };
  return { value: { objectId, version, snapshot: snapshot.value, approvedBy, approvedAt } };
}

/** One stored shared information type's fields, store-neutral. SharePoint: Title, LisContent, LisActive. */
export interface SharedInformationTypeRecord {
  name: string;
  /** JSON text `{ description, assessments, personalData }`. */
  contentJson: string;
  active: boolean;
}

export type RawSharedInformationTypeRecord = { [K in keyof SharedInformationTypeRecord]?: unknown };

/** Exactly the known fields of a shared type draft (an `id` passed in is dropped). */
export function plainSharedInformationTypeDraft(draft: SharedInformationTypeDraft): SharedInformationTypeDraft {
  const set = plainInformationSet({ ...draft, id: '' });
  return { name: set.name, description: set.description, assessments: set.assessments, personalData: set.personalData, active: draft.active };
}

export function toSharedInformationTypeRecord(draft: SharedInformationTypeDraft): SharedInformationTypeRecord {
  const plain = plainSharedInformationTypeDraft(draft);
  return {
    name: plain.name,
    contentJson: JSON.stringify({ description: plain.description, assessments: plain.assessments, personalData: plain.personalData }),
    active: plain.active,
  };
}

/**
 * The store's rules for a shared type: readable levels and personal data kind and a name (a coordinator may save a
 * type before every motivering is written). Returns reasons.
 */
export function storedSharedTypeIssues(type: SharedInformationType): string[] {
  try {
    const issues = validateSharedInformationType(type).filter(
      (issue) => ALWAYS_CHECKED_CODES.indexOf(issue.code) >= 0 || (issue.code === 'required' && issue.field === 'name'),
    );
    return issues.map(issueText);
  } catch (error) {
    return [`type: unreadable (${error instanceof Error ? error.message : 'unknown error'})`];
  }
}

/** Checks a stored shared type record. Never throws. */
export function parseSharedInformationTypeRecord(raw: unknown, identity: Versioned): Parsed<StoredSharedInformationType> {
  if (!isPlainObject(raw)) return { reasons: [`record: expected an object, got ${describeValue(raw)}`] };
  const record = raw as RawSharedInformationTypeRecord;
  const reasons: string[] = [...identityReasons(identity)];
  try {
    const content = parseJsonObject(record.contentJson, 'content', reasons) ?? {};
    const active = record.active;
    if (typeof active !== 'boolean') reasons.push(`active: expected true or false, got ${describeValue(active)}`);
    const type: SharedInformationType = {
      id: identity.id,
      name: readString(record.name, 'name', reasons, true),
      description: readString(content.description, 'content.description', reasons, true),
      assessments: readAssessments(content.assessments, 'content.assessments', reasons),
      personalData: readPersonalData(content.personalData, 'content.personalData', reasons),
    };
    if (reasons.length === 0) reasons.push(...storedSharedTypeIssues(type));
    if (reasons.length > 0) return { reasons };
    return { value: { ...type, ...pickIdentity(identity), active: active === true } };
  } catch (error) {
    return { reasons: [...reasons, `record: unreadable (${error instanceof Error ? error.message : 'unknown error'})`] };
  }
}
