import { DEFAULT_SETTINGS, parseReviewInterval, settingsFrom } from '../../../src/app/settings';

describe('settings from host properties', () => {
  it('accepts whole months from 1 to 120, typed as text or number', () => {
    expect(parseReviewInterval('6')).toBe(6);
    expect(parseReviewInterval(' 24 ')).toBe(24);
    expect(parseReviewInterval(120)).toBe(120);
  });

  it.each(['', '0', '121', '1.5', 'tolv', '-3', null, undefined])('rejects %p', (value) => {
    expect(parseReviewInterval(value)).toBeUndefined();
  });

  it('falls back to 12 months when the property is missing or invalid', () => {
    expect(DEFAULT_SETTINGS.reviewIntervalMonths).toBe(12);
    expect(settingsFrom({})).toEqual({ reviewIntervalMonths: 12 });
    expect(settingsFrom({ reviewIntervalMonths: 'x' })).toEqual({ reviewIntervalMonths: 12 });
    expect(settingsFrom({ reviewIntervalMonths: '18' })).toEqual({ reviewIntervalMonths: 18 });
  });
});
