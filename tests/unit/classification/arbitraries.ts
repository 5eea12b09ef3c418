import fc from 'fast-check';
import type { InformationSet, Level, Profile } from '../../../src/domain/classification';
import { makeSet } from './fixtures';

export const levelArb = fc.constantFrom<Level>(0, 1, 2, 3, 4);
export const profileArb: fc.Arbitrary<Profile> = fc.record({ K: levelArb, R: levelArb, T: levelArb, S: levelArb });

/** 0–12 sets with unique ids s0, s1 … */
export const setsArb: fc.Arbitrary<InformationSet[]> = fc
  .array(profileArb, { maxLength: 12 })
  .map((profiles) => profiles.map((profile, i) => makeSet(`s${i}`, profile)));
