import { isActionOpen, isActionOverdue, isOverdueOn, type RiskActionStatus } from '../../../src/domain/risk';
import { makeAction } from './fixtures';

describe('isActionOverdue', () => {
  it.each<[RiskActionStatus, string | null, boolean]>([
    ['ejPaborjad', '2026-05-03', true],
    ['pagar', '2026-05-03', true],
    ['pagar', '2026-05-04', false],
    ['pagar', '2026-05-05', false],
    ['klar', '2026-01-01', false],
    ['avbruten', '2026-01-01', false],
    ['ejPaborjad', null, false],
    ['ejPaborjad', '2026-02-30', false],
    ['pagar', '2025-12-31', true],
  ])('%s with target %p is overdue on 2026-05-04: %p', (status, targetDate, expected) => {
    expect(isActionOverdue(makeAction({ status, targetDate }), '2026-05-04')).toBe(expected);
  });

  it('compares across year boundaries', () => {
    expect(isActionOverdue(makeAction({ targetDate: '2026-12-31' }), '2027-01-01')).toBe(true);
  });

  it('needs a real today', () => {
    expect(() => isActionOverdue(makeAction(), '4 maj')).toThrow(RangeError);
  });

  it('knows open statuses', () => {
    expect((['ejPaborjad', 'pagar', 'klar', 'avbruten'] as const).map((status) => isActionOpen({ status }))).toEqual([true, true, false, false]);
  });
});

describe('isOverdueOn (the register fast path)', () => {
  it('agrees with isActionOverdue', () => {
    const statuses: RiskActionStatus[] = ['ejPaborjad', 'pagar', 'klar', 'avbruten'];
    const dates = [null, '2026-05-03', '2026-05-04', '2026-05-05', '2026-02-30', 'snart'];
    for (const status of statuses) {
      for (const targetDate of dates) {
        const action = makeAction({ status, targetDate });
        expect([status, targetDate, isOverdueOn(action, '2026-05-04')]).toEqual([status, targetDate, isActionOverdue(action, '2026-05-04')]);
      }
    }
  });
});
