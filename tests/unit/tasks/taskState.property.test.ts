import fc from 'fast-check';
import { daysBetween } from '../../../src/domain/classification';
import { addDays, taskState, TASK_SOON_DAYS } from '../../../src/domain/tasks';

const dayArb = fc.integer({ min: -3000, max: 3000 }).map((n) => addDays('2026-11-28', n));

describe('task dates (properties)', () => {
  it('addDays is the inverse of daysBetween, whatever the DST changes, leap days and year ends in between', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -1000, max: 1000 }), (day, n) => {
        const later = addDays(day, n);
        expect(daysBetween(day, later)).toBe(n);
        expect(addDays(later, -n)).toBe(day);
      })
    );
  });

  it('state follows the whole days left: < 0 försenad, 0–14 snart, beyond kommande', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: -100, max: 100 }), (today, left) => {
        const expected = left < 0 ? 'forsenad' : left <= TASK_SOON_DAYS ? 'snart' : 'kommande';
        expect(taskState(addDays(today, left), today)).toBe(expected);
      })
    );
  });
});
