/**
 * The requirement catalogue as every store keeps it: flat fields shaped like the SharePoint list
 * (src/data/schema/requirementsList.ts), shared by the SharePoint and the local adapter.
 *
 * - `toRequirementRecord(requirement, order)` gives the fields to write (normalised: code upper case, texts
 *   trimmed, aspects as `K,R` in K-R-T-S order) and the requirement's place in the catalogue.
 * - `parseRequirementRecord(raw, identity)` checks what a store gave back (hand-edited list items) against the
 *   domain's own rules (validateRequirement) and returns the requirement or the reasons it is not one.
 */
import { isAspect, type Aspect } from '../domain/classification/levels';
import { normaliseRequirement, validateRequirement, type Requirement, type RequirementKind, type RequirementLevel } from '../domain/requirements';
import type { Versioned } from '../domain/shared/Versioned';
import type { StoredRequirement } from './ports/RequirementCatalogueRepository';
import { describeStored, identityReasons, readStoredText } from './recordValues';

export interface RequirementRecord {
  code: string;
  title: string;
  kind: string;
  /** `K,R`: the protected aspects, comma separated, in K-R-T-S order (SharePoint Text LisAspects). */
  aspects: string;
  minLevel: number;
  baseline: boolean;
  isText: string;
  skaText: string;
  reference: string;
  /** 0-based place in the catalogue (SharePoint Number LisOrder). */
  order: number;
}

/** What a store read back: any field may be missing or of the wrong type. */
export type RawRequirementRecord = { [K in keyof RequirementRecord]?: unknown };

export type ParsedRequirement = { requirement: StoredRequirement; order: number } | { reasons: string[] };

export function isParsedRequirement(parsed: ParsedRequirement): parsed is { requirement: StoredRequirement; order: number } {
  return 'requirement' in parsed;
}

export function formatAspects(aspects: readonly Aspect[]): string {
  return aspects.join(',');
}

export function toRequirementRecord(requirement: Requirement, order: number): RequirementRecord {
  const r = normaliseRequirement(requirement);
  return {
    code: r.code,
    title: r.title,
    kind: r.kind,
    aspects: formatAspects(r.aspects),
    minLevel: r.minLevel,
    baseline: r.baseline,
    isText: r.isText,
    skaText: r.skaText,
    reference: r.reference,
    order,
  };
}

function readAspects(value: unknown, reasons: string[]): Aspect[] {
  const text = readStoredText(value, 'aspects', reasons);
  const parts = text
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .filter((p) => p !== '');
  const aspects: Aspect[] = [];
  for (const part of parts) {
    if (isAspect(part)) aspects.push(part);
    else reasons.push(`aspects: unknown aspect ${describeStored(part)}`);
  }
  return aspects;
}

function readNumber(value: unknown, field: string, reasons: string[]): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (value !== undefined && value !== null) reasons.push(`${field}: expected a number, got ${describeStored(value)}`);
  return undefined;
}

/** Checks a stored record (shape, then validateRequirement). Never throws. */
export function parseRequirementRecord(raw: unknown, identity: Versioned): ParsedRequirement {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { reasons: [`record: expected an object, got ${describeStored(raw)}`] };
  }
  const record = raw as RawRequirementRecord;
  const reasons: string[] = identityReasons(identity);
  const minLevel = readNumber(record.minLevel, 'minLevel', reasons);
  const order = readNumber(record.order, 'order', reasons);
  const baselineValue = record.baseline;
  if (baselineValue !== undefined && baselineValue !== null && typeof baselineValue !== 'boolean') {
    reasons.push(`baseline: expected true or false, got ${describeStored(baselineValue)}`);
  }
  const requirement: Requirement = {
    code: readStoredText(record.code, 'code', reasons),
    title: readStoredText(record.title, 'title', reasons),
    isText: readStoredText(record.isText, 'isText', reasons),
    skaText: readStoredText(record.skaText, 'skaText', reasons),
    kind: readStoredText(record.kind, 'kind', reasons) as RequirementKind,
    aspects: readAspects(record.aspects, reasons),
    minLevel: minLevel as RequirementLevel,
    baseline: baselineValue === true,
    reference: readStoredText(record.reference, 'reference', reasons),
  };
  for (const issue of validateRequirement(requirement)) {
    const value = (requirement as unknown as Record<string, unknown>)[issue.field];
    reasons.push(`${issue.field}: ${issue.code} (${describeStored(value)})`);
  }
  if (reasons.length > 0) return { reasons };
  const normalised = normaliseRequirement(requirement);
  return {
    requirement: { ...normalised, id: identity.id, etag: identity.etag, modified: identity.modified, modifiedBy: identity.modifiedBy },
    order: order ?? Number.MAX_SAFE_INTEGER,
  };
}

/** The requirement without the store's identity (what replaceAll and save compare and write). */
export function requirementOf(stored: Requirement): Requirement {
  return normaliseRequirement({
    code: stored.code,
    title: stored.title,
    isText: stored.isText,
    skaText: stored.skaText,
    kind: stored.kind,
    aspects: stored.aspects,
    minLevel: stored.minLevel,
    baseline: stored.baseline,
    reference: stored.reference,
  });
}

/** Catalogue order: by `order`, then by numeric id (items without an order, e.g. added by hand, come last). */
export function compareCatalogueOrder(a: { order: number; id: string }, b: { order: number; id: string }): number {
  if (a.order !== b.order) return a.order - b.order;
  return compareStoreIds(a.id, b.id);
}

/** Numeric ids compare as numbers ("2" < "10"), anything else as text. */
export function compareStoreIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
