/** The entities whose changes LIS shows as a readable history. */
export const AUDITED_ENTITIES = ['classification', 'riskAnalysis', 'risk', 'riskAction', 'orgUnit'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

/** One field changed in one version: from and to as display text (already formatted, never HTML). */
export interface FieldChange {
  /** Domain field key (e.g. `status`, `acceptance`, `likelihood`); the UI labels it. */
  field: string;
  from: string;
  to: string;
}

/** One saved version of an item: who, when, what changed. The first entry is the creation (from '' to the values). */
export interface HistoryEntry {
  /** SharePoint version label ('1.0', '2.0' …) or the local store's counter. */
  version: string;
  /** ISO instant. */
  at: string;
  /** Display name (and e-mail when known) of the person who saved it. */
  by: string;
  changes: FieldChange[];
  /** The version could not be read (hand-edited or from an older LIS): shown without its changes. */
  unreadable?: boolean;
}

/**
 * The audit trail per item, read from SharePoint list versioning (`items(id)/versions`) or the local store's history.
 * Newest first. A version that cannot be read is shown as an entry without changes, never an error for the whole item.
 */
export interface ItemHistory {
  history(entity: AuditedEntity, id: string): Promise<HistoryEntry[]>;
}
