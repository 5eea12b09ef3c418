import fc from 'fast-check';
import { ASPECTS, type Aspect, type Level, type Profile } from '../../../src/domain/classification/levels';
import type { Requirement, RequirementLevel } from '../../../src/domain/requirements';

export function profile(k: Level, r: Level, t: Level, s: Level): Profile {
  return { K: k, R: r, T: t, S: s };
}

export function requirement(overrides: Partial<Requirement> = {}): Requirement {
  return {
    code: 'TST-01',
    title: 'Testkrav',
    isText: 'Användare är informerade.',
    skaText: 'Leverantören ska informera.',
    kind: 'teknisk',
    aspects: ['K'],
    minLevel: 2,
    baseline: false,
    reference: 'MSB metodstöd',
    ...overrides,
  };
}

export const levelArb: fc.Arbitrary<Level> = fc.constantFrom<Level>(0, 1, 2, 3, 4);
export const profileArb: fc.Arbitrary<Profile> = fc.record({ K: levelArb, R: levelArb, T: levelArb, S: levelArb });
/** Profiles without level 4 (the catalogue applies to every aspect). */
export const catalogueProfileArb: fc.Arbitrary<Profile> = fc.record({
  K: fc.constantFrom<Level>(0, 1, 2, 3),
  R: fc.constantFrom<Level>(0, 1, 2, 3),
  T: fc.constantFrom<Level>(0, 1, 2, 3),
  S: fc.constantFrom<Level>(0, 1, 2, 3),
});
export const aspectsArb: fc.Arbitrary<Aspect[]> = fc.subarray([...ASPECTS], { minLength: 1 });

/** Characters that break naive CSV and spreadsheet handling. */
const hostileChar = fc.constantFrom('a', 'B', 'å', 'Ö', ' ', '"', ';', ',', '\n', '\r', '\t', '=', '+', '-', '@', "'", '|', '\u00a0');
/** Trimmed, non-empty text as a valid requirement holds, drawn from hostile characters. */
export function textArb(maxLength: number): fc.Arbitrary<string> {
  return fc
    .string({ unit: fc.oneof(hostileChar, fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })), minLength: 1, maxLength })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const codeArb = fc
  .tuple(fc.constantFrom('ADM', 'TEK', 'FYS', 'KS', 'X'), fc.integer({ min: 0, max: 9999 }))
  .map(([prefix, n]) => `${prefix}-${n}`);

export const requirementArb: fc.Arbitrary<Requirement> = fc
  .record({
    code: codeArb,
    title: textArb(40),
    isText: textArb(80),
    skaText: textArb(80),
    kind: fc.constantFrom<Requirement['kind']>('administrativ', 'teknisk', 'fysisk'),
    aspects: aspectsArb,
    minLevel: fc.constantFrom<RequirementLevel>(1, 2, 3),
    baseline: fc.boolean(),
    reference: textArb(40),
  })
  .map((r) => (r.baseline ? { ...r, minLevel: 1 as RequirementLevel } : r));

/** Catalogues with unique codes. */
export const catalogueArb: fc.Arbitrary<Requirement[]> = fc.uniqueArray(requirementArb, {
  minLength: 1,
  maxLength: 25,
  selector: (r) => r.code,
});
