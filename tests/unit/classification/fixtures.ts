import {
  emptyClassificationObject,
  emptyInformationSet,
  type ClassificationObject,
  type InformationSet,
  type Level,
  type Profile,
} from '../../../src/domain/classification';
import type { Person } from '../../../src/domain/shared';

export const anna: Person = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' };
export const samordnare: Person = { displayName: 'Sam Ordnare', email: 'sam.ordnare@norrkoping.se' };

/** A set with the given levels and a motivering for every aspect. */
export function makeSet(id: string, profile: Profile, name: string = `Mängd ${id}`): InformationSet {
  const base = emptyInformationSet(id, name);
  return {
    ...base,
    assessments: {
      K: { level: profile.K, motivering: `K för ${name}`, consequences: {} },
      R: { level: profile.R, motivering: `R för ${name}`, consequences: {} },
      T: { level: profile.T, motivering: `T för ${name}`, consequences: {} },
      S: { level: profile.S, motivering: `S för ${name}`, consequences: {} },
    },
  };
}

export function p(K: Level, R: Level, T: Level, S: Level): Profile {
  return { K, R, T, S };
}

/** A valid, complete draft holding `sets`. */
export function makeObject(sets: InformationSet[], overrides: Partial<ClassificationObject> = {}): ClassificationObject {
  return { ...emptyClassificationObject('unit-1'), name: 'Elevregister', sets, ...overrides };
}
