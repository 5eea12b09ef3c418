import fc from 'fast-check';
import { addMonths, daysBetween, daysInMonth, isIsoDate, isLeapYear, stockholmDate } from '../../../src/domain/classification';

describe('addMonths', () => {
  it.each([
    ['2026-03-15', 12, '2027-03-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    ['2026-12-31', 1, '2027-01-31'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-15', 12, '2027-12-15'],
    ['2026-08-31', 1, '2026-09-30'],
    ['2026-05-31', 6, '2026-11-30'],
    ['2026-01-15', 0, '2026-01-15'],
    ['2027-03-31', -1, '2027-02-28'],
    ['2027-01-10', -1, '2026-12-10'],
    ['2026-06-30', 24, '2028-06-30'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });

  it('refuses a date that does not exist, a malformed date and a fractional month', () => {
    expect(() => addMonths('2027-02-29', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-13-01', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-1-01', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', 1.5)).toThrow(RangeError);
  });

  const dateArb = fc
    .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`);

  it('always gives a real date in the right month, keeping the day unless the month is shorter (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -600, max: 600 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isIsoDate(result)).toBe(true);
        const [y, m, d] = date.split('-').map(Number);
        const [ry, rm, rd] = result.split('-').map(Number);
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        expect(rd).toBe(Math.min(d, daysInMonth(ry, rm)));
      })
    );
  });

  it('12 months later is 365 or 366 days later, never fewer (property)', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const days = daysBetween(date, addMonths(date, 12));
        expect([365, 366]).toContain(days);
      })
    );
  });
});

describe('calendar helpers', () => {
  it('knows leap years', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2026, 2100, 1900].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('counts days across month, year and leap day', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
    expect(daysBetween('2027-01-01', '2026-01-01')).toBe(-365);
    expect(daysBetween('1970-01-01', '2000-03-01')).toBe(11017);
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-2-28')).toBe(false);
    expect(isIsoDate(20270228)).toBe(false);
  });
});

describe('stockholmDate', () => {
  it('reads the instant on the Stockholm calendar, in winter (UTC+1) and summer (UTC+2)', () => {
    expect(stockholmDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(stockholmDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    expect(stockholmDate(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
    expect(stockholmDate(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
    expect(stockholmDate(new Date('2028-02-28T23:30:00Z'))).toBe('2028-02-29');
  });

  it('refuses an invalid date', () => {
    expect(() => stockholmDate(new Date('nonsense'))).toThrow(RangeError);
  });
});
