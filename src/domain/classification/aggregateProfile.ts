import type { ClassificationObject } from './ClassificationObject';
import { ASPECTS, type Aspect, type Level, type Profile } from './levels';

export interface AggregatedProfile {
  /** The object's profile: the maximum per aspect over its sets, raised where a manual raise says so. */
  profile: Profile;
  /** The maximum per aspect over the sets alone (maximum principle), before manual raises. */
  fromSets: Profile;
  /** Per aspect, the ids of the sets whose level equals `fromSets` (in set order); empty when there are no sets. */
  drivers: Readonly<Record<Aspect, string[]>>;
  /** Aspects where a manual raise lifts `profile` above `fromSets`. */
  raised: Aspect[];
  /** True when the object holds no information sets: `fromSets` is all 0 for that reason only. */
  empty: boolean;
}

/**
 * Aggregation by the maximum principle: an object gets at least the highest level per aspect of the information sets
 * it holds. A manual raise (e.g. for accumulation) applies on top and can never lower the result.
 */
export function aggregateProfile(object: Pick<ClassificationObject, 'sets' | 'manualRaises'>): AggregatedProfile {
  const fromSets: Record<Aspect, Level> = { K: 0, R: 0, T: 0, S: 0 };
  const drivers: Record<Aspect, string[]> = { K: [], R: [], T: [], S: [] };
  for (const set of object.sets) {
    for (const aspect of ASPECTS) {
      const level = set.assessments[aspect].level;
      if (level > fromSets[aspect]) {
        fromSets[aspect] = level;
        drivers[aspect] = [set.id];
      } else if (level === fromSets[aspect]) {
        drivers[aspect].push(set.id);
      }
    }
  }
  const profile: Record<Aspect, Level> = { ...fromSets };
  const raised: Aspect[] = [];
  for (const aspect of ASPECTS) {
    const raise = object.manualRaises[aspect];
    if (raise && raise.level > profile[aspect]) {
      profile[aspect] = raise.level;
      raised.push(aspect);
    }
  }
  return { profile, fromSets, drivers, raised, empty: object.sets.length === 0 };
}

/** Shorthand for `aggregateProfile(object).profile`. */
export function effectiveProfile(object: Pick<ClassificationObject, 'sets' | 'manualRaises'>): Profile {
  return aggregateProfile(object).profile;
}
