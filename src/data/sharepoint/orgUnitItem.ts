import type { OrgUnit, OrgUnitDraft } from '../../domain/organisation';
import { isParsedUnit, parseOrgUnitRecord, toOrgUnitRecord, type RawOrgUnitRecord } from '../orgUnitRecord';
import { OrgUnitFields } from '../schema/orgUnitsList';
import { describeItemValue, readItemIdentity, readLookupId } from './classificationItemIdentity';

/**
 * Mapping between SharePoint list items of the organisation register and domain org units. Field names come
 * from the schema (OrgUnitFields); the Lookup to the parent is read and written through its id column. The
 * store-neutral part (representatives as JSON, the contact in two fields, checking what was read back against
 * the domain rules) is src/data/orgUnitRecord.ts, shared with the local adapter; this file adds SharePoint's
 * column names, item ids, etags (`odata.etag` / `__metadata.etag`), Modified and Editor.
 */

/** The lookup's id column: `LisParentUnitId`. */
export const PARENT_ID_FIELD = `${OrgUnitFields.parent}Id`;

/** Exactly the columns the adapter reads (no `*`: SharePoint would send every column, hidden ones included). */
export const ORG_UNIT_SELECT: readonly string[] = [
  'Id',
  OrgUnitFields.name,
  OrgUnitFields.kind,
  PARENT_ID_FIELD,
  OrgUnitFields.representatives,
  OrgUnitFields.securityContactName,
  OrgUnitFields.securityContactEmail,
  OrgUnitFields.active,
  'Modified',
  'Editor/Title',
];

export const ORG_UNIT_EXPAND: readonly string[] = ['Editor'];

/** Item values as PnPjs sends them in the body of an add (POST) or update (MERGE). */
export type OrgUnitItemValues = Record<string, string | number | boolean | null>;

export type MappedItem = { ok: true; unit: OrgUnit } | { ok: false; id: string; reasons: string[] };

/** Positive integer item id as SharePoint uses it, or undefined for anything else. */
export function toItemId(id: string): number | undefined {
  return /^[1-9]\d{0,9}$/.test(id) ? Number(id) : undefined;
}

/** Domain draft -> SharePoint field values. `parentId` must be an item id (the caller checks). */
export function toItemValues(draft: OrgUnitDraft): OrgUnitItemValues {
  const record = toOrgUnitRecord(draft);
  return {
    [OrgUnitFields.name]: record.name,
    [OrgUnitFields.kind]: record.kind,
    [PARENT_ID_FIELD]: record.parentId === null ? null : (toItemId(record.parentId) ?? null),
    [OrgUnitFields.representatives]: record.representativesJson,
    [OrgUnitFields.securityContactName]: record.securityContactName,
    [OrgUnitFields.securityContactEmail]: record.securityContactEmail,
    [OrgUnitFields.active]: record.active,
  };
}

/**
 * SharePoint item (as returned with ORG_UNIT_SELECT/ORG_UNIT_EXPAND, minimal, v4 or verbose metadata) -> org
 * unit, or the reasons it is not one. Never throws, whatever the item holds (items can be hand-edited in the list).
 */
export function fromItem(item: unknown): MappedItem {
  const read = readItemIdentity(item);
  if (!read) return { ok: false, id: '', reasons: [`item: expected an object, got ${describeItemValue(item)}`] };
  const { raw, identity, reasons } = read;
  const { id, etag, modified, modifiedBy } = identity;

  if (raw[OrgUnitFields.name] === null || raw[OrgUnitFields.name] === undefined) reasons.push(`${OrgUnitFields.name}: missing`);

  // A lookup id is a positive integer; anything else is junk (never taken as an id).
  const parentId = readLookupId(raw, PARENT_ID_FIELD, reasons);

  const record: RawOrgUnitRecord = {
    name: raw[OrgUnitFields.name],
    kind: raw[OrgUnitFields.kind],
    parentId,
    representativesJson: raw[OrgUnitFields.representatives],
    securityContactName: raw[OrgUnitFields.securityContactName],
    securityContactEmail: raw[OrgUnitFields.securityContactEmail],
    active: raw[OrgUnitFields.active],
  };
  let parsed: ReturnType<typeof parseOrgUnitRecord>;
  try {
    parsed = parseOrgUnitRecord(record, { id, etag, modified, modifiedBy });
  } catch (error) {
    // Belt and braces: whatever a hand-edited item holds, list() reports it instead of failing.
    return { ok: false, id, reasons: [...reasons, `item: unreadable (${error instanceof Error ? error.message : 'unknown error'})`] };
  }
  if (!isParsedUnit(parsed)) reasons.push(...parsed.reasons);
  if (reasons.length > 0 || !isParsedUnit(parsed)) return { ok: false, id, reasons };
  const unit: OrgUnit = parsed.unit;
  return { ok: true, unit };
}
