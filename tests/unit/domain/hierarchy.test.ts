import fc from 'fast-check';
import { ancestry, emptyOrgUnitDraft, parentCandidates, wouldCreateCycle, type OrgUnit } from '../../../src/domain/organisation';

function unit(id: string, parentId: string | null, active = true, name = `Enhet ${id}`): OrgUnit {
  return { ...emptyOrgUnitDraft(), id, name, parentId, active, etag: '1', modified: '', modifiedBy: '' };
}

/** A random forest: unit i may only point at a unit with a lower index, so the stored data has no cycle. */
const forest = fc
  .array(fc.nat(), { minLength: 1, maxLength: 40 })
  .map((picks) => picks.map((pick, i) => unit(String(i), i === 0 || pick % 3 === 0 ? null : String(pick % i))));

describe('wouldCreateCycle', () => {
  const chain = [unit('a', null), unit('b', 'a'), unit('c', 'b')];

  it('is false for a top-level choice and for moving under an unrelated branch', () => {
    expect(wouldCreateCycle('c', null, chain)).toBe(false);
    expect(wouldCreateCycle('b', 'a', chain)).toBe(false);
  });

  it('is true when the new parent is the unit itself or one of its descendants', () => {
    expect(wouldCreateCycle('a', 'a', chain)).toBe(true);
    expect(wouldCreateCycle('a', 'c', chain)).toBe(true);
  });

  it('terminates on a loop already present in stored data', () => {
    const broken = [unit('x', 'y'), unit('y', 'x'), unit('z', null)];
    expect(wouldCreateCycle('z', 'x', broken)).toBe(true);
  });

  it('property: re-parenting accepted by the check never yields a cycle', () => {
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (units, a, b) => {
        const child = units[a % units.length];
        const parent = units[b % units.length];
        if (wouldCreateCycle(child.id, parent.id, units)) return;
        const moved = units.map((u) => (u.id === child.id ? { ...u, parentId: parent.id } : u));
        // Walking up from every unit must reach the top in at most n steps.
        for (const u of moved) expect(ancestry(u, moved).length).toBeLessThanOrEqual(moved.length);
        expect(ancestry(moved.find((u) => u.id === child.id)!, moved)[0].parentId).toBeNull();
      }),
    );
  });

  it('property: a unit is always rejected as parent of its own ancestors', () => {
    fc.assert(
      fc.property(forest, fc.nat(), (units, a) => {
        const u = units[a % units.length];
        for (const ancestor of ancestry(u, units)) expect(wouldCreateCycle(ancestor.id, u.id, units)).toBe(true);
      }),
    );
  });
});

describe('ancestry and parentCandidates', () => {
  const units = [
    unit('1', null, true, 'Vård- och omsorgsnämnden'),
    unit('2', '1', true, 'Vård- och omsorgskontoret'),
    unit('3', '2', true, 'Hemtjänst'),
    unit('4', null, false, 'Äldrenämnden'),
    unit('5', null, true, 'Arbetsmarknadsnämnden'),
  ];

  it('lists the chain from the top down', () => {
    expect(ancestry(units[2], units).map((u) => u.name)).toEqual(['Vård- och omsorgsnämnden', 'Vård- och omsorgskontoret', 'Hemtjänst']);
  });

  it('offers only active units that are neither the unit nor below it, in Swedish order', () => {
    expect(parentCandidates('1', units).map((u) => u.id)).toEqual(['5']);
    expect(parentCandidates(undefined, units).map((u) => u.name)).toEqual([
      'Arbetsmarknadsnämnden',
      'Hemtjänst',
      'Vård- och omsorgskontoret',
      'Vård- och omsorgsnämnden',
    ]);
  });
});
