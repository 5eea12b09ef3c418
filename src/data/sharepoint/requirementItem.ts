import type { StoredRequirement } from '../ports/RequirementCatalogueRepository';
import { isParsedRequirement, parseRequirementRecord, type RawRequirementRecord, type RequirementRecord } from '../requirementRecord';
import { RequirementFields } from '../schema/requirementsList';
import { ITEM_IDENTITY_EXPAND, ITEM_IDENTITY_SELECT, isItemObject, readItemVersioned } from './requirementItemValues';

/**
 * Mapping between items of `Lists/LisRequirements` and catalogue requirements. The store-neutral part (aspects as
 * `K,R`, checking against the domain rules) is src/data/requirementRecord.ts, shared with the local adapter.
 */
export const REQUIREMENT_SELECT: readonly string[] = [
  ...ITEM_IDENTITY_SELECT,
  RequirementFields.title,
  RequirementFields.code,
  RequirementFields.kind,
  RequirementFields.aspects,
  RequirementFields.minLevel,
  RequirementFields.baseline,
  RequirementFields.isText,
  RequirementFields.skaText,
  RequirementFields.reference,
  RequirementFields.order,
];
export const REQUIREMENT_EXPAND: readonly string[] = ITEM_IDENTITY_EXPAND;

export type RequirementItemValues = Record<string, string | number | boolean | null>;

export function requirementItemValues(record: RequirementRecord): RequirementItemValues {
  return {
    [RequirementFields.title]: record.title,
    [RequirementFields.code]: record.code,
    [RequirementFields.kind]: record.kind,
    [RequirementFields.aspects]: record.aspects,
    [RequirementFields.minLevel]: record.minLevel,
    [RequirementFields.baseline]: record.baseline,
    [RequirementFields.isText]: record.isText,
    [RequirementFields.skaText]: record.skaText,
    [RequirementFields.reference]: record.reference,
    [RequirementFields.order]: record.order,
  };
}

export type MappedRequirement = { ok: true; requirement: StoredRequirement; order: number } | { ok: false; id: string; reasons: string[] };

/** A SharePoint item -> requirement, or the reasons it is not one. Never throws. */
export function requirementFromItem(item: unknown): MappedRequirement {
  if (!isItemObject(item)) return { ok: false, id: '', reasons: ['item: expected an object'] };
  const identity = readItemVersioned(item);
  const record: RawRequirementRecord = {
    code: item[RequirementFields.code],
    title: item[RequirementFields.title],
    kind: item[RequirementFields.kind],
    aspects: item[RequirementFields.aspects],
    minLevel: item[RequirementFields.minLevel],
    baseline: item[RequirementFields.baseline],
    isText: item[RequirementFields.isText],
    skaText: item[RequirementFields.skaText],
    reference: item[RequirementFields.reference],
    order: item[RequirementFields.order],
  };
  const parsed = parseRequirementRecord(record, identity);
  if (!isParsedRequirement(parsed) || identity.reasons.length > 0) {
    return { ok: false, id: identity.id, reasons: [...identity.reasons, ...(isParsedRequirement(parsed) ? [] : parsed.reasons)] };
  }
  return { ok: true, requirement: parsed.requirement, order: parsed.order };
}
