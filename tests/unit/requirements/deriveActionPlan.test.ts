import fc from 'fast-check';
import {
  ASSESSMENT_STATUSES,
  DEFAULT_CATALOGUE,
  applicableRequirements,
  deriveActionPlan,
  emptyEntry,
  hasEnteredData,
  summariseStatuses,
  updateEntry,
  type ActionPlan,
  type ActionPlanEntry,
} from '../../../src/domain/requirements';
import { catalogueArb, profile, profileArb, requirement } from './fixtures';

const AT = '2026-03-01T10:00:00Z';
const LATER = '2026-09-01T10:00:00Z';
const anna = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' };

const k2 = requirement({ code: 'K-2', aspects: ['K'], minLevel: 2 });
const t3 = requirement({ code: 'T-3', aspects: ['T'], minLevel: 3 });
const base = requirement({ code: 'B-1', aspects: ['K', 'R', 'T', 'S'], minLevel: 1, baseline: true, kind: 'administrativ' });
const catalogue = [base, k2, t3];

function assessed(code: string, overrides: Partial<ActionPlanEntry> = {}): ActionPlanEntry {
  return { ...emptyEntry(code), status: 'delvis', how: 'Via rutin', responsible: { ...anna }, targetDate: '2026-12-31', ...overrides };
}

describe('deriveActionPlan', () => {
  it('derives a new plan with one ej bedömd entry per applicable requirement, in catalogue order', () => {
    const { plan, changes } = deriveActionPlan(catalogue, profile(2, 1, 3, 0), null, AT);
    expect(plan.entries).toEqual([emptyEntry('B-1'), emptyEntry('K-2'), emptyEntry('T-3')]);
    expect(plan.profile).toEqual(profile(2, 1, 3, 0));
    expect(plan.retired).toEqual([]);
    expect(changes).toEqual({ added: ['B-1', 'K-2', 'T-3'], restored: [], removed: [] });
    expect(plan.excludedAspects).toEqual([]);
    expect(plan.reason).toBeNull();
  });

  it('keeps statuses of requirements that still apply when the profile changes', () => {
    const first = deriveActionPlan(catalogue, profile(2, 0, 0, 0), null, AT).plan;
    const edited = updateEntry(first, assessed('K-2'));
    const { plan, changes } = deriveActionPlan(catalogue, profile(3, 0, 3, 0), edited, LATER);
    expect(plan.entries).toEqual([emptyEntry('B-1'), assessed('K-2'), emptyEntry('T-3')]);
    expect(changes).toEqual({ added: ['T-3'], restored: [], removed: [] });
  });

  it('moves entered entries that no longer apply to the retired list, with cause and time, and reports them', () => {
    const first = deriveActionPlan(catalogue, profile(2, 0, 3, 0), null, AT).plan;
    const edited = updateEntry(first, assessed('K-2', { status: 'uppfyllt' }));
    const { plan, changes } = deriveActionPlan(catalogue, profile(1, 0, 1, 0), edited, LATER);
    expect(plan.entries.map((e) => e.requirementCode)).toEqual(['B-1']);
    expect(changes.removed).toEqual(['K-2', 'T-3']);
    // T-3 was never assessed: nothing to keep. K-2 was: kept as retired.
    expect(plan.retired).toEqual([{ entry: assessed('K-2', { status: 'uppfyllt' }), cause: 'notApplicable', retiredAt: LATER }]);
  });

  it('restores a retired entry when its requirement applies again', () => {
    const first = deriveActionPlan(catalogue, profile(2, 0, 0, 0), null, AT).plan;
    const edited = updateEntry(first, assessed('K-2'));
    const lowered = deriveActionPlan(catalogue, profile(1, 0, 0, 0), edited, AT).plan;
    const { plan, changes } = deriveActionPlan(catalogue, profile(2, 0, 0, 0), lowered, LATER);
    expect(plan.entries).toEqual([emptyEntry('B-1'), assessed('K-2')]);
    expect(plan.retired).toEqual([]);
    expect(changes).toEqual({ added: [], restored: ['K-2'], removed: [] });
  });

  it('retires entries whose requirement left the catalogue as notInCatalogue', () => {
    const first = updateEntry(deriveActionPlan(catalogue, profile(2, 0, 0, 0), null, AT).plan, assessed('K-2'));
    const { plan } = deriveActionPlan([base, t3], profile(2, 0, 0, 0), first, LATER);
    expect(plan.retired).toEqual([{ entry: assessed('K-2'), cause: 'notInCatalogue', retiredAt: LATER }]);
  });

  it('matches codes case-insensitively', () => {
    const existing: ActionPlan = {
      profile: profile(2, 0, 0, 0),
      entries: [assessed('k-2')],
      retired: [],
      excludedAspects: [],
      reason: null,
    };
    const { plan, changes } = deriveActionPlan(catalogue, profile(2, 0, 0, 0), existing, AT);
    expect(plan.entries[1]).toEqual(assessed('k-2'));
    expect(changes.added).toEqual(['B-1']);
  });

  it('records level-4 aspects: no catalogue entries for them, and why', () => {
    const { plan } = deriveActionPlan(catalogue, profile(4, 0, 0, 0), null, AT);
    expect(plan.entries).toEqual([]);
    expect(plan.excludedAspects).toEqual(['K']);
    expect(plan.reason).toBe('securityProtection');
  });

  it('does not share objects with the plan it started from', () => {
    const first = updateEntry(deriveActionPlan(catalogue, profile(2, 0, 0, 0), null, AT).plan, assessed('K-2'));
    const { plan } = deriveActionPlan(catalogue, profile(2, 0, 0, 0), first, AT);
    plan.entries[1].responsible!.displayName = 'Changed';
    expect(first.entries[1].responsible!.displayName).toBe('Anna Berg');
  });
});

describe('plan helpers', () => {
  it('hasEnteredData is false only for an untouched entry', () => {
    expect(hasEnteredData(emptyEntry('A'))).toBe(false);
    expect(hasEnteredData({ ...emptyEntry('A'), how: ' x ' })).toBe(true);
    expect(hasEnteredData({ ...emptyEntry('A'), how: '   ' })).toBe(false);
    expect(hasEnteredData({ ...emptyEntry('A'), status: 'uppfyllt' })).toBe(true);
    expect(hasEnteredData({ ...emptyEntry('A'), targetDate: '2026-01-01' })).toBe(true);
    expect(hasEnteredData({ ...emptyEntry('A'), responsible: anna })).toBe(true);
  });

  it('summariseStatuses counts every status', () => {
    const plan = deriveActionPlan(DEFAULT_CATALOGUE, profile(1, 1, 1, 1), null, AT).plan;
    const edited = updateEntry(updateEntry(plan, assessed('ADM-01', { status: 'uppfyllt' })), assessed('ADM-02', { status: 'ejTillampligt', reason: 'x' }));
    const counts = summariseStatuses(edited);
    expect(counts.uppfyllt).toBe(1);
    expect(counts.ejTillampligt).toBe(1);
    expect(counts.ejBedomd).toBe(plan.entries.length - 2);
    expect(counts.delvis + counts.ejUppfyllt).toBe(0);
  });
});

const statusArb = fc.constantFrom(...ASSESSMENT_STATUSES);
const entryDataArb = fc.record({
  status: statusArb,
  how: fc.string({ maxLength: 10 }),
  reason: fc.string({ maxLength: 10 }),
  targetDate: fc.option(fc.constant('2027-01-31'), { nil: null }),
});

describe('re-derivation properties', () => {
  it('for any profile change, statuses of requirements that still apply are preserved and nothing entered is lost', () => {
    fc.assert(
      fc.property(catalogueArb, profileArb, profileArb, fc.array(entryDataArb, { maxLength: 30 }), (cat, p1, p2, data) => {
        let plan = deriveActionPlan(cat, p1, null, AT).plan;
        plan.entries.forEach((entry, i) => {
          if (data[i]) plan = updateEntry(plan, { ...entry, ...data[i] });
        });
        const { plan: next, changes } = deriveActionPlan(cat, p2, plan, LATER);

        const nowApplicable = applicableRequirements(cat, p2).requirements.map((r) => r.code);
        expect(next.entries.map((e) => e.requirementCode)).toEqual(nowApplicable);
        const before = new Map(plan.entries.map((e) => [e.requirementCode, e] as const));
        for (const entry of next.entries) {
          const old = before.get(entry.requirementCode);
          if (old) expect(entry).toEqual(old);
          else expect(entry).toEqual(emptyEntry(entry.requirementCode));
        }
        // Every entered entry is either still in the plan or retired.
        const kept = new Set([...next.entries.map((e) => e.requirementCode), ...next.retired.map((r) => r.entry.requirementCode)]);
        for (const entry of plan.entries) if (hasEnteredData(entry)) expect(kept.has(entry.requirementCode)).toBe(true);
        // Removed = applicable before, not after.
        expect(changes.removed.sort()).toEqual(plan.entries.map((e) => e.requirementCode).filter((c) => nowApplicable.indexOf(c) < 0).sort());
      })
    );
  });

  it('going to another profile and back restores the plan exactly', () => {
    fc.assert(
      fc.property(catalogueArb, profileArb, profileArb, fc.array(entryDataArb, { maxLength: 30 }), (cat, p1, p2, data) => {
        let plan = deriveActionPlan(cat, p1, null, AT).plan;
        plan.entries.forEach((entry, i) => {
          if (data[i]) plan = updateEntry(plan, { ...entry, ...data[i] });
        });
        const away = deriveActionPlan(cat, p2, plan, LATER).plan;
        const back = deriveActionPlan(cat, p1, away, LATER).plan;
        expect(back.entries).toEqual(plan.entries);
      })
    );
  });

  it('re-deriving with the same profile changes nothing', () => {
    fc.assert(
      fc.property(catalogueArb, profileArb, (cat, p) => {
        const plan = deriveActionPlan(cat, p, null, AT).plan;
        const again = deriveActionPlan(cat, p, plan, LATER);
        expect(again.plan).toEqual(plan);
        expect(again.changes).toEqual({ added: [], restored: [], removed: [] });
      })
    );
  });
});
