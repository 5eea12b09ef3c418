import fc from 'fast-check';
import {
  CONSEQUENCE_CATEGORIES,
  decidingCategories,
  emptyAssessment,
  levelFromConsequences,
  withConsequence,
  type ConsequenceCategory,
  type Level,
} from '../../../src/domain/classification';

const level = fc.constantFrom<Level>(0, 1, 2, 3, 4);
const consequences = fc.dictionary(fc.constantFrom(...CONSEQUENCE_CATEGORIES), level) as fc.Arbitrary<Partial<Record<ConsequenceCategory, Level>>>;

describe('levelFromConsequences', () => {
  it('is 0 when no category has been assessed', () => {
    expect(levelFromConsequences({})).toBe(0);
  });

  it('takes the worst consequence', () => {
    expect(levelFromConsequences({ verksamhet: 1, ekonomi: 2, individ: 3, anseende: 1 })).toBe(3);
    expect(levelFromConsequences({ livOchHalsa: 4 })).toBe(4);
    expect(levelFromConsequences({ lagkrav: 2, verksamhet: 0 })).toBe(2);
  });

  it('is the maximum of the assessed categories, and every one of them is at or below it (property)', () => {
    fc.assert(
      fc.property(consequences, (c) => {
        const result = levelFromConsequences(c);
        const values = Object.keys(c).map((k) => c[k as ConsequenceCategory] as Level);
        expect(result).toBe(values.length === 0 ? 0 : Math.max(...values));
      })
    );
  });

  it('names the categories at the worst level as deciding', () => {
    expect(decidingCategories({ verksamhet: 2, individ: 3, lagkrav: 3, ekonomi: 1 })).toEqual(['individ', 'lagkrav']);
    expect(decidingCategories({})).toEqual([]);
  });
});

describe('withConsequence', () => {
  it('sets a category and lets the level follow the worst consequence', () => {
    let a = withConsequence({ ...emptyAssessment(), motivering: 'x' }, 'ekonomi', 2);
    expect(a).toEqual({ level: 2, motivering: 'x', consequences: { ekonomi: 2 } });
    a = withConsequence(a, 'individ', 3);
    expect(a.level).toBe(3);
    a = withConsequence(a, 'individ', undefined);
    expect(a).toEqual({ level: 2, motivering: 'x', consequences: { ekonomi: 2 } });
  });

  it('does not change the assessment it was given', () => {
    const before = emptyAssessment();
    withConsequence(before, 'verksamhet', 4);
    expect(before).toEqual({ level: 0, motivering: '', consequences: {} });
  });
});
