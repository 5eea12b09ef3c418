/**
 * Handlingsplan rows as every store keeps them: one flat record per (classification object, requirement code),
 * current or retired, shaped like the SharePoint list (src/data/schema/actionPlanEntriesList.ts) and shared by the
 * SharePoint and the local adapter.
 *
 * - `toActionPlanEntryRecord(objectId, entry, retired)` gives the fields to write (code upper case, responsible
 *   person in two fields, target date `YYYY-MM-DD`, retirement time in whole seconds).
 * - `parseActionPlanEntryRecord(raw, identity)` checks what a store gave back against the domain's rules
 *   (validateActionPlanEntry, a valid requirement code, a known retirement cause) and never throws.
 */
import { isValidRequirementCode, normaliseCode, validateActionPlanEntry, type ActionPlanEntry, type AssessmentStatus, type RetiredCause, type RetiredEntry } from '../domain/requirements';
import type { Versioned } from '../domain/shared/Versioned';
import type { StoredActionPlan, StoredActionPlanEntry, StoredRetiredEntry } from './ports/ActionPlanRepository';
import { InvalidStoredItemError } from './ports/errors';
import { describeStored, identityReasons, readStoredOptionalText, readStoredText, readStoredTimestamp, toStoredTimestamp } from './recordValues';
import { RETIRED_CAUSES } from './schema/actionPlanEntriesList';

export interface ActionPlanEntryRecord {
  /** The classification object's id (SharePoint: the LisClassification lookup id as a string). */
  objectId: string;
  requirementCode: string;
  status: string;
  reason: string;
  how: string;
  responsibleName: string | null;
  responsibleEmail: string | null;
  /** `YYYY-MM-DD` or null (SharePoint: DateTime LisTargetDate at 00:00 UTC). */
  targetDate: string | null;
  retired: boolean;
  retiredCause: string | null;
  /** ISO timestamp (whole seconds) or null. */
  retiredAt: string | null;
}

export type RawActionPlanEntryRecord = { [K in keyof ActionPlanEntryRecord]?: unknown };

export type ParsedActionPlanRow =
  | { objectId: string; code: string; current: StoredActionPlanEntry }
  | { objectId: string; code: string; retired: StoredRetiredEntry }
  | { reasons: string[] };

export function isParsedRow(parsed: ParsedActionPlanRow): parsed is Exclude<ParsedActionPlanRow, { reasons: string[] }> {
  return !('reasons' in parsed);
}

export function toActionPlanEntryRecord(
  objectId: string,
  entry: ActionPlanEntry,
  retired: { cause: RetiredCause; retiredAt: string } | null,
): ActionPlanEntryRecord {
  return {
    objectId,
    requirementCode: normaliseCode(entry.requirementCode),
    status: entry.status,
    reason: entry.reason,
    how: entry.how,
    responsibleName: entry.responsible ? entry.responsible.displayName : null,
    responsibleEmail: entry.responsible ? entry.responsible.email : null,
    targetDate: entry.targetDate,
    retired: retired !== null,
    retiredCause: retired ? retired.cause : null,
    retiredAt: retired ? toStoredTimestamp(retired.retiredAt) : null,
  };
}

/** The record of a retired entry. */
export function toRetiredRecord(objectId: string, retired: RetiredEntry): ActionPlanEntryRecord {
  return toActionPlanEntryRecord(objectId, retired.entry, { cause: retired.cause, retiredAt: retired.retiredAt });
}

/** True when two records would store the same content (the savePlan diff). */
export function sameRecord(a: ActionPlanEntryRecord, b: ActionPlanEntryRecord): boolean {
  return (
    a.objectId === b.objectId &&
    a.requirementCode === b.requirementCode &&
    a.status === b.status &&
    a.reason === b.reason &&
    a.how === b.how &&
    (a.responsibleName ?? '') === (b.responsibleName ?? '') &&
    (a.responsibleEmail ?? '') === (b.responsibleEmail ?? '') &&
    a.targetDate === b.targetDate &&
    a.retired === b.retired &&
    (a.retired ? a.retiredCause === b.retiredCause && a.retiredAt === b.retiredAt : true)
  );
}

function readObjectId(value: unknown, reasons: string[]): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return String(value);
  reasons.push(`objectId: expected an id, got ${describeStored(value)}`);
  return '';
}

/** Checks a stored row; it becomes a current or a retired entry, or the reasons it is neither. Never throws. */
export function parseActionPlanEntryRecord(raw: unknown, identity: Versioned): ParsedActionPlanRow {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { reasons: [`record: expected an object, got ${describeStored(raw)}`] };
  }
  const record = raw as RawActionPlanEntryRecord;
  const reasons: string[] = identityReasons(identity);
  const objectId = readObjectId(record.objectId, reasons);
  const code = normaliseCode(readStoredText(record.requirementCode, 'requirementCode', reasons));
  if (!code) reasons.push('requirementCode: required');
  else if (!isValidRequirementCode(code)) reasons.push(`requirementCode: invalidRequirementCode (${describeStored(code)})`);

  const statusValue = record.status;
  const status = (statusValue === undefined || statusValue === null ? 'ejBedomd' : readStoredText(statusValue, 'status', reasons)) as AssessmentStatus;
  const name = readStoredOptionalText(record.responsibleName, 'responsibleName', reasons);
  const email = readStoredOptionalText(record.responsibleEmail, 'responsibleEmail', reasons);
  const targetDate = readStoredOptionalText(record.targetDate, 'targetDate', reasons);
  const entry: ActionPlanEntry = {
    requirementCode: code,
    status,
    reason: readStoredText(record.reason, 'reason', reasons),
    how: readStoredText(record.how, 'how', reasons),
    responsible: name === null && email === null ? null : { displayName: name ?? '', email: email ?? '' },
    targetDate,
  };
  for (const issue of validateActionPlanEntry(entry)) reasons.push(`${issue.field}: ${issue.code}`);

  const retiredValue = record.retired;
  if (retiredValue !== undefined && retiredValue !== null && typeof retiredValue !== 'boolean') {
    reasons.push(`retired: expected true or false, got ${describeStored(retiredValue)}`);
  }
  const isRetired = retiredValue === true;
  let cause: RetiredCause = 'notApplicable';
  let retiredAt = '';
  if (isRetired) {
    const causeText = readStoredText(record.retiredCause, 'retiredCause', reasons);
    if ((RETIRED_CAUSES as readonly string[]).indexOf(causeText) < 0) reasons.push(`retiredCause: invalidChoice (${describeStored(causeText)})`);
    else cause = causeText as RetiredCause;
    retiredAt = readStoredTimestamp(record.retiredAt, 'retiredAt', reasons);
  }
  if (reasons.length > 0) return { reasons };
  const versioned: Versioned = { id: identity.id, etag: identity.etag, modified: identity.modified, modifiedBy: identity.modifiedBy };
  if (isRetired) return { objectId, code, retired: { entry, cause, retiredAt, ...versioned } };
  return { objectId, code, current: { ...entry, ...versioned } };
}

/** The entry without the store's identity. */
export function entryOf(entry: ActionPlanEntry): ActionPlanEntry {
  return {
    requirementCode: entry.requirementCode,
    status: entry.status,
    reason: entry.reason,
    how: entry.how,
    responsible: entry.responsible ? { displayName: entry.responsible.displayName, email: entry.responsible.email } : null,
    targetDate: entry.targetDate,
  };
}

/** The record a readable row stands for, normalised like a write (for the savePlan diff); null for a broken row. */
export function recordOfParsed(parsed: ParsedActionPlanRow): ActionPlanEntryRecord | null {
  if (!isParsedRow(parsed)) return null;
  if ('current' in parsed) return toActionPlanEntryRecord(parsed.objectId, parsed.current, null);
  return toActionPlanEntryRecord(parsed.objectId, parsed.retired.entry, { cause: parsed.retired.cause, retiredAt: parsed.retired.retiredAt });
}

function byCode<T extends { requirementCode: string }>(a: T, b: T): number {
  return a.requirementCode < b.requirementCode ? -1 : a.requirementCode > b.requirementCode ? 1 : 0;
}

/** Refuses to write what could not be read back (the use cases validate first; this guards other callers). */
export function checkActionPlanRecord(record: ActionPlanEntryRecord, entity: string): void {
  const parsed = parseActionPlanEntryRecord(record, { id: 'new', etag: '"1"', modified: '', modifiedBy: '' });
  if (!isParsedRow(parsed)) throw new InvalidStoredItemError(entity, record.requirementCode || 'new', parsed.reasons);
}

/** Assembles the stored plan of one object from its rows (current, retired, broken), each list ordered by code. */
export function assemblePlan(objectId: string, rows: readonly { id: string; parsed: ReturnType<typeof parseActionPlanEntryRecord> }[]): StoredActionPlan {
  const plan: StoredActionPlan = { objectId, entries: [], retired: [], broken: [] };
  for (const row of rows) {
    const parsed = row.parsed;
    if (!isParsedRow(parsed)) plan.broken.push({ id: row.id, reasons: parsed.reasons });
    else if ('current' in parsed) plan.entries.push(parsed.current);
    else plan.retired.push(parsed.retired);
  }
  plan.entries.sort(byCode);
  plan.retired.sort((a, b) => byCode(a.entry, b.entry));
  return plan;
}
