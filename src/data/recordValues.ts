/**
 * Small readers shared by the requirement, handlingsplan and handover records (requirementRecord.ts,
 * actionPlanRecord.ts, handoverRecord.ts): each reads a value a store gave back as `unknown`, pushes a short
 * technical reason when it has the wrong type and never throws.
 */

/** A short description of a bad value for a reason text; never throws. */
export function describeStored(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Text, '' for missing/null; a reason for anything else. */
export function readStoredText(value: unknown, field: string, reasons: string[]): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  reasons.push(`${field}: expected text, got ${describeStored(value)}`);
  return '';
}

/** Text or null (missing, null and blank text are null). */
export function readStoredOptionalText(value: unknown, field: string, reasons: string[]): string | null {
  const text = readStoredText(value, field, reasons);
  return text.trim() === '' ? null : text;
}

/** An ISO timestamp with whole seconds (`2026-03-01T10:00:00.000Z`): what SharePoint's DateTime columns keep. */
export function toStoredTimestamp(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(Math.floor(time / 1000) * 1000).toISOString();
}

/** A timestamp read back, normalised to `toISOString()` form; a reason when it is not a date. */
export function readStoredTimestamp(value: unknown, field: string, reasons: string[]): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    reasons.push(`${field}: expected an ISO date-time, got ${describeStored(value)}`);
    return '';
  }
  return new Date(Date.parse(value)).toISOString();
}

/** Identity checks every record shares: an id and an etag. */
export function identityReasons(identity: { id: string; etag: string }): string[] {
  const reasons: string[] = [];
  if (!identity.id) reasons.push('id: missing');
  if (!identity.etag) reasons.push('etag: missing');
  return reasons;
}
