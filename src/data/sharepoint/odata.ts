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
  const titleIndexed = internalName === 'Title' && (list.titleIndexed === true || list.titleUnique === true);
  const indexed = internalName === 'ID' || internalName === 'Id' || titleIndexed || list.fields.some((f) => f.internalName === internalName && f.indexed === true);
  if (!indexed) throw new Error(`Column ${internalName} of ${list.url} is not indexed; LIS filters on indexed columns only`);
  const field = list.fields.find((f) => f.internalName === internalName);
  // Lookups are filtered on their id column (`LisParentUnitId`), not the display value.
  const column = field?.type === 'Lookup' ? `${internalName}Id` : internalName;
  return `${column} eq ${odataLiteral(value)}`;
}

/**
 * `Field eq v1 or Field eq v2 or …` for an indexed column (see indexedEq), split into as many filters as needed so
 * that each stays within `maxEncodedLength` characters once URI-encoded (SharePoint refuses urls past ~2 000
 * characters; pass `encodedLength` to measure as the query string will encode). One column per filter: an `or` across different columns cannot use one index and is refused past the
 * list view threshold. Values are deduplicated; none gives no filter at all.
 */
export function indexedAnyOf(
  list: ListDefinition,
  internalName: string,
  values: readonly (string | number)[],
  maxEncodedLength: number,
  encodedLength: (text: string) => number = (text) => encodeURIComponent(text).length,
): string[] {
  const filters: string[] = [];
  let current: string[] = [];
  let currentLength = 0;
  const separator = encodedLength(' or ');
  for (const value of Array.from(new Set(values))) {
    const term = indexedEq(list, internalName, value);
    const length = encodedLength(term);
    if (length > maxEncodedLength) throw new Error(`One filter term is longer than ${maxEncodedLength} characters: ${term}`);
    if (current.length > 0 && currentLength + separator + length > maxEncodedLength) {
      filters.push(current.join(' or '));
      current = [];
      currentLength = 0;
    }
    currentLength += (current.length > 0 ? separator : 0) + length;
    current.push(term);
  }
  if (current.length > 0) filters.push(current.join(' or '));
  return filters;
}
