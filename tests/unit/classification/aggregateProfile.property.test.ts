import fc from 'fast-check';
import { ASPECTS, aggregateProfile, type Aspect, type Level, type ManualRaise } from '../../../src/domain/classification';
import { levelArb, profileArb, setsArb } from './arbitraries';
import { makeObject, makeSet } from './fixtures';

const raisesArb = fc.dictionary(
  fc.constantFrom<Aspect>('K', 'R', 'T', 'S'),
  fc.record({ level: levelArb, motivering: fc.constant('Motiverat') })
) as fc.Arbitrary<Partial<Record<Aspect, ManualRaise>>>;

describe('aggregateProfile (properties)', () => {
  it('is the per-aspect maximum over the sets', () => {
    fc.assert(
      fc.property(setsArb, (sets) => {
        const { profile, empty } = aggregateProfile(makeObject(sets));
        expect(empty).toBe(sets.length === 0);
        for (const a of ASPECTS) {
          expect(profile[a]).toBe(Math.max(0, ...sets.map((s) => s.assessments[a].level)));
        }
      })
    );
  });

  it('drivers are exactly the sets at the aggregated level', () => {
    fc.assert(
      fc.property(setsArb, (sets) => {
        const { profile, drivers } = aggregateProfile(makeObject(sets));
        for (const a of ASPECTS) {
          expect(drivers[a]).toEqual(sets.filter((s) => s.assessments[a].level === profile[a]).map((s) => s.id));
          if (sets.length > 0) expect(drivers[a].length).toBeGreaterThan(0);
        }
      })
    );
  });

  it('does not depend on the order of the sets', () => {
    fc.assert(
      fc.property(
        setsArb.chain((sets) => fc.tuple(fc.constant(sets), fc.shuffledSubarray(sets, { minLength: sets.length, maxLength: sets.length }))),
        ([sets, shuffled]) => {
          const a = aggregateProfile(makeObject(sets));
          const b = aggregateProfile(makeObject(shuffled));
          expect(b.profile).toEqual(a.profile);
          for (const aspect of ASPECTS) expect([...b.drivers[aspect]].sort()).toEqual([...a.drivers[aspect]].sort());
        }
      )
    );
  });

  it('is monotone: raising any level of any set, or adding a set, never lowers the profile', () => {
    fc.assert(
      fc.property(setsArb, fc.nat(), fc.constantFrom<Aspect>('K', 'R', 'T', 'S'), levelArb, profileArb, (sets, pick, aspect, bump, extra) => {
        const before = aggregateProfile(makeObject(sets)).profile;
        if (sets.length > 0) {
          const index = pick % sets.length;
          const target = sets[index];
          const current = target.assessments[aspect].level;
          const raisedLevel = Math.max(current, bump) as Level;
          const changed = sets.map((s, i) =>
            i === index ? { ...s, assessments: { ...s.assessments, [aspect]: { ...s.assessments[aspect], level: raisedLevel } } } : s
          );
          const after = aggregateProfile(makeObject(changed)).profile;
          for (const a of ASPECTS) expect(after[a]).toBeGreaterThanOrEqual(before[a]);
        }
        const added = aggregateProfile(makeObject([...sets, makeSet('extra', extra)])).profile;
        for (const a of ASPECTS) expect(added[a]).toBeGreaterThanOrEqual(before[a]);
      })
    );
  });

  it('manual raises never lower the profile, and give max(sets, raise) per aspect', () => {
    fc.assert(
      fc.property(setsArb, raisesArb, (sets, raises) => {
        const plain = aggregateProfile(makeObject(sets));
        const raised = aggregateProfile(makeObject(sets, { manualRaises: raises }));
        expect(raised.fromSets).toEqual(plain.profile);
        for (const a of ASPECTS) {
          expect(raised.profile[a]).toBeGreaterThanOrEqual(plain.profile[a]);
          expect(raised.profile[a]).toBe(Math.max(plain.profile[a], raises[a]?.level ?? 0));
          expect(raised.raised.indexOf(a) >= 0).toBe((raises[a]?.level ?? -1) > plain.profile[a]);
        }
      })
    );
  });
});
