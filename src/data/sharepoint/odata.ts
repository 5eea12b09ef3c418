import type { ListDefinition } from '../schema/types';

/**
 * OData string literal for a `$filter` (or any other query option): the value in single quotes with every single
 * quote doubled, e.g. `O'Brien & Söner` -> `'O''Brien & Söner'`.
 *
 * Not URI-encoded here: PnPjs puts query options through URLSearchParams, which encodes `&`, `'`, `#`, non-ASCII
 * and the rest exactly once. For a literal inside a URL PATH (e.g. `getList('…')`), use `odataPathString`.
 */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** OData string literal for a URL path segment: quotes doubled, then URI-encoded (`'O''Brien%20%26%20S%C3%B6ner'`). */
export function odataPathString(value: string): string {
  return `'${encodeURIComponent(value.replace(/'/g, "''"))}'`;
}

/** OData literal for a string, number or boolean value. Numbers must be finite. */
export function odataLiteral(value: string | number | boolean): string {
  if (typeof value === 'string') return odataString(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (!Number.isFinite(value)) throw new Error(`Not a finite number for an OData filter: ${String(value)}`);
  return String(value);
}

/**
 * `Field eq value` for a `$filter`, refusing fields that the schema does not index: on a list past 5 000 items
 * SharePoint rejects filters on non-indexed columns (list view threshold). `ID` is always indexed.
 */
export function indexedEq(list: ListDefinition, internalName: string, value: string | number | boolean): string {
  const indexed = internalName === 'ID' || internalName === 'Id' || list.fields.some((f) => f.internalName === internalName && f.indexed === true);
  if (!indexed) throw new Error(`Column ${internalName} of ${list.url} is not indexed; LIS filters on indexed columns only`);
  const field = list.fields.find((f) => f.internalName === internalName);
  // Lookups are filtered on their id column (`LisParentUnitId`), not the display value.
  const column = field?.type === 'Lookup' ? `${internalName}Id` : internalName;
  return `${column} eq ${odataLiteral(value)}`;
}
