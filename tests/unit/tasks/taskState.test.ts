import { addDays, stockholmDateOf, taskState, TASK_SOON_DAYS } from '../../../src/domain/tasks';

describe('taskState', () => {
  it.each([
    ['2027-03-10', '2027-03-11', 'forsenad'],
    ['2027-03-10', '2027-03-10', 'snart'],
    ['2027-03-10', '2027-02-24', 'snart'],
    ['2027-03-10', '2027-02-23', 'kommande'],
    // Across a year end: 14 days before 2027-01-05 is 2026-12-22.
    ['2027-01-05', '2026-12-22', 'snart'],
    ['2027-01-05', '2026-12-21', 'kommande'],
    ['2027-01-01', '2026-12-31', 'snart'],
    ['2026-12-31', '2027-01-01', 'forsenad'],
    // Leap day: 2028-02-29 exists; 14 days before 2028-03-14 is 2028-02-29.
    ['2028-03-14', '2028-02-29', 'snart'],
    ['2028-03-14', '2028-02-28', 'kommande'],
    ['2027-03-14', '2027-02-28', 'snart'],
  ])('due %s on %s is %s', (due, today, expected) => {
    expect(taskState(due, today)).toBe(expected);
  });

  it('uses a 14-day "snart" window', () => {
    expect(TASK_SOON_DAYS).toBe(14);
  });

  it('is not moved by the DST changes (last Sunday of March and October)', () => {
    // 2027-03-28 and 2027-10-31 are 23- and 25-hour days in Stockholm; calendar days still count as one.
    expect(taskState('2027-04-11', '2027-03-28')).toBe('snart');
    expect(taskState('2027-04-12', '2027-03-27')).toBe('kommande');
    expect(taskState('2027-11-14', '2027-10-31')).toBe('snart');
    expect(taskState('2027-11-15', '2027-10-31')).toBe('kommande');
  });
});

describe('addDays', () => {
  it.each([
    ['2027-12-31', 1, '2028-01-01'],
    ['2028-01-01', -1, '2027-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2027-03-27', 2, '2027-03-29'],
    ['2027-10-30', 2, '2027-11-01'],
    ['2026-11-28', 30, '2026-12-28'],
    ['2026-12-15', 30, '2027-01-14'],
    ['2027-03-10', 0, '2027-03-10'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects invalid dates and fractional days', () => {
    expect(() => addDays('2027-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2027-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('stockholmDateOf', () => {
  it('reads timestamps on the Stockholm calendar, across DST and year end', () => {
    expect(stockholmDateOf('2026-12-31T23:30:00Z')).toBe('2027-01-01');
    expect(stockholmDateOf('2026-12-31T22:59:00Z')).toBe('2026-12-31');
    // Summer time (UTC+2) begins 2027-03-28 01:00 UTC.
    expect(stockholmDateOf('2027-03-28T21:59:00Z')).toBe('2027-03-28');
    expect(stockholmDateOf('2027-03-28T22:00:00Z')).toBe('2027-03-29');
    expect(stockholmDateOf('2027-03-27T22:59:00Z')).toBe('2027-03-27');
    expect(stockholmDateOf('2027-03-27T23:00:00Z')).toBe('2027-03-28');
    // Winter time (UTC+1) again from 2027-10-31 01:00 UTC.
    expect(stockholmDateOf('2027-10-30T21:59:00Z')).toBe('2027-10-30');
    expect(stockholmDateOf('2027-10-30T22:00:00Z')).toBe('2027-10-31');
    expect(stockholmDateOf('2027-10-31T22:59:00Z')).toBe('2027-10-31');
    expect(stockholmDateOf('2027-10-31T23:00:00Z')).toBe('2027-11-01');
    expect(stockholmDateOf('2028-02-28T23:00:00Z')).toBe('2028-02-29');
    expect(stockholmDateOf('inte ett datum')).toBeNull();
  });
});
