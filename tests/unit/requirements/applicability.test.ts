import fc from 'fast-check';
import { ASPECTS, type Aspect, type Level, type Profile } from '../../../src/domain/classification/levels';
import {
  DEFAULT_CATALOGUE,
  applicableRequirements,
  isApplicable,
  securityProtectionAspects,
  type Requirement,
} from '../../../src/domain/requirements';
import { catalogueArb, catalogueProfileArb, profile, profileArb, requirement, requirementArb } from './fixtures';

describe('isApplicable', () => {
  const kAndR2 = requirement({ aspects: ['K', 'R'], minLevel: 2 });

  it('applies when one of its aspects reaches its lowest level', () => {
    expect(isApplicable(kAndR2, profile(2, 0, 0, 0))).toBe(true);
    expect(isApplicable(kAndR2, profile(0, 3, 0, 0))).toBe(true);
    expect(isApplicable(kAndR2, profile(1, 1, 3, 3))).toBe(false);
    expect(isApplicable(kAndR2, profile(0, 0, 0, 0))).toBe(false);
  });

  it('applies a level-3 requirement only from level 3', () => {
    const t3 = requirement({ aspects: ['T'], minLevel: 3 });
    expect(isApplicable(t3, profile(3, 3, 2, 3))).toBe(false);
    expect(isApplicable(t3, profile(0, 0, 3, 0))).toBe(true);
  });

  it('applies grundskydd from level 1 in its aspects, never at level 0', () => {
    const base = requirement({ aspects: ['S'], minLevel: 1, baseline: true });
    expect(isApplicable(base, profile(3, 3, 3, 0))).toBe(false);
    expect(isApplicable(base, profile(0, 0, 0, 1))).toBe(true);
  });

  it('never applies through an aspect at level 4', () => {
    const k1 = requirement({ aspects: ['K'], minLevel: 1, baseline: true });
    expect(isApplicable(k1, profile(4, 0, 0, 0))).toBe(false);
    expect(isApplicable(k1, profile(4, 4, 4, 4))).toBe(false);
    // …but another aspect of the same requirement still counts.
    expect(isApplicable(kAndR2, profile(4, 2, 0, 0))).toBe(true);
  });
});

describe('applicableRequirements', () => {
  it('returns the applicable requirements in catalogue order and no exclusion below level 4', () => {
    const a = requirement({ code: 'A-1', aspects: ['T'], minLevel: 2 });
    const b = requirement({ code: 'B-1', aspects: ['K'], minLevel: 3 });
    const c = requirement({ code: 'C-1', aspects: ['R'], minLevel: 1, baseline: true });
    expect(applicableRequirements([a, b, c], profile(3, 1, 2, 0))).toEqual({ requirements: [a, b, c], excludedAspects: [], reason: null });
    expect(applicableRequirements([a, b, c], profile(2, 0, 2, 0)).requirements).toEqual([a]);
  });

  it('says which aspects are left to a separate analysis, and why', () => {
    const result = applicableRequirements(DEFAULT_CATALOGUE, profile(4, 2, 2, 4));
    expect(result.excludedAspects).toEqual(['K', 'S']);
    expect(result.reason).toBe('securityProtection');
    expect(result.requirements.length).toBeGreaterThan(0);
    expect(result.requirements.every((r) => r.aspects.some((a) => a === 'R' || a === 'T'))).toBe(true);
  });

  it('gives nothing from the catalogue when every aspect is at level 4', () => {
    expect(applicableRequirements(DEFAULT_CATALOGUE, profile(4, 4, 4, 4))).toEqual({
      requirements: [],
      excludedAspects: ['K', 'R', 'T', 'S'],
      reason: 'securityProtection',
    });
  });

  it('securityProtectionAspects lists aspects at level 4 in K-R-T-S order', () => {
    expect(securityProtectionAspects(profile(0, 4, 3, 4))).toEqual(['R', 'S']);
    expect(securityProtectionAspects(profile(3, 3, 3, 3))).toEqual([]);
  });

  it('is exhaustively right for every profile (625) against the default catalogue', () => {
    const levels: Level[] = [0, 1, 2, 3, 4];
    let checked = 0;
    for (const k of levels) for (const r of levels) for (const t of levels) for (const s of levels) {
      const p = profile(k, r, t, s);
      const codes = new Set(applicableRequirements(DEFAULT_CATALOGUE, p).requirements.map((x) => x.code));
      for (const req of DEFAULT_CATALOGUE) {
        const from = req.baseline ? 1 : req.minLevel;
        const expected = req.aspects.some((a) => p[a] >= from && p[a] <= 3);
        if (codes.has(req.code) !== expected) throw new Error(`${req.code} at ${JSON.stringify(p)}`);
      }
      checked += 1;
    }
    expect(checked).toBe(625);
  });
});

function raise(p: Profile, by: Readonly<Record<Aspect, number>>): Profile {
  const out = { ...p } as Record<Aspect, Level>;
  for (const a of ASPECTS) out[a] = Math.min(4, p[a] + by[a]) as Level;
  return out;
}

const raiseArb = fc.record({
  K: fc.integer({ min: 0, max: 4 }),
  R: fc.integer({ min: 0, max: 4 }),
  T: fc.integer({ min: 0, max: 4 }),
  S: fc.integer({ min: 0, max: 4 }),
});

describe('applicability properties', () => {
  it('a requirement applies iff some aspect of it is between its lowest level and 3', () => {
    fc.assert(
      fc.property(requirementArb, profileArb, (req, p) => {
        const from = req.baseline ? 1 : req.minLevel;
        expect(isApplicable(req, p)).toBe(req.aspects.some((a) => p[a] >= from && p[a] < 4));
      })
    );
  });

  it('raising a profile (without reaching level 4) never removes an applicable requirement', () => {
    const pairArb = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
    const profilesArb = fc.record({ K: pairArb, R: pairArb, T: pairArb, S: pairArb }).map((pairs) => ({
      low: profile(pairs.K[0] as Level, pairs.R[0] as Level, pairs.T[0] as Level, pairs.S[0] as Level),
      high: profile(pairs.K[1] as Level, pairs.R[1] as Level, pairs.T[1] as Level, pairs.S[1] as Level),
    }));
    fc.assert(
      fc.property(catalogueArb, profilesArb, (catalogue, { low, high }) => {
        const before = applicableRequirements(catalogue, low).requirements.map((r) => r.code);
        const after = new Set(applicableRequirements(catalogue, high).requirements.map((r) => r.code));
        for (const code of before) expect(after.has(code)).toBe(true);
      })
    );
  });

  it('when raising removes a requirement, every aspect it applied through went to level 4', () => {
    fc.assert(
      fc.property(catalogueArb, profileArb, raiseArb, (catalogue, p, by) => {
        const higher = raise(p, by);
        const after = new Set(applicableRequirements(catalogue, higher).requirements.map((r) => r.code));
        for (const req of applicableRequirements(catalogue, p).requirements) {
          if (after.has(req.code)) continue;
          const from = req.baseline ? 1 : req.minLevel;
          const through = req.aspects.filter((a) => p[a] >= from && p[a] < 4);
          expect(through.length).toBeGreaterThan(0);
          expect(through.every((a) => higher[a] === 4)).toBe(true);
        }
      })
    );
  });

  it('excludes exactly the aspects at level 4 and sets the reason only then', () => {
    fc.assert(
      fc.property(catalogueArb, profileArb, (catalogue: Requirement[], p) => {
        const result = applicableRequirements(catalogue, p);
        expect(result.excludedAspects).toEqual(ASPECTS.filter((a) => p[a] === 4));
        expect(result.reason).toBe(result.excludedAspects.length > 0 ? 'securityProtection' : null);
        expect(result.requirements).toEqual(catalogue.filter((r) => isApplicable(r, p)));
      })
    );
  });

  it('a single aspect going to level 4 removes exactly the requirements that only it carried', () => {
    fc.assert(
      fc.property(catalogueArb, catalogueProfileArb, fc.constantFrom<Aspect>('K', 'R', 'T', 'S'), (catalogue, p, aspect) => {
        const four = { ...p, [aspect]: 4 } as Profile;
        const lost = applicableRequirements(catalogue, p).requirements.filter((r) => !isApplicable(r, four));
        for (const r of lost) {
          const from = r.baseline ? 1 : r.minLevel;
          expect(r.aspects.filter((a) => p[a] >= from)).toEqual([aspect]);
        }
      })
    );
  });
});
