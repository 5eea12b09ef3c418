import { ASPECTS, SECURITY_PROTECTION_LEVEL, type Aspect, type Profile } from '../classification/levels';
import { effectiveMinLevel, type Requirement } from './Requirement';

/**
 * Why some aspects get nothing from the catalogue. `securityProtection`: an aspect is at level 4 (synnerligen
 * allvarlig skada, säkerhetsskydd); it calls for a separate analysis with the säkerhetsskyddschef instead.
 */
export type ExclusionReason = 'securityProtection';

export interface Applicability {
  /** The applicable requirements, in catalogue order. */
  requirements: Requirement[];
  /** Aspects at level 4, in K-R-T-S order: the catalogue is not applied for them. */
  excludedAspects: Aspect[];
  /** Set when excludedAspects is not empty, so the UI can say why. */
  reason: ExclusionReason | null;
}

/** Aspects of the profile at level 4 (säkerhetsskydd), in K-R-T-S order. */
export function securityProtectionAspects(profile: Profile): Aspect[] {
  return ASPECTS.filter((a) => profile[a] === SECURITY_PROTECTION_LEVEL);
}

/**
 * True when some aspect the requirement protects reaches the level from which it applies (1 for grundskydd)
 * and is not at level 4: an aspect at level 4 never draws requirements from the catalogue.
 */
export function isApplicable(requirement: Requirement, profile: Profile): boolean {
  const from = effectiveMinLevel(requirement);
  return requirement.aspects.some((a) => {
    const level = profile[a];
    return level !== SECURITY_PROTECTION_LEVEL && level >= from;
  });
}

/** The requirements of the catalogue that apply to a profile, and which aspects were left to a separate analysis. */
export function applicableRequirements(catalogue: readonly Requirement[], profile: Profile): Applicability {
  const excludedAspects = securityProtectionAspects(profile);
  return {
    requirements: catalogue.filter((r) => isApplicable(r, profile)),
    excludedAspects,
    reason: excludedAspects.length > 0 ? 'securityProtection' : null,
  };
}
