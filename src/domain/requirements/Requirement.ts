import { ASPECTS, type Aspect } from '../classification/levels';

/**
 * A security requirement (säkerhetsåtgärd) of the catalogue. Domain reference: shared/docs/domain.md §3.
 * Stored and exchanged with these ASCII keys; the UI shows kinds through its strings.
 */
export const REQUIREMENT_KINDS = ['administrativ', 'teknisk', 'fysisk'] as const;
/** The three kinds of security named in the policy: administrativ, teknisk (IT) and fysisk. */
export type RequirementKind = (typeof REQUIREMENT_KINDS)[number];

/** The levels from which a requirement can apply. Level 0 needs nothing; level 4 needs a separate analysis. */
export const REQUIREMENT_LEVELS = [1, 2, 3] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

export interface Requirement {
  /** Stable identity, e.g. `ADM-01`, `TEK-12`, `FYS-03`; upper case. Plans and handovers refer to it. */
  code: string;
  title: string;
  /** ÄR-krav: present tense, for the organisation's self-assessment ("Användare är informerade om …"). */
  isText: string;
  /** SKA-krav: for procurement ("Leverantören ska …"). */
  skaText: string;
  kind: RequirementKind;
  /** The aspects it protects, in K-R-T-S order, at least one. */
  aspects: Aspect[];
  /** The lowest level of any of its aspects from which it applies. */
  minLevel: RequirementLevel;
  /** Grundskydd: applies to everything at level ≥ 1 in its aspects (so minLevel is 1). */
  baseline: boolean;
  /** Where it comes from, e.g. "MSBFS 2020:7 – loggning" or "Informationssäkerhetspolicyn". */
  reference: string;
}

export function isRequirementKind(value: unknown): value is RequirementKind {
  return typeof value === 'string' && (REQUIREMENT_KINDS as readonly string[]).indexOf(value) >= 0;
}

export function isRequirementLevel(value: unknown): value is RequirementLevel {
  return value === 1 || value === 2 || value === 3;
}

/** Codes compare trimmed and upper-cased: `tek-01` and `TEK-01` are the same requirement. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

/** Aspects without duplicates, in the K-R-T-S order users read. */
export function sortAspects(aspects: readonly Aspect[]): Aspect[] {
  return ASPECTS.filter((a) => aspects.indexOf(a) >= 0);
}

/** The level from which a requirement applies: 1 for grundskydd, otherwise its minLevel. */
export function effectiveMinLevel(requirement: Requirement): RequirementLevel {
  return requirement.baseline ? 1 : requirement.minLevel;
}

/** Trims texts, upper-cases the code and orders the aspects; what import and forms store. */
export function normaliseRequirement(requirement: Requirement): Requirement {
  return {
    code: normaliseCode(requirement.code),
    title: requirement.title.trim(),
    isText: requirement.isText.trim(),
    skaText: requirement.skaText.trim(),
    kind: requirement.kind,
    aspects: sortAspects(requirement.aspects),
    minLevel: requirement.minLevel,
    baseline: requirement.baseline,
    reference: requirement.reference.trim(),
  };
}
