import type { AuditedEntity } from '../../ports/ItemHistory';

/**
 * One saved version of an audited item in the local store `history` (keyPath id, index byItem on [entity, itemId]):
 * the stored domain value as the repository returned it, who saved it and when.
 */
export interface StoredHistoryRow {
  /** `<entity>/<itemId>/<version>`: one row per saved version. */
  id: string;
  entity: AuditedEntity;
  itemId: string;
  /** The row's version counter at that save (the etag without quotes). */
  version: number;
  /** ISO instant. */
  at: string;
  /** Display name of whoever saved. */
  by: string;
  value: unknown;
}

/** The version counter in a local etag (`"3"` -> 3); 0 for anything else. */
export function versionOfEtag(etag: unknown): number {
  const match = typeof etag === 'string' ? /^"(\d+)"$/.exec(etag) : null;
  return match ? Number(match[1]) : 0;
}
