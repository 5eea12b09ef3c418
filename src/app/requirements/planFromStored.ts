import type { StoredActionPlan } from '../../data/ports/ActionPlanRepository';
import type { Profile } from '../../domain/classification';
import {
  applicableRequirements,
  normaliseCode,
  type ActionPlan,
  type ActionPlanEntry,
  type Requirement,
  type RetiredEntry,
} from '../../domain/requirements';

/** The domain part of an entry, without the store's identity fields. */
export function plainEntry(entry: ActionPlanEntry): ActionPlanEntry {
  return {
    requirementCode: entry.requirementCode,
    status: entry.status,
    reason: entry.reason,
    how: entry.how,
    responsible: entry.responsible ? { displayName: entry.responsible.displayName, email: entry.responsible.email } : null,
    targetDate: entry.targetDate,
  };
}

/** The stored plan as a domain ActionPlan for `profile`: entries in catalogue order, unknown codes last. */
export function planFromStored(stored: StoredActionPlan, catalogue: readonly Requirement[], profile: Profile): ActionPlan {
  const order = new Map(catalogue.map((r, i) => [normaliseCode(r.code), i] as const));
  const position = (code: string): number => order.get(normaliseCode(code)) ?? Number.MAX_SAFE_INTEGER;
  const entries = stored.entries
    .map(plainEntry)
    .sort((a, b) => position(a.requirementCode) - position(b.requirementCode));
  const retired: RetiredEntry[] = stored.retired.map((r) => ({ entry: plainEntry(r.entry), cause: r.cause, retiredAt: r.retiredAt }));
  const applicability = applicableRequirements(catalogue, profile);
  return { profile: { ...profile }, entries, retired, excludedAspects: applicability.excludedAspects, reason: applicability.reason };
}
