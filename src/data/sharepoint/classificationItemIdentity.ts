/**
 * The parts every LIS list item shares: item id, etag (`odata.etag` / `@odata.etag` / `__metadata.etag`), Modified and
 * the editor's name. Read defensively: items can be hand-edited and responses can come in any OData flavour.
 */
import type { Versioned } from '../../domain/shared/Versioned';

/** The system columns every adapter selects (with `$expand=Editor`). */
export const IDENTITY_SELECT: readonly string[] = ['Id', 'Modified', 'Editor/Title'];
export const IDENTITY_EXPAND: readonly string[] = ['Editor'];

export function describeItemValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || value === undefined) return String(value);
  return typeof value;
}

function readEtag(raw: Record<string, unknown>): string | undefined {
  const etag = raw['odata.etag'] ?? raw['@odata.etag'];
  if (typeof etag === 'string' && etag) return etag;
  const metadata = raw.__metadata as { etag?: unknown } | undefined;
  if (metadata && typeof metadata.etag === 'string' && metadata.etag) return metadata.etag;
  return undefined;
}

export interface ItemIdentity {
  raw: Record<string, unknown>;
  identity: Versioned;
  /** Problems with the system columns (e.g. Modified not a date). */
  reasons: string[];
}

/** The item as a record plus its identity, or undefined when it is not even an object. */
export function readItemIdentity(item: unknown): ItemIdentity | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const raw = item as Record<string, unknown>;
  const rawId = raw.Id ?? raw.ID;
  const id = typeof rawId === 'number' || typeof rawId === 'string' ? String(rawId) : '';
  const reasons: string[] = [];
  const modifiedValue = raw.Modified;
  const modified = typeof modifiedValue === 'string' ? modifiedValue : '';
  if (Number.isNaN(Date.parse(modified))) reasons.push(`Modified: not a date (${describeItemValue(modifiedValue)})`);
  const editor = raw.Editor as { Title?: unknown } | null | undefined;
  const modifiedBy = editor && typeof editor.Title === 'string' ? editor.Title : '';
  return { raw, identity: { id, etag: readEtag(raw) ?? '', modified, modifiedBy }, reasons };
}

/** A lookup id column's value as an id string; null when empty; a reason for junk. */
export function readLookupId(raw: Record<string, unknown>, column: string, reasons: string[]): string | null {
  const value = raw[column];
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  if (value === null || value === undefined) return null;
  reasons.push(`${column}: not an item id (${describeItemValue(value)})`);
  return null;
}
