import { reminderStep } from '../../../src/domain/reminders';

const step = (due: string, today: string): string | null => reminderStep(due, today, [30, 7, 1], 7);

describe('reminderStep', () => {
  it.each([
    ['2027-03-10', '2027-02-07', null], // 31 days left
    ['2027-03-10', '2027-02-08', 'fore-30'], // 30 days left
    ['2027-03-10', '2027-03-02', 'fore-30'], // 8 days left
    ['2027-03-10', '2027-03-03', 'fore-7'],
    ['2027-03-10', '2027-03-08', 'fore-7'],
    ['2027-03-10', '2027-03-09', 'fore-1'],
    ['2027-03-10', '2027-03-10', 'fore-1'],
    ['2027-03-10', '2027-03-11', 'forsenad-1'],
    ['2027-03-10', '2027-03-17', 'forsenad-1'],
    ['2027-03-10', '2027-03-18', 'forsenad-2'],
    ['2027-03-10', '2027-04-09', 'forsenad-5'],
  ])('due %s on %s: %s', (due, today, expected) => {
    expect(step(due, today)).toBe(expected);
  });

  it('counts calendar days across year end, leap days and DST changes', () => {
    expect(step('2027-01-01', '2026-12-31')).toBe('fore-1');
    expect(step('2027-01-30', '2026-12-31')).toBe('fore-30');
    expect(step('2027-01-31', '2026-12-31')).toBeNull();
    // 2028 is a leap year: 30 days before 2028-03-30 is 2028-02-29.
    expect(step('2028-03-30', '2028-02-29')).toBe('fore-30');
    expect(step('2028-03-30', '2028-02-28')).toBeNull();
    expect(step('2027-03-30', '2027-02-28')).toBe('fore-30');
    expect(step('2028-03-01', '2028-02-29')).toBe('fore-1');
    // Last Sundays of March / October 2027 (28 March, 31 October).
    expect(step('2027-04-04', '2027-03-28')).toBe('fore-7');
    expect(step('2027-03-28', '2027-03-29')).toBe('forsenad-1');
    expect(step('2027-10-31', '2027-11-07')).toBe('forsenad-1');
    expect(step('2027-10-31', '2027-11-08')).toBe('forsenad-2');
  });

  it('follows the configured steps and interval', () => {
    expect(reminderStep('2027-03-10', '2027-02-24', [14], 3)).toBe('fore-14');
    expect(reminderStep('2027-03-10', '2027-02-23', [14], 3)).toBeNull();
    expect(reminderStep('2027-03-10', '2027-03-14', [14], 3)).toBe('forsenad-2');
    expect(() => reminderStep('2027-03-10', '2027-03-14', [14], 0)).toThrow(RangeError);
  });
});
