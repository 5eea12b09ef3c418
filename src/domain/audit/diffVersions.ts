/**
 * The readable history of one item: its successive versions (oldest first, each a domain value or anything
 * unreadable) -> entries newest first, each with the fields that changed since the previous readable version.
 * The first readable version is the creation: every non-empty value, from ''. Never throws: an unreadable version
 * becomes an entry with no changes and `unreadable: true`, and the next readable one is compared with the last
 * readable one before it.
 */
import type { AuditValues } from './auditValues';
import { auditValuesOf, type AuditEntity } from './entityAuditValues';

export interface AuditChange {
  /** Field key, optionally `key:qualifier` (e.g. `level:Elevregister K`). */
  field: string;
  from: string;
  to: string;
}

export interface AuditEntry {
  version: string;
  /** ISO instant. */
  at: string;
  by: string;
  changes: AuditChange[];
  /** The version could not be read: shown as saved, without its changes. */
  unreadable?: boolean;
}

/** One saved version: who, when, and the item as it was then (the domain value; anything else is unreadable). */
export interface ItemVersion {
  version: string;
  at: string;
  by: string;
  value: unknown;
}

/** The changes from `older` (null: nothing before, a creation) to `newer`: newer's order first, then removed keys. */
export function diffAuditValues(older: AuditValues | null, newer: AuditValues): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const key of Object.keys(newer)) {
    const from = older && Object.prototype.hasOwnProperty.call(older, key) ? older[key].value : '';
    const to = newer[key].value;
    if (from !== to) changes.push({ field: newer[key].field, from, to });
  }
  if (older) {
    for (const key of Object.keys(older)) {
      if (!Object.prototype.hasOwnProperty.call(newer, key) && older[key].value !== '') changes.push({ field: older[key].field, from: older[key].value, to: '' });
    }
  }
  return changes;
}

/** Any value as text; '' for what cannot be turned into text (e.g. an object whose toString is not a function). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}

/** Entries newest first (see the file comment). `versions` oldest first. */
export function buildHistory(entity: AuditEntity, versions: readonly ItemVersion[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  let previous: AuditValues | null = null;
  for (const version of Array.isArray(versions) ? versions : []) {
    const head = { version: asText(version?.version), at: asText(version?.at), by: asText(version?.by) };
    const values = auditValuesOf(entity, version?.value);
    if (values === null) {
      entries.push({ ...head, changes: [], unreadable: true });
      continue;
    }
    entries.push({ ...head, changes: diffAuditValues(previous, values) });
    previous = values;
  }
  return entries.reverse();
}
