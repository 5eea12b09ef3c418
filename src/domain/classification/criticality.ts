import type { Profile } from './levels';

/** R or T at 3 or above: the object is verksamhetskritisk (after Sundsvall's systemregister). */
export const BUSINESS_CRITICAL_LEVEL = 3;

/** True when the object is verksamhetskritisk: its riktighet or tillgänglighet is at level 3 or higher. */
export function isBusinessCritical(profile: Profile): boolean {
  return profile.R >= BUSINESS_CRITICAL_LEVEL || profile.T >= BUSINESS_CRITICAL_LEVEL;
}
