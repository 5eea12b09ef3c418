import { emptyEntry, isIsoDate, validateActionPlanEntry, type ActionPlanEntry } from '../../../src/domain/requirements';

function entry(overrides: Partial<ActionPlanEntry>): ActionPlanEntry {
  return { ...emptyEntry('TEK-01'), ...overrides };
}

describe('validateActionPlanEntry', () => {
  it('accepts an untouched entry and a complete one', () => {
    expect(validateActionPlanEntry(emptyEntry('TEK-01'))).toEqual([]);
    expect(
      validateActionPlanEntry(
        entry({ status: 'delvis', how: 'MFA införs', responsible: { displayName: 'Per Ek', email: 'per.ek@norrkoping.se' }, targetDate: '2026-12-31' })
      )
    ).toEqual([]);
  });

  it('requires a reason for ej tillämpligt (whitespace does not count)', () => {
    expect(validateActionPlanEntry(entry({ status: 'ejTillampligt', reason: '  ' }))).toEqual([{ field: 'reason', code: 'required' }]);
    expect(validateActionPlanEntry(entry({ status: 'ejTillampligt', reason: 'Ingen extern åtkomst' }))).toEqual([]);
    expect(validateActionPlanEntry(entry({ status: 'ejUppfyllt', reason: '' }))).toEqual([]);
  });

  it('refuses unknown statuses, bad dates, bad e-mail and over-long texts', () => {
    const bad = entry({
      status: 'klar' as ActionPlanEntry['status'],
      targetDate: '2026-02-30',
      responsible: { displayName: '', email: 'inte-en-adress' },
      how: 'x'.repeat(4001),
      reason: 'y'.repeat(2001),
    });
    expect(validateActionPlanEntry(bad)).toEqual([
      { field: 'status', code: 'invalidChoice' },
      { field: 'reason', code: 'tooLong', params: { max: 2000 } },
      { field: 'how', code: 'tooLong', params: { max: 4000 } },
      { field: 'responsible.displayName', code: 'required' },
      { field: 'responsible.email', code: 'invalidEmail' },
      { field: 'targetDate', code: 'invalidDate' },
    ]);
    expect(validateActionPlanEntry(entry({ responsible: { displayName: 'A', email: ' ' } }))).toEqual([
      { field: 'responsible.email', code: 'required' },
    ]);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-01-31')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});
