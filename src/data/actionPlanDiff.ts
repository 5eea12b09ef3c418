/**
 * What savePlan writes, store-neutral: the stored rows of one object compared with the plan to save.
 * Both adapters (SharePoint, local) apply the same diff, so they behave the same way (the contract suite checks).
 */
import { normaliseCode } from '../domain/requirements';
import type { ActionPlanToSave } from './ports/ActionPlanRepository';
import { sameRecord, toActionPlanEntryRecord, toRetiredRecord, type ActionPlanEntryRecord } from './actionPlanRecord';

/** A stored row as the diff needs it: identity, etag and the content it holds (null when unreadable). */
export interface StoredPlanRow {
  id: string;
  etag: string;
  code: string;
  record: ActionPlanEntryRecord | null;
}

export interface ActionPlanWrites {
  adds: ActionPlanEntryRecord[];
  /** `etag`: the If-Match to send, the one the caller read the row with when it carried one, else the stored one. */
  updates: { id: string; etag: string; record: ActionPlanEntryRecord }[];
  deletes: { id: string; etag: string }[];
}

function etagCarried(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const etag = (value as { etag?: unknown }).etag;
  return typeof etag === 'string' && etag !== '' ? etag : undefined;
}

/**
 * The rows to add, update and delete so that the stored plan of `objectId` becomes `plan`. A row keeps the etag it
 * was read with through deriveActionPlan (on the entry; for a retired one on the RetiredEntry or its entry).
 * Codes listed as current win over the same code listed as retired. Broken stored rows (record null) with a code
 * in the plan are overwritten; others are left alone.
 */
export function diffActionPlan(objectId: string, stored: readonly StoredPlanRow[], plan: ActionPlanToSave): ActionPlanWrites {
  const desired = new Map<string, { record: ActionPlanEntryRecord; etag: string | undefined }>();
  for (const entry of plan.entries) {
    const record = toActionPlanEntryRecord(objectId, entry, null);
    if (!desired.has(record.requirementCode)) desired.set(record.requirementCode, { record, etag: etagCarried(entry) });
  }
  for (const retired of plan.retired) {
    const record = toRetiredRecord(objectId, retired);
    if (!desired.has(record.requirementCode)) {
      desired.set(record.requirementCode, { record, etag: etagCarried(retired) ?? etagCarried(retired.entry) });
    }
  }
  const writes: ActionPlanWrites = { adds: [], updates: [], deletes: [] };
  const seen = new Set<string>();
  for (const row of stored) {
    const code = normaliseCode(row.code);
    const wanted = desired.get(code);
    if (!wanted || seen.has(code)) {
      // Not in the plan any more (or a second row for a code already handled): remove readable rows.
      if (row.record !== null || seen.has(code)) writes.deletes.push({ id: row.id, etag: row.etag });
      continue;
    }
    seen.add(code);
    if (row.record !== null && sameRecord(row.record, wanted.record)) continue;
    writes.updates.push({ id: row.id, etag: wanted.etag ?? row.etag, record: wanted.record });
  }
  desired.forEach((wanted, code) => {
    if (!seen.has(code)) writes.adds.push(wanted.record);
  });
  return writes;
}
