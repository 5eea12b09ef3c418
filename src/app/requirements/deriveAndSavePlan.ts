import type { ActionPlanToSave, StoredActionPlan } from '../../data/ports/ActionPlanRepository';
import type { ClassificationObject } from '../../domain/classification';
import { aggregateProfile } from '../../domain/classification';
import { deriveActionPlan, normaliseCode, type ActionPlan, type ActionPlanChanges, type Requirement } from '../../domain/requirements';
import type { RequirementServices } from './deps';
import { plainEntry, planFromStored } from './planFromStored';

export interface PlanState {
  /** The plan as stored (with etags per entry). */
  stored: StoredActionPlan;
  /** The same plan as the domain sees it, for the object's current profile. */
  plan: ActionPlan;
  /** What the last derivation changed; all empty when the stored plan already matched the profile. */
  changes: ActionPlanChanges;
}

/** True when a derivation changed which requirements the plan holds. */
export function hasChanges(changes: ActionPlanChanges): boolean {
  return changes.added.length + changes.restored.length + changes.removed.length > 0;
}

/**
 * The rows to write for a derived plan: every row carries the etag of the stored row with its code (current or
 * retired), so a re-derivation only overwrites rows nobody changed meanwhile (ConflictError otherwise).
 */
export function planToSave(plan: ActionPlan, stored: StoredActionPlan): ActionPlanToSave {
  const etags = new Map<string, string>();
  for (const e of stored.entries) etags.set(normaliseCode(e.requirementCode), e.etag);
  for (const r of stored.retired) etags.set(normaliseCode(r.entry.requirementCode), r.etag);
  const etagOf = (code: string): { etag?: string } => {
    const etag = etags.get(normaliseCode(code));
    return etag === undefined ? {} : { etag };
  };
  return {
    entries: plan.entries.map((e) => ({ ...plainEntry(e), ...etagOf(e.requirementCode) })),
    retired: plan.retired.map((r) => ({
      entry: plainEntry(r.entry),
      cause: r.cause,
      retiredAt: r.retiredAt,
      ...etagOf(r.entry.requirementCode),
    })),
  };
}

/**
 * Derives the handlingsplan from the object's aggregated profile and the catalogue, keeping everything entered for
 * requirements that still apply, and saves the differences. Nothing is written when the stored plan already
 * matches. `objectId` is the stored classification's id. ConflictError when a row changed meanwhile.
 */
export async function deriveAndSavePlan(
  services: Pick<RequirementServices, 'requirements' | 'actionPlans' | 'now'>,
  objectId: string,
  object: Pick<ClassificationObject, 'sets' | 'manualRaises'>,
  known?: { catalogue?: readonly Requirement[]; stored?: StoredActionPlan }
): Promise<PlanState> {
  const catalogue = known?.catalogue ?? (await services.requirements.list()).items;
  const stored = known?.stored ?? (await services.actionPlans.getPlan(objectId));
  const profile = aggregateProfile(object).profile;
  const existing = planFromStored(stored, catalogue, profile);
  const neverDerived = stored.entries.length === 0 && stored.retired.length === 0;
  const derivation = deriveActionPlan(catalogue, profile, neverDerived ? null : existing, services.now().toISOString());
  if (!hasChanges(derivation.changes)) return { stored, plan: existing, changes: derivation.changes };
  const saved = await services.actionPlans.savePlan(objectId, planToSave(derivation.plan, stored));
  return { stored: saved, plan: planFromStored(saved, catalogue, profile), changes: derivation.changes };
}
