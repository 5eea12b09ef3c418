import type { Versioned } from '../../domain/shared/Versioned';
import type { StoredRow } from './database';
import { etagOf } from './LocalWriteContext';

/**
 * Helpers shared by the local requirement, handlingsplan and handover adapters: rows of the issue-3 stores are
 * `StoredRow`s (identity, version counter, audit fields) plus the store-neutral record's fields.
 */

/** Meta keys: highest id handed out so far per store (ids are never reused, like SharePoint's). */
export const LocalIdKeys = {
  requirements: 'requirements.lastId',
  actionPlanEntries: 'actionPlanEntries.lastId',
  handovers: 'handovers.lastId',
} as const;

/** A stored value as text for an id or a reason; never throws (`String()` does on `{toString: 1}` or a null prototype). */
export function rowText(value: unknown): string {
  if (typeof value === 'object' && value !== null) return Object.prototype.toString.call(value);
  return typeof value === 'symbol' ? 'symbol' : String(value);
}

/** The identity of a row as the records expect it, plus problems with the row's own fields. */
export function rowIdentity(row: unknown): Versioned & { reasons: string[] } {
  const value = (typeof row === 'object' && row !== null ? row : {}) as Partial<StoredRow>;
  const id = typeof value.id === 'string' ? value.id : rowText(value.id);
  const reasons: string[] = [];
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    reasons.push(`version: expected a positive whole number, got ${rowText(version)}`);
  }
  if (typeof value.modified !== 'string' || Number.isNaN(Date.parse(value.modified))) {
    reasons.push(`modified: expected an ISO date, got ${rowText(value.modified)}`);
  }
  return {
    id,
    etag: etagOf(typeof version === 'number' ? version : 0),
    modified: typeof value.modified === 'string' ? value.modified : '',
    modifiedBy: typeof value.modifiedBy === 'string' ? value.modifiedBy : '',
    reasons,
  };
}

/** The version of a stored row (0 when unreadable). */
export function rowVersion(row: unknown): number {
  const version = (row as Partial<StoredRow> | undefined)?.version;
  return typeof version === 'number' ? version : 0;
}
