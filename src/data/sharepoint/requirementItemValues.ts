import type { Versioned } from '../../domain/shared/Versioned';

/**
 * Item identity and value conversions for the requirement, handlingsplan and handover item mappings: Id, etag
 * (`odata.etag` / `@odata.etag` / `__metadata.etag`), Modified, Editor/Title, lookup ids and dates. Never throws.
 */
export interface RequirementsItemIdentity extends Versioned {
  /** Problems with the identity fields (e.g. Modified not a date). */
  reasons: string[];
}

export const ITEM_IDENTITY_SELECT: readonly string[] = ['Id', 'Modified', 'Editor/Title'];
export const ITEM_IDENTITY_EXPAND: readonly string[] = ['Editor'];

export function isItemObject(item: unknown): item is Record<string, unknown> {
  return typeof item === 'object' && item !== null && !Array.isArray(item);
}

function readEtag(raw: Record<string, unknown>): string {
  const etag = raw['odata.etag'] ?? raw['@odata.etag'];
  if (typeof etag === 'string' && etag) return etag;
  const metadata = raw.__metadata as { etag?: unknown } | undefined;
  if (metadata && typeof metadata.etag === 'string' && metadata.etag) return metadata.etag;
  return '';
}

export function readItemVersioned(raw: Record<string, unknown>): RequirementsItemIdentity {
  const rawId = raw.Id ?? raw.ID;
  const id = typeof rawId === 'number' || typeof rawId === 'string' ? String(rawId) : '';
  const reasons: string[] = [];
  const modifiedValue = raw.Modified;
  const modified = typeof modifiedValue === 'string' ? modifiedValue : '';
  if (Number.isNaN(Date.parse(modified))) reasons.push('Modified: not a date');
  const editor = raw.Editor as { Title?: unknown } | null | undefined;
  const modifiedBy = editor && typeof editor.Title === 'string' ? editor.Title : '';
  return { id, etag: readEtag(raw), modified, modifiedBy, reasons };
}

/** A lookup id column's value as an id string, or undefined (with a reason) when it is not a positive integer. */
export function readLookupId(value: unknown, column: string, reasons: string[]): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  reasons.push(`${column}: not an item id (${value === null || value === undefined ? String(value) : typeof value})`);
  return undefined;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `2026-02-30…`: a day the month does not have (Date.parse would silently roll it over into March). */
export function isImpossibleDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match !== null && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).getUTCDate() !== Number(match[3]);
}

/** `YYYY-MM-DD` -> the DateTime LIS writes: midnight UTC of that day. */
export function dateToItemValue(date: string | null): string | null {
  return date === null ? null : `${date}T00:00:00Z`;
}

/**
 * A DateTime column read back -> `YYYY-MM-DD`, rounded to the nearest UTC midnight: LIS writes 00:00 UTC, and a date
 * typed in SharePoint's own form is local midnight (e.g. 22:00 or 23:00 UTC the day before in Sweden).
 * Non-dates are returned unchanged so that validation reports them.
 */
export function dateFromItemValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value.trim() === '') return null;
  const time = Date.parse(value);
  if (Number.isNaN(time) || isImpossibleDay(value)) return value;
  return new Date(Math.round(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
