/** @jest-environment node */
import { diffActionPlan, type StoredPlanRow } from '../../../src/data/actionPlanDiff';
import { parseActionPlanEntryRecord, recordOfParsed, toActionPlanEntryRecord, toRetiredRecord } from '../../../src/data/actionPlanRecord';
import { isParsedHandover, parseHandoverRecord, toHandoverRecord } from '../../../src/data/handoverRecord';
import { isParsedRequirement, parseRequirementRecord, toRequirementRecord } from '../../../src/data/requirementRecord';
import { DEFAULT_CATALOGUE, emptyEntry, type ActionPlanEntry } from '../../../src/domain/requirements';

const identity = { id: '3', etag: '"2"', modified: '2026-03-01T08:00:00Z', modifiedBy: 'Anna' };

describe('requirement records', () => {
  it('round-trip every default requirement, aspects as "K,R" text', () => {
    DEFAULT_CATALOGUE.forEach((requirement, order) => {
      const record = toRequirementRecord(requirement, order);
      expect(record.aspects).toMatch(/^[KRTS](,[KRTS])*$/);
      const parsed = parseRequirementRecord(record, identity);
      if (!isParsedRequirement(parsed)) throw new Error(parsed.reasons.join('; '));
      expect(parsed.order).toBe(order);
      expect(parsed.requirement).toEqual({ ...requirement, code: requirement.code.toUpperCase(), ...identity });
    });
  });

  it('tolerate a number typed as text and lower-case aspects, and report the rest without throwing', () => {
    const record = { ...toRequirementRecord(DEFAULT_CATALOGUE[0], 0), minLevel: '1', aspects: 'k, r' };
    expect(isParsedRequirement(parseRequirementRecord(record, identity))).toBe(true);
    for (const junk of [null, 'text', [], { code: {} }, { ...record, baseline: 'ja' }, { ...record, aspects: 'K,X' }]) {
      const parsed = parseRequirementRecord(junk, identity);
      expect(isParsedRequirement(parsed)).toBe(false);
    }
    expect(isParsedRequirement(parseRequirementRecord(record, { ...identity, etag: '' }))).toBe(false);
  });
});

describe('handlingsplan records', () => {
  const entry: ActionPlanEntry = { requirementCode: 'tek-01', status: 'delvis', reason: '', how: 'Pågår.', responsible: { displayName: 'Anna', email: 'anna@kommun.se' }, targetDate: '2027-01-31' };

  it('store codes upper case and retirement times in whole seconds', () => {
    const record = toRetiredRecord('7', { entry, cause: 'notInCatalogue', retiredAt: '2026-04-01T09:30:00.123Z' });
    expect(record).toMatchObject({ requirementCode: 'TEK-01', retired: true, retiredCause: 'notInCatalogue', retiredAt: '2026-04-01T09:30:00.000Z' });
    const parsed = parseActionPlanEntryRecord({ ...record, retiredAt: '2026-04-01T09:30:00Z' }, identity);
    expect(recordOfParsed(parsed)).toEqual(record);
  });

  it('refuse unknown retirement causes, bad dates and ej tillämpligt without a reason', () => {
    const base = toActionPlanEntryRecord('7', entry, null);
    expect('reasons' in parseActionPlanEntryRecord({ ...base, retired: true, retiredCause: 'glömd', retiredAt: '2026-01-01T00:00:00Z' }, identity)).toBe(true);
    expect('reasons' in parseActionPlanEntryRecord({ ...base, targetDate: '2027-02-30' }, identity)).toBe(true);
    expect('reasons' in parseActionPlanEntryRecord({ ...base, status: 'ejTillampligt', reason: ' ' }, identity)).toBe(true);
    expect('reasons' in parseActionPlanEntryRecord({ ...base, objectId: 0 }, identity)).toBe(true);
  });

  it('diff: current wins over retired for the same code; broken rows with another code are left alone; duplicates go', () => {
    const stored: StoredPlanRow[] = [
      { id: '1', etag: '"1"', code: 'ADM-01', record: toActionPlanEntryRecord('7', emptyEntry('ADM-01'), null) },
      { id: '2', etag: '"1"', code: 'ADM-01', record: toActionPlanEntryRecord('7', emptyEntry('ADM-01'), null) },
      { id: '3', etag: '"4"', code: 'XYZ', record: null },
      { id: '4', etag: '"1"', code: 'TEK-09', record: toActionPlanEntryRecord('7', emptyEntry('TEK-09'), null) },
    ];
    const writes = diffActionPlan('7', stored, {
      entries: [emptyEntry('adm-01'), entry],
      retired: [{ entry: { ...emptyEntry('ADM-01'), how: 'x' }, cause: 'notApplicable', retiredAt: '2026-01-01T00:00:00.000Z' }],
    });
    expect(writes.updates).toEqual([]);
    expect(writes.adds.map((r) => r.requirementCode)).toEqual(['TEK-01']);
    expect(writes.deletes).toEqual([{ id: '2', etag: '"1"' }, { id: '4', etag: '"1"' }]);
  });
});

describe('handover records', () => {
  const item = {
    objectId: '7',
    requirementCode: 'tek-02',
    status: 'avvisad' as const,
    reason: 'Görs centralt.',
    history: [
      { status: 'overlamnad' as const, by: { displayName: 'Anna', email: 'anna@kommun.se' }, at: '2026-03-02T09:00:00.000Z', reason: '' },
      { status: 'avvisad' as const, by: { displayName: 'Ali', email: 'ali@kommun.se' }, at: '2026-03-03T09:00:00.000Z', reason: 'Görs centralt.' },
    ],
  };

  it('round-trip with the history as JSON text', () => {
    const parsed = parseHandoverRecord(toHandoverRecord(item), identity);
    if (!isParsedHandover(parsed)) throw new Error(parsed.reasons.join('; '));
    expect(parsed.item).toEqual({ ...item, requirementCode: 'TEK-02', ...identity });
  });

  it('report each bad history event with its position', () => {
    const record = { ...toHandoverRecord(item), historyJson: JSON.stringify([{ status: 'klar', by: 'Anna', at: 'igår' }]) };
    const parsed = parseHandoverRecord(record, identity);
    expect(isParsedHandover(parsed) ? [] : parsed.reasons).toEqual([
      'history.0.status: invalidChoice ("klar")',
      'history.0.by: expected {displayName, email}',
      'history.0.at: expected an ISO date-time, got "igår"',
    ]);
  });
});
