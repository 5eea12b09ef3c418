/**
 * Handlingsplaner for task derivation, as the TaskInputReader adapters assemble them from stored rows: only the
 * current entries (task sources read `plan.entries` and nothing else of the plan). The profile the plan was derived
 * from is not stored per row, so it is left at level 0 and no aspects are excluded: never use these plans for
 * anything but deriving tasks.
 */
import type { ActionPlanEntry } from '../domain/requirements';
import type { ObjectActionPlan } from '../domain/tasks/TaskInput';

const UNKNOWN_PROFILE = { K: 0, R: 0, T: 0, S: 0 } as const;

/** One plan per object, entries in the order given; objects in first-seen order. */
export function plansFromEntries(rows: Iterable<{ objectId: string; entry: ActionPlanEntry }>): ObjectActionPlan[] {
  const byObject = new Map<string, ActionPlanEntry[]>();
  for (const { objectId, entry } of rows) {
    const entries = byObject.get(objectId);
    if (entries) entries.push(entry);
    else byObject.set(objectId, [entry]);
  }
  return Array.from(byObject, ([objectId, entries]) => ({ objectId, plan: { profile: UNKNOWN_PROFILE, entries, retired: [], excludedAspects: [], reason: null } }));
}
