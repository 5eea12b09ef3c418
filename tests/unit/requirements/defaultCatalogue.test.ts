import { ASPECTS } from '../../../src/domain/classification/levels';
import {
  DEFAULT_CATALOGUE,
  REQUIREMENT_KINDS,
  applicableRequirements,
  normaliseRequirement,
  validateCatalogue,
} from '../../../src/domain/requirements';
import { profile } from './fixtures';

describe('the default catalogue', () => {
  it('holds at least 60 requirements, all valid, with unique codes', () => {
    expect(DEFAULT_CATALOGUE.length).toBeGreaterThanOrEqual(60);
    expect(validateCatalogue(DEFAULT_CATALOGUE)).toEqual([]);
    expect(new Set(DEFAULT_CATALOGUE.map((r) => r.code)).size).toBe(DEFAULT_CATALOGUE.length);
  });

  it('is stored normalised (trimmed texts, upper-case codes, aspects in K-R-T-S order)', () => {
    for (const r of DEFAULT_CATALOGUE) expect(normaliseRequirement(r)).toEqual(r);
  });

  it('uses codes that name the kind: ADM- for administrativ, TEK- for teknisk, FYS- for fysisk', () => {
    const prefix = { administrativ: 'ADM-', teknisk: 'TEK-', fysisk: 'FYS-' } as const;
    for (const r of DEFAULT_CATALOGUE) expect(r.code.startsWith(prefix[r.kind])).toBe(true);
  });

  it('represents every kind and every aspect, each aspect at levels 1, 2 and 3', () => {
    for (const kind of REQUIREMENT_KINDS) expect(DEFAULT_CATALOGUE.some((r) => r.kind === kind)).toBe(true);
    for (const aspect of ASPECTS) {
      for (const level of [1, 2, 3]) {
        const found = DEFAULT_CATALOGUE.some((r) => r.aspects.indexOf(aspect) >= 0 && (r.baseline ? 1 : r.minLevel) === level);
        expect({ aspect, level, found }).toEqual({ aspect, level, found: true });
      }
    }
  });

  it('has a grundskydd baseline of 15–25 requirements, each applying from level 1', () => {
    const baseline = DEFAULT_CATALOGUE.filter((r) => r.baseline);
    expect(baseline.length).toBeGreaterThanOrEqual(15);
    expect(baseline.length).toBeLessThanOrEqual(25);
    expect(baseline.every((r) => r.minLevel === 1)).toBe(true);
    expect(new Set(baseline.map((r) => r.kind)).size).toBe(3);
  });

  it('words ÄR-krav for self-assessment and SKA-krav for procurement', () => {
    for (const r of DEFAULT_CATALOGUE) {
      expect(r.skaText).toMatch(/\bska\b/);
      expect(r.isText).not.toMatch(/^Leverantören ska/);
      expect(r.isText).not.toEqual(r.skaText);
      expect(r.reference.length).toBeGreaterThan(5);
    }
  });

  it('gives exactly the grundskydd to a profile at level 1 everywhere, and more at higher levels', () => {
    const atOne = applicableRequirements(DEFAULT_CATALOGUE, profile(1, 1, 1, 1)).requirements;
    expect(atOne.map((r) => r.code)).toEqual(DEFAULT_CATALOGUE.filter((r) => r.baseline).map((r) => r.code));
    const atTwo = applicableRequirements(DEFAULT_CATALOGUE, profile(2, 2, 2, 2)).requirements;
    const atThree = applicableRequirements(DEFAULT_CATALOGUE, profile(3, 3, 3, 3)).requirements;
    expect(atTwo.length).toBeGreaterThan(atOne.length);
    expect(atThree).toHaveLength(DEFAULT_CATALOGUE.length);
    expect(applicableRequirements(DEFAULT_CATALOGUE, profile(0, 0, 0, 0)).requirements).toEqual([]);
  });
});
