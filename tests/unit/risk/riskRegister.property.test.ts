import fc from 'fast-check';
import {
  DEFAULT_MATRIX,
  isActionOverdue,
  riskRegister,
  scoreRisk,
  type RiskAction,
  type RiskActionStatus,
  type RiskAnalysisStatus,
  type RiskRegisterFilters,
  type RiskRegisterRow,
} from '../../../src/domain/risk';
import { assess, makeAction, makeAnalysis, makeRisk } from './fixtures';

const unitArb = fc.constantFrom('u1', 'u2', 'u3');
const statusArb = fc.constantFrom<RiskAnalysisStatus>('planerad', 'pagar', 'klar', 'uppfoljd');
const ownerArb = fc.constantFrom(null, 'a@kommun.se', 'b@kommun.se');
const cellArb = fc.option(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })));
const actionArb = fc.record({
  status: fc.constantFrom<RiskActionStatus>('ejPaborjad', 'pagar', 'klar', 'avbruten'),
  targetDate: fc.constantFrom(null, '2026-01-15', '2026-05-03', '2026-05-04', '2026-12-01'),
});
const rowArb = fc.record({ unit: unitArb, status: statusArb, owner: ownerArb, inherent: cellArb, residual: cellArb, actions: fc.array(actionArb, { maxLength: 4 }), event: fc.string({ maxLength: 6 }) });
const filtersArb: fc.Arbitrary<RiskRegisterFilters> = fc.record(
  {
    levelKeys: fc.subarray(['lag', 'medelhog', 'hog', 'extremtHog']),
    ownerEmail: fc.constantFrom('', 'A@kommun.se', 'b@kommun.se'),
    statuses: fc.subarray<RiskAnalysisStatus>(['planerad', 'pagar', 'klar', 'uppfoljd']),
    ownerUnitIds: fc.subarray(['u1', 'u2', 'u3']),
    overdueActionsOnly: fc.boolean(),
  },
  { requiredKeys: [] }
);

describe('riskRegister (properties)', () => {
  it('returns exactly the rows every filter admits, highest current value first', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 30 }), filtersArb, (raw, filters) => {
        const rows: RiskRegisterRow[] = raw.map((r) => ({
          risk: makeRisk({
            event: r.event,
            riskOwner: r.owner ? { displayName: r.owner, email: r.owner } : null,
            inherent: r.inherent ? assess(r.inherent[0], r.inherent[1]) : null,
            residual: r.residual ? assess(r.residual[0], r.residual[1]) : null,
            treatment: r.residual ? 'reducera' : null,
          }),
          analysis: makeAnalysis({ ownerUnitId: r.unit, status: r.status }),
          actions: r.actions.map((a): RiskAction => makeAction(a)),
        }));
        const today = '2026-05-04';
        const expected = rows.filter((row) => {
          const current = row.risk.residual ?? row.risk.inherent;
          const level = current ? scoreRisk(DEFAULT_MATRIX, current).level.key : null;
          if (filters.levelKeys && filters.levelKeys.length > 0 && (level === null || filters.levelKeys.indexOf(level) < 0)) return false;
          if (filters.ownerEmail && (row.risk.riskOwner?.email ?? '') !== filters.ownerEmail.toLowerCase()) return false;
          if (filters.statuses && filters.statuses.length > 0 && filters.statuses.indexOf(row.analysis.status) < 0) return false;
          if (filters.ownerUnitIds && filters.ownerUnitIds.length > 0 && filters.ownerUnitIds.indexOf(row.analysis.ownerUnitId) < 0) return false;
          if (filters.overdueActionsOnly && !row.actions.some((a) => isActionOverdue(a, today))) return false;
          return true;
        });
        const entries = riskRegister(rows, [DEFAULT_MATRIX], filters, today);
        expect(entries).toHaveLength(expected.length);
        for (const row of expected) expect(entries.some((e) => e.risk === row.risk)).toBe(true);
        for (let i = 1; i < entries.length; i++) {
          expect(entries[i - 1].current?.value ?? -1).toBeGreaterThanOrEqual(entries[i].current?.value ?? -1);
        }
        for (const entry of entries) {
          expect(entry.overdueActions).toBe(entry.actions.filter((a) => isActionOverdue(a, today)).length);
          expect(entry.overdueActions).toBeLessThanOrEqual(entry.openActions);
        }
      })
    );
  });

  it('needs a real today', () => {
    expect(() => riskRegister([], [DEFAULT_MATRIX], {}, '2026-02-30')).toThrow(RangeError);
  });
});
