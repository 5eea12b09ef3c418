import type { Aspect, Profile } from '../classification/levels';
import type { Person } from '../shared/Person';
import type { ExclusionReason } from './applicability';

/** Self-assessment of one requirement (ASCII keys; shown through the UI strings). */
export const ASSESSMENT_STATUSES = ['uppfyllt', 'delvis', 'ejUppfyllt', 'ejTillampligt', 'ejBedomd'] as const;
/** uppfyllt / delvis / ej uppfyllt / ej tillämpligt (needs a reason) / ej bedömd (not yet assessed). */
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export function isAssessmentStatus(value: unknown): value is AssessmentStatus {
  return typeof value === 'string' && (ASSESSMENT_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/** One row of a handlingsplan: the owner's self-assessment of one applicable requirement. */
export interface ActionPlanEntry {
  requirementCode: string;
  status: AssessmentStatus;
  /** Why the requirement does not apply; required for `ejTillampligt`. */
  reason: string;
  /** "Hur": how the requirement is (or will be) met. */
  how: string;
  responsible: Person | null;
  /** Target date as `YYYY-MM-DD`, or null. */
  targetDate: string | null;
}

/** Why an entry left the plan. */
export type RetiredCause = 'notApplicable' | 'notInCatalogue';

/** An entry that no longer belongs to the plan, kept with what was entered so nothing is silently lost. */
export interface RetiredEntry {
  entry: ActionPlanEntry;
  cause: RetiredCause;
  /** ISO timestamp of the re-derivation that retired it. */
  retiredAt: string;
}

/** The handlingsplan of one classification object. */
export interface ActionPlan {
  /** The profile the plan was derived from. */
  profile: Profile;
  /** One entry per applicable requirement, in catalogue order. */
  entries: ActionPlanEntry[];
  /** Entries with entered data whose requirement no longer applies; restored if it applies again. */
  retired: RetiredEntry[];
  /** Aspects at level 4: no catalogue requirements for them (see applicability). */
  excludedAspects: Aspect[];
  reason: ExclusionReason | null;
}

export function emptyEntry(requirementCode: string): ActionPlanEntry {
  return { requirementCode, status: 'ejBedomd', reason: '', how: '', responsible: null, targetDate: null };
}

/** True when someone has entered anything beyond the untouched default. */
export function hasEnteredData(entry: ActionPlanEntry): boolean {
  return (
    entry.status !== 'ejBedomd' ||
    entry.reason.trim() !== '' ||
    entry.how.trim() !== '' ||
    entry.responsible !== null ||
    entry.targetDate !== null
  );
}
