/**
 * The organisation register as every store keeps it: flat fields shaped like the SharePoint list
 * (src/data/schema/orgUnitsList.ts), shared by the SharePoint and the local adapter.
 *
 * - `toOrgUnitRecord(draft)` gives the fields to write (representatives as JSON text, the contact split in two).
 * - `parseOrgUnitRecord(raw, identity)` checks what a store gave back (hand-edited list items, old preview data)
 *   and returns either a valid unit or the reasons it is not one: adapters put those in `broken`, never crash.
 *
 * The reasons are short technical diagnostics (field: problem) for an administrator, not UI text.
 */
import type { OrgUnit, OrgUnitDraft, OrgUnitKind } from '../domain/organisation/OrgUnit';
import { validateOrgUnit } from '../domain/organisation/validateOrgUnit';
import type { Person } from '../domain/shared/Person';
import type { ValidationCode } from '../domain/shared/Validation';
import type { Versioned } from '../domain/shared/Versioned';

/** One stored org unit's fields, store-neutral. SharePoint: Title, LisKind, LisParentUnitId, LisRepresentatives … */
export interface OrgUnitRecord {
  name: string;
  kind: string;
  /** id of the parent unit (SharePoint: the lookup id as a string), null for a top-level unit. */
  parentId: string | null;
  /** JSON text: `[{"displayName":"…","email":"…"}]` (SharePoint Note field LisRepresentatives). */
  representativesJson: string;
  securityContactName: string | null;
  securityContactEmail: string | null;
  active: boolean;
}

/** What a store read back: any field may be missing or of the wrong type. */
export type RawOrgUnitRecord = { [K in keyof OrgUnitRecord]?: unknown };

export type ParsedOrgUnit = { unit: OrgUnit } | { reasons: string[] };

export function isParsedUnit(parsed: ParsedOrgUnit): parsed is { unit: OrgUnit } {
  return 'unit' in parsed;
}

/** The fields to store for a draft. Values are kept exactly as given (the use cases normalise before saving). */
export function toOrgUnitRecord(draft: OrgUnitDraft): OrgUnitRecord {
  return {
    name: draft.name,
    kind: draft.kind,
    parentId: draft.parentId,
    representativesJson: serialiseRepresentatives(draft.representatives),
    securityContactName: draft.securityContact ? draft.securityContact.displayName : null,
    securityContactEmail: draft.securityContact ? draft.securityContact.email : null,
    active: draft.active,
  };
}

export function serialiseRepresentatives(people: readonly Person[]): string {
  return JSON.stringify(people.map((p) => ({ displayName: p.displayName, email: p.email })));
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  // Objects are not stringified: String({ toString: false }) throws, and describe() must never throw.
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? typeof value : `${typeof value} ${String(value)}`;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Reads the representatives' JSON text (shape only); empty means nobody. Pushes a reason for every problem. */
export function parseRepresentatives(value: unknown, reasons: string[]): Person[] {
  if (isBlank(value)) return [];
  if (typeof value !== 'string') {
    reasons.push(`representatives: expected JSON text, got ${describe(value)}`);
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    reasons.push('representatives: not valid JSON');
    return [];
  }
  if (!Array.isArray(parsed)) {
    reasons.push('representatives: expected a JSON array');
    return [];
  }
  const people: Person[] = [];
  parsed.forEach((entry: unknown, index: number) => {
    const field = `representatives.${index}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      reasons.push(`${field}: expected an object with displayName and email`);
      return;
    }
    const { displayName, email } = entry as { displayName?: unknown; email?: unknown };
    if (typeof displayName !== 'string') reasons.push(`${field}.displayName: expected text, got ${describe(displayName)}`);
    if (typeof email !== 'string') reasons.push(`${field}.email: expected text, got ${describe(email)}`);
    if (typeof displayName === 'string' && typeof email === 'string') people.push({ displayName, email });
  });
  return people;
}

function readText(record: RawOrgUnitRecord, field: keyof OrgUnitRecord, reasons: string[]): string {
  const value = record[field];
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  reasons.push(`${field}: expected text, got ${describe(value)}`);
  return '';
}

/** The value at a validation issue's field path (`representatives.0.email`), to show it in the reason. */
function valueAt(draft: OrgUnitDraft, path: string): unknown {
  let current: unknown = draft;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Rules that need the whole register (checked when saving), not faults of a single stored record. */
const REGISTER_LEVEL_CODES: readonly ValidationCode[] = ['nameTaken', 'parentMissing', 'parentInactive', 'parentCycle', 'hasActiveChildren'];

/**
 * Checks a stored record: first its shape (types, JSON), then the domain's own rules for a single unit
 * (validateOrgUnit without the register: a name, a known kind, valid e-mail addresses, named people, no person
 * twice). Rules across units (unique names, parents, cycles) are checked when saving; a stored cycle is
 * tolerated by the domain's hierarchy functions. Never throws.
 */
export function parseOrgUnitRecord(raw: unknown, identity: Versioned): ParsedOrgUnit {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { reasons: [`record: expected an object, got ${describe(raw)}`] };
  }
  const record = raw as RawOrgUnitRecord;
  const reasons: string[] = [];

  const name = readText(record, 'name', reasons);
  const kind = readText(record, 'kind', reasons);

  const parentValue = record.parentId;
  let parentId: string | null = null;
  if (typeof parentValue === 'string' && parentValue !== '') parentId = parentValue;
  else if (typeof parentValue === 'number' && Number.isInteger(parentValue) && parentValue > 0) parentId = String(parentValue);
  else if (!isBlank(parentValue)) reasons.push(`parentId: expected an id, got ${describe(parentValue)}`);

  const representatives = parseRepresentatives(record.representativesJson, reasons);
  const contactName = readText(record, 'securityContactName', reasons);
  const contactEmail = readText(record, 'securityContactEmail', reasons);
  const securityContact: Person | null =
    contactName.trim() === '' && contactEmail.trim() === '' ? null : { displayName: contactName, email: contactEmail };

  const active = record.active;
  if (typeof active !== 'boolean') reasons.push(`active: expected true or false, got ${describe(active)}`);

  if (!identity.id) reasons.push('id: missing');
  if (!identity.etag) reasons.push('etag: missing');

  const draft: OrgUnitDraft = {
    name,
    kind: kind as OrgUnitKind,
    parentId,
    representatives,
    securityContact,
    active: active === true,
  };
  for (const issue of validateOrgUnit(draft, [], identity.id || undefined)) {
    if (REGISTER_LEVEL_CODES.indexOf(issue.code) >= 0) continue;
    reasons.push(`${issue.field}: ${issue.code} (${describe(valueAt(draft, issue.field))})`);
  }

  if (reasons.length > 0) return { reasons };
  return { unit: { ...draft, ...pickIdentity(identity) } };
}

function pickIdentity(identity: Versioned): Versioned {
  return { id: identity.id, etag: identity.etag, modified: identity.modified, modifiedBy: identity.modifiedBy };
}
