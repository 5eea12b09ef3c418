import type { ActionPlanEntry, RetiredEntry } from '../../domain/requirements';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** One handlingsplan row as stored, with its own identity and etag. */
export type StoredActionPlanEntry = ActionPlanEntry & Versioned;

/** A retired handlingsplan row as stored (kept so that nothing entered is lost; restored if it applies again). */
export type StoredRetiredEntry = RetiredEntry & Versioned;

/** The stored handlingsplan of one classification object. */
export interface StoredActionPlan {
  objectId: string;
  /** Current entries, ordered by requirement code (the caller orders them by catalogue when it re-derives). */
  entries: StoredActionPlanEntry[];
  /** Retired entries, ordered by requirement code. */
  retired: StoredRetiredEntry[];
  /** Rows that could not be read (hand-edited items): shown as errors, never crash the plan. */
  broken: BrokenItem[];
}

/**
 * What savePlan writes: the entries and retired entries of a (re-)derived plan (see deriveActionPlan). An entry may
 * carry the `etag` it was read with (a StoredActionPlanEntry / StoredRetiredEntry from getPlan does); see savePlan.
 */
export interface ActionPlanToSave {
  entries: ReadonlyArray<ActionPlanEntry & { etag?: string }>;
  retired: ReadonlyArray<RetiredEntry & { etag?: string }>;
}

/**
 * The handlingsplan port: one stored row per (classification object, requirement code), current or retired.
 * Adapters: SharePoint list `Lists/LisActionPlanEntries` (PnPjs) and the local browser store.
 * Every adapter passes tests/contract/requirementRepositories.contract.ts.
 */
export interface ActionPlanRepository {
  /** The plan of one object (empty entries and retired when it has none yet). */
  getPlan(objectId: string): Promise<StoredActionPlan>;
  /**
   * Writes the differences between the stored plan and `plan`: new rows are added, rows whose content or
   * retired state changed are updated, and stored rows whose code is in neither list are deleted; unchanged rows
   * are not written. Rows are matched by requirement code (case-insensitive). A changed row that carries an `etag`
   * is written only if the stored row is still at it, and a row without `etag` whose code is already stored with
   * different content counts as a conflict too: either way ConflictError. Writes go out in batches and are NOT
   * atomic: after a ConflictError or an interruption some rows may be written; reload (getPlan), re-derive and save
   * again. Returns the plan as stored.
   */
  savePlan(objectId: string, plan: ActionPlanToSave): Promise<StoredActionPlan>;
  /**
   * Saves one current entry (matched by requirement code) only if it is still at `etag`; ConflictError otherwise,
   * NotFoundError if the object has no current entry with that code. Returns the entry as stored.
   */
  updateEntry(objectId: string, entry: ActionPlanEntry, etag: string): Promise<StoredActionPlanEntry>;
}
