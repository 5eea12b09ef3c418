/**
 * A version of a list item as `items(<id>)/versions` returns it -> the shape the item mappers read:
 *
 * - who: a version's Editor is a user field value, not an expanded user: `{ LookupId, LookupValue, Email }`
 *   (verbose OData adds `__metadata: { type: 'SP.FieldUserValue' }`); LookupValue is the display name;
 * - when: `Created` of a version is when that version was saved (the item's `Modified` then);
 * - lookups: a version has the lookup column itself (`LisOwnerUnit: { LookupId, LookupValue }`), never the
 *   `LisOwnerUnitId` column items have; either shape is accepted;
 * - which: `VersionLabel` ('1.0', '2.0' …); a version has no etag, so `"version <label>"` stands in for the mappers.
 *
 * Never throws.
 */
import { isItemObject } from '../requirementItemValues';

/** Item columns a version does not have (or LIS does not need from it): identity and folder placement. */
const IDENTITY_COLUMNS = ['Id', 'ID', 'Modified', 'Editor/Title', 'FileRef', 'FileDirRef', 'FSObjType'];

/**
 * The $select of a versions request for an item mapper's columns: lookup id columns (`LisXxxId`) become the lookup
 * (`LisXxx`), identity columns are replaced by the version's own (VersionLabel, Created, Editor).
 */
export function versionSelect(itemSelect: readonly string[], lookupIdColumns: readonly string[]): string[] {
  const fields = itemSelect
    .filter((column) => IDENTITY_COLUMNS.indexOf(column) < 0)
    .map((column) => (lookupIdColumns.indexOf(column) >= 0 ? column.slice(0, -2) : column));
  return ['VersionLabel', 'Created', 'Editor', ...fields];
}

export interface VersionHead {
  version: string;
  at: string;
  by: string;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Label, time and editor of a version (empty strings for what is missing). */
export function versionHead(version: unknown): VersionHead {
  if (!isItemObject(version)) return { version: '', at: '', by: '' };
  const editor = version.Editor;
  let by = '';
  if (isItemObject(editor)) by = text(editor.LookupValue) || text(editor.Title) || text(editor.Email);
  return { version: text(version.VersionLabel), at: text(version.Created) || text(version.Modified), by };
}

/** The version as an item of `itemId`: identity columns filled in, lookups as their id columns. */
export function versionAsItem(version: unknown, itemId: number, lookupIdColumns: readonly string[]): unknown {
  if (!isItemObject(version)) return version;
  const head = versionHead(version);
  // A version has no etag of its own; the mappers want one (it is never used to write).
  const item: Record<string, unknown> = { ...version, Id: itemId, Modified: head.at, Editor: { Title: head.by }, 'odata.etag': `"version ${head.version}"` };
  for (const idColumn of lookupIdColumns) {
    if (Object.prototype.hasOwnProperty.call(version, idColumn)) continue;
    const lookup = version[idColumn.slice(0, -2)];
    if (lookup === null || lookup === undefined) item[idColumn] = null;
    else if (isItemObject(lookup)) item[idColumn] = lookup.LookupId === undefined || lookup.LookupId === 0 ? null : lookup.LookupId;
    else item[idColumn] = lookup;
  }
  return item;
}
