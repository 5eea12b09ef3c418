/**
 * Reading the JSON parts of stored classifications back (information sets, manual raises, criticality, shared
 * types' assessments): shape checks only, with a reason per problem (`sets.0.K.level: expected a level 0–4, got
 * "5"`). The domain rules are applied afterwards by classificationRecord.ts. Never throws.
 */
import {
  ASPECTS,
  CONSEQUENCE_CATEGORIES,
  LOWERING_STATUSES,
  isAspect,
  isLevel,
  isPersonalDataKind,
  type AspectAssessment,
  type ConsequenceCategory,
  type CriticalityAnswer,
  type InformationSet,
  type Level,
  type LoweringRequest,
  type LoweringStatus,
  type ManualRaise,
  type PersonalData,
  type PersonalDataKind,
  type Profile,
} from '../domain/classification';
import type { Aspect } from '../domain/classification';
import type { Person } from '../domain/shared/Person';

/** A short description of a bad value for a reason text; never throws. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses JSON text into an object; pushes a reason and returns undefined for anything else. */
export function parseJsonObject(value: unknown, field: string, reasons: string[]): Record<string, unknown> | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    reasons.push(`${field}: expected JSON text, got ${describeValue(value)}`);
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    reasons.push(`${field}: not valid JSON`);
    return undefined;
  }
  if (!isPlainObject(parsed)) {
    reasons.push(`${field}: expected a JSON object, got ${describeValue(parsed)}`);
    return undefined;
  }
  return parsed;
}

export function readString(value: unknown, field: string, reasons: string[], optional: boolean = false): string {
  if (typeof value === 'string') return value;
  if (optional && (value === undefined || value === null)) return '';
  reasons.push(`${field}: expected text, got ${describeValue(value)}`);
  return '';
}

export function readLevel(value: unknown, field: string, reasons: string[]): Level {
  if (isLevel(value)) return value;
  reasons.push(`${field}: expected a level 0–4, got ${describeValue(value)}`);
  return 0;
}

export function readPerson(value: unknown, field: string, reasons: string[]): Person {
  if (!isPlainObject(value)) {
    reasons.push(`${field}: expected a person, got ${describeValue(value)}`);
    return { displayName: '', email: '' };
  }
  return {
    displayName: readString(value.displayName, `${field}.displayName`, reasons),
    email: readString(value.email, `${field}.email`, reasons),
  };
}

function readConsequences(value: unknown, field: string, reasons: string[]): Partial<Record<ConsequenceCategory, Level>> {
  const result: Partial<Record<ConsequenceCategory, Level>> = {};
  if (value === undefined || value === null) return result;
  if (!isPlainObject(value)) {
    reasons.push(`${field}: expected an object, got ${describeValue(value)}`);
    return result;
  }
  for (const key of Object.keys(value)) {
    if ((CONSEQUENCE_CATEGORIES as readonly string[]).indexOf(key) < 0) {
      reasons.push(`${field}.${key}: unknown consequence category`);
      continue;
    }
    if (value[key] === undefined) continue;
    result[key as ConsequenceCategory] = readLevel(value[key], `${field}.${key}`, reasons);
  }
  return result;
}

function readAssessment(value: unknown, field: string, reasons: string[]): AspectAssessment {
  if (!isPlainObject(value)) {
    reasons.push(`${field}: expected an assessment, got ${describeValue(value)}`);
    return { level: 0, motivering: '', consequences: {} };
  }
  return {
    level: readLevel(value.level, `${field}.level`, reasons),
    motivering: readString(value.motivering, `${field}.motivering`, reasons, true),
    consequences: readConsequences(value.consequences, `${field}.consequences`, reasons),
  };
}

export function readAssessments(value: unknown, field: string, reasons: string[]): Record<Aspect, AspectAssessment> {
  const source = isPlainObject(value) ? value : {};
  if (!isPlainObject(value)) reasons.push(`${field}: expected an object with K, R, T and S, got ${describeValue(value)}`);
  const result = {} as Record<Aspect, AspectAssessment>;
  for (const aspect of ASPECTS) result[aspect] = readAssessment(source[aspect], `${field}.${aspect}`, reasons);
  return result;
}

export function readPersonalData(value: unknown, field: string, reasons: string[]): PersonalData {
  if (!isPlainObject(value)) {
    reasons.push(`${field}: expected an object, got ${describeValue(value)}`);
    return { kind: 'none', note: '' };
  }
  const kind = value.kind;
  if (!isPersonalDataKind(kind)) reasons.push(`${field}.kind: expected none, personal or sensitive, got ${describeValue(kind)}`);
  return { kind: (isPersonalDataKind(kind) ? kind : 'none') as PersonalDataKind, note: readString(value.note, `${field}.note`, reasons, true) };
}

function readProfile(value: unknown, field: string, reasons: string[]): Profile {
  const source = isPlainObject(value) ? value : {};
  if (!isPlainObject(value)) reasons.push(`${field}: expected a profile, got ${describeValue(value)}`);
  const result = {} as Record<Aspect, Level>;
  for (const aspect of ASPECTS) result[aspect] = readLevel(source[aspect], `${field}.${aspect}`, reasons);
  return result;
}

function readLoweringRequest(value: unknown, field: string, reasons: string[]): LoweringRequest {
  const source = isPlainObject(value) ? value : {};
  if (!isPlainObject(value)) reasons.push(`${field}: expected a lowering request, got ${describeValue(value)}`);
  const aspect = source.aspect;
  if (!isAspect(aspect)) reasons.push(`${field}.aspect: expected K, R, T or S, got ${describeValue(aspect)}`);
  const status = source.status;
  const knownStatus = typeof status === 'string' && (LOWERING_STATUSES as readonly string[]).indexOf(status) >= 0;
  if (!knownStatus) reasons.push(`${field}.status: expected pending, approved or rejected, got ${describeValue(status)}`);
  const decidedBy = source.decidedBy === null || source.decidedBy === undefined ? null : readPerson(source.decidedBy, `${field}.decidedBy`, reasons);
  const decidedAt = source.decidedAt === null || source.decidedAt === undefined ? null : readString(source.decidedAt, `${field}.decidedAt`, reasons);
  return {
    id: readString(source.id, `${field}.id`, reasons),
    aspect: isAspect(aspect) ? aspect : 'K',
    fromLevel: readLevel(source.fromLevel, `${field}.fromLevel`, reasons),
    toLevel: readLevel(source.toLevel, `${field}.toLevel`, reasons),
    motivering: readString(source.motivering, `${field}.motivering`, reasons, true),
    requestedBy: readPerson(source.requestedBy, `${field}.requestedBy`, reasons),
    requestedAt: readString(source.requestedAt, `${field}.requestedAt`, reasons),
    status: (knownStatus ? status : 'pending') as LoweringStatus,
    decidedBy,
    decidedAt,
    decisionReason: readString(source.decisionReason, `${field}.decisionReason`, reasons, true),
  };
}

export function readInformationSet(value: unknown, field: string, reasons: string[]): InformationSet {
  const source = isPlainObject(value) ? value : {};
  if (!isPlainObject(value)) reasons.push(`${field}: expected an information set, got ${describeValue(value)}`);
  const set: InformationSet = {
    id: readString(source.id, `${field}.id`, reasons),
    name: readString(source.name, `${field}.name`, reasons),
    description: readString(source.description, `${field}.description`, reasons, true),
    assessments: readAssessments(source.assessments, `${field}.assessments`, reasons),
    personalData: readPersonalData(source.personalData, `${field}.personalData`, reasons),
  };
  if (source.sharedTypeId !== undefined && source.sharedTypeId !== null) {
    set.sharedTypeId = readString(source.sharedTypeId, `${field}.sharedTypeId`, reasons);
  }
  if (source.sharedBaseline !== undefined && source.sharedBaseline !== null) {
    set.sharedBaseline = readProfile(source.sharedBaseline, `${field}.sharedBaseline`, reasons);
  }
  if (source.loweringRequests !== undefined && source.loweringRequests !== null) {
    if (!Array.isArray(source.loweringRequests)) reasons.push(`${field}.loweringRequests: expected a list, got ${describeValue(source.loweringRequests)}`);
    else set.loweringRequests = source.loweringRequests.map((r: unknown, i: number) => readLoweringRequest(r, `${field}.loweringRequests.${i}`, reasons));
  }
  return set;
}

export function readSets(value: unknown, field: string, reasons: string[]): InformationSet[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    reasons.push(`${field}: expected a list, got ${describeValue(value)}`);
    return [];
  }
  const sets = value.map((entry: unknown, index: number) => readInformationSet(entry, `${field}.${index}`, reasons));
  const ids = new Set<string>();
  sets.forEach((set, index) => {
    if (set.id && ids.has(set.id)) reasons.push(`${field}.${index}.id: duplicate set id ${describeValue(set.id)}`);
    ids.add(set.id);
  });
  return sets;
}

export function readManualRaises(value: unknown, field: string, reasons: string[]): Partial<Record<Aspect, ManualRaise>> {
  const result: Partial<Record<Aspect, ManualRaise>> = {};
  if (value === undefined || value === null) return result;
  if (!isPlainObject(value)) {
    reasons.push(`${field}: expected an object, got ${describeValue(value)}`);
    return result;
  }
  for (const key of Object.keys(value)) {
    const entry = value[key];
    if (entry === undefined) continue;
    if (!isAspect(key)) {
      reasons.push(`${field}.${key}: unknown aspect`);
      continue;
    }
    const source = isPlainObject(entry) ? entry : {};
    if (!isPlainObject(entry)) reasons.push(`${field}.${key}: expected a raise, got ${describeValue(entry)}`);
    result[key] = {
      level: readLevel(source.level, `${field}.${key}.level`, reasons),
      motivering: readString(source.motivering, `${field}.${key}.motivering`, reasons, true),
    };
  }
  return result;
}

export function readCriticality(value: unknown, field: string, reasons: string[]): CriticalityAnswer {
  if (value === undefined || value === null) return { samhallsviktig: null, motivering: '' };
  if (!isPlainObject(value)) {
    reasons.push(`${field}: expected an object, got ${describeValue(value)}`);
    return { samhallsviktig: null, motivering: '' };
  }
  const answer = value.samhallsviktig;
  if (answer !== true && answer !== false && answer !== null && answer !== undefined) {
    reasons.push(`${field}.samhallsviktig: expected true, false or null, got ${describeValue(answer)}`);
  }
  return {
    samhallsviktig: answer === true || answer === false ? answer : null,
    motivering: readString(value.motivering, `${field}.motivering`, reasons, true),
  };
}

/** Exactly the known fields of a set, as plain data (nothing shared with the input). */
export function plainInformationSet(set: InformationSet): InformationSet {
  const assessments = {} as Record<Aspect, AspectAssessment>;
  for (const aspect of ASPECTS) {
    const a = set.assessments[aspect];
    assessments[aspect] = { level: a.level, motivering: a.motivering, consequences: { ...a.consequences } };
  }
  const plain: InformationSet = {
    id: set.id,
    name: set.name,
    description: set.description,
    assessments,
    personalData: { kind: set.personalData.kind, note: set.personalData.note },
  };
  if (set.sharedTypeId !== undefined) plain.sharedTypeId = set.sharedTypeId;
  if (set.sharedBaseline !== undefined) plain.sharedBaseline = { ...set.sharedBaseline };
  if (set.loweringRequests !== undefined) {
    plain.loweringRequests = set.loweringRequests.map((r) => ({
      id: r.id,
      aspect: r.aspect,
      fromLevel: r.fromLevel,
      toLevel: r.toLevel,
      motivering: r.motivering,
      requestedBy: { displayName: r.requestedBy.displayName, email: r.requestedBy.email },
      requestedAt: r.requestedAt,
      status: r.status,
      decidedBy: r.decidedBy ? { displayName: r.decidedBy.displayName, email: r.decidedBy.email } : null,
      decidedAt: r.decidedAt,
      decisionReason: r.decisionReason,
    }));
  }
  return plain;
}
