import { effectiveProfile } from './aggregateProfile';
import type { ClassificationObject } from './ClassificationObject';
import { setProfile, type InformationSet } from './InformationSet';
import { ASPECTS, SECURITY_PROTECTION_LEVEL, type Aspect, type Profile } from './levels';

function profileOf(subject: InformationSet | ClassificationObject | Profile): Profile {
  if ('assessments' in subject) return setProfile(subject);
  if ('sets' in subject) return effectiveProfile(subject);
  return subject;
}

/** The aspects at level 4 (synnerligen allvarlig skada): säkerhetsskydd. */
export function securityProtectionAspects(subject: InformationSet | ClassificationObject | Profile): Aspect[] {
  const profile = profileOf(subject);
  return ASPECTS.filter((a) => profile[a] >= SECURITY_PROTECTION_LEVEL);
}

/**
 * Level 4 on any aspect means säkerhetsskydd: no requirement catalogue applies; the set or object needs a separate
 * security protection analysis with the säkerhetsskyddschef.
 */
export function requiresSecurityProtectionAnalysis(subject: InformationSet | ClassificationObject | Profile): boolean {
  return securityProtectionAspects(subject).length > 0;
}
