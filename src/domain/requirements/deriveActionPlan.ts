import type { Profile } from '../classification/levels';
import { emptyEntry, hasEnteredData, type ActionPlan, type ActionPlanEntry, type RetiredEntry } from './ActionPlan';
import { applicableRequirements } from './applicability';
import { normaliseCode, type Requirement } from './Requirement';

/** What a re-derivation changed, by requirement code, so the UI can tell the owner. */
export interface ActionPlanChanges {
  /** Newly applicable, starting as ej bedömd. */
  added: string[];
  /** Applicable again: their earlier entry came back from the retired list. */
  restored: string[];
  /** No longer applicable (or gone from the catalogue); those with entered data were moved to `retired`. */
  removed: string[];
}

export interface ActionPlanDerivation {
  plan: ActionPlan;
  changes: ActionPlanChanges;
}

function copyEntry(entry: ActionPlanEntry): ActionPlanEntry {
  return { ...entry, responsible: entry.responsible ? { ...entry.responsible } : null };
}

/**
 * Derives the handlingsplan for a profile, or re-derives it after the profile (or the catalogue) changed.
 * Entries of requirements that still apply keep everything entered; newly applicable ones start as ej bedömd;
 * entries that no longer apply move to `retired` (when anything was entered) and come back if they apply again.
 * `at` is the ISO timestamp recorded on newly retired entries (time is passed in, never read).
 */
export function deriveActionPlan(
  catalogue: readonly Requirement[],
  profile: Profile,
  existingPlan: ActionPlan | null,
  at: string
): ActionPlanDerivation {
  const applicability = applicableRequirements(catalogue, profile);
  const current = new Map<string, ActionPlanEntry>();
  for (const entry of existingPlan?.entries ?? []) current.set(normaliseCode(entry.requirementCode), entry);
  const retired = new Map<string, RetiredEntry>();
  for (const r of existingPlan?.retired ?? []) retired.set(normaliseCode(r.entry.requirementCode), r);

  const changes: ActionPlanChanges = { added: [], restored: [], removed: [] };
  const applicableCodes = new Set<string>();
  const entries = applicability.requirements.map((requirement) => {
    const code = normaliseCode(requirement.code);
    applicableCodes.add(code);
    const kept = current.get(code);
    if (kept) return copyEntry(kept);
    const back = retired.get(code);
    if (back) {
      retired.delete(code);
      changes.restored.push(code);
      return copyEntry(back.entry);
    }
    changes.added.push(code);
    return emptyEntry(requirement.code);
  });

  const inCatalogue = new Set(catalogue.map((r) => normaliseCode(r.code)));
  const newlyRetired: RetiredEntry[] = [];
  current.forEach((entry, code) => {
    if (applicableCodes.has(code)) return;
    changes.removed.push(code);
    if (!hasEnteredData(entry)) return;
    retired.delete(code);
    newlyRetired.push({ entry: copyEntry(entry), cause: inCatalogue.has(code) ? 'notApplicable' : 'notInCatalogue', retiredAt: at });
  });

  const plan: ActionPlan = {
    profile: { ...profile },
    entries,
    retired: [...Array.from(retired.values()), ...newlyRetired],
    excludedAspects: applicability.excludedAspects,
    reason: applicability.reason,
  };
  return { plan, changes };
}

/** Replaces the entry of one requirement (after validateActionPlanEntry); other entries are untouched. */
export function updateEntry(plan: ActionPlan, entry: ActionPlanEntry): ActionPlan {
  const code = normaliseCode(entry.requirementCode);
  return { ...plan, entries: plan.entries.map((e) => (normaliseCode(e.requirementCode) === code ? copyEntry(entry) : e)) };
}

/** Counts per status, e.g. for a progress bar or the yearly follow-up. */
export function summariseStatuses(plan: ActionPlan): Record<ActionPlanEntry['status'], number> {
  const counts: Record<ActionPlanEntry['status'], number> = { uppfyllt: 0, delvis: 0, ejUppfyllt: 0, ejTillampligt: 0, ejBedomd: 0 };
  for (const entry of plan.entries) counts[entry.status] += 1;
  return counts;
}
