/** @jest-environment node */
/**
 * Issue 6 item 5: the local store's row readers survive random and malicious rows (a row edited in devtools, or
 * left by an older version): never a throw, a broken item with reasons instead, the valid rows still read, and
 * Object.prototype untouched. Pure row parsers are driven by fast-check; then every store of a demo-seeded
 * LocalStore gets a hand-edited row and every list read is checked.
 */
import * as fc from 'fast-check';
import {
  openLocalStore,
  parseStoredClassificationRow,
  parseStoredOrgUnitRow,
  parseStoredSharedInfoTypeRow,
  rowIdentity,
  rowVersion,
  type LocalStore,
} from '../../../src/data/local';
import { parseRiskRow, parseRiskRows } from '../../../src/data/local/riskRows';
import { parseRiskActionRecord, parseRiskAnalysisRecord, parseRiskMatrixRecord, parseRiskRecord } from '../../../src/data/riskRecord';
import { freshIndexedDb, testContext } from '../local/helpers';
import { expectNoPrototypePollution, HOSTILE_NUMBERS, HOSTILE_STRINGS, hostileValueArb, hostileVariantArb } from './hostileValues';

afterEach(() => expectNoPrototypePollution());

/** A value with no usable string conversion that IndexedDB can still store (structured clone keeps data properties). */
const UNPRINTABLE = { toString: 1, valueOf: 1 };

type RowParser = { name: string; parse: (row: unknown) => object & { reasons?: unknown } };

const ROW_PARSERS: RowParser[] = [
  { name: 'rowIdentity', parse: (row) => rowIdentity(row) },
  { name: 'parseStoredOrgUnitRow', parse: (row) => parseStoredOrgUnitRow(row) as { reasons?: unknown } },
  { name: 'parseStoredClassificationRow', parse: (row) => parseStoredClassificationRow(row) as { reasons?: unknown } },
  { name: 'parseStoredSharedInfoTypeRow', parse: (row) => parseStoredSharedInfoTypeRow(row) as { reasons?: unknown } },
  { name: 'parseRiskRow(matrix)', parse: (row) => parseRiskRow(row, parseRiskMatrixRecord) },
  { name: 'parseRiskRow(analysis)', parse: (row) => parseRiskRow(row, parseRiskAnalysisRecord) },
  { name: 'parseRiskRow(risk)', parse: (row) => parseRiskRow(row, parseRiskRecord) },
  { name: 'parseRiskRow(action)', parse: (row) => parseRiskRow(row, parseRiskActionRecord) },
];

const ROW_BASE = { id: '3', version: 2, rowVersion: 2, modified: '2026-03-01T08:00:00.000Z', modifiedBy: 'Anna', name: 'Elevregister' };

describe.each(ROW_PARSERS)('$name', ({ parse }) => {
  it('never throws on any value, and a row it cannot read has reasons', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValueArb, hostileVariantArb(ROW_BASE, ['contentJson', 'representativesJson', 'matrixVersion'])), (row) => {
        const parsed = parse(row);
        expect(typeof parsed).toBe('object');
        if (parsed.reasons !== undefined) expect(Array.isArray(parsed.reasons)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a version or modified without a string conversion ({toString: 1}) is a reason, not a TypeError', () => {
    for (const key of ['id', 'version', 'rowVersion', 'modified', 'modifiedBy']) {
      expect(() => parse({ ...ROW_BASE, [key]: UNPRINTABLE })).not.toThrow();
      expect(() => parse({ ...ROW_BASE, [key]: Object.create(null) })).not.toThrow();
    }
  });
});

describe('rowIdentity / rowVersion', () => {
  it('reads a version of 0, -1, 1.5, NaN, "3" as a reason', () => {
    for (const version of [0, -1, 1.5, NaN, '3', Infinity, null]) {
      expect(rowIdentity({ ...ROW_BASE, version }).reasons.join(' ')).toMatch(/version/);
    }
    for (const value of HOSTILE_NUMBERS) expect(() => rowVersion({ version: value })).not.toThrow();
    expect(() => rowVersion(undefined)).not.toThrow();
  });

  it('reads a modified date that is not a date as a reason', () => {
    for (const modified of ['igår', '', 42, null, HOSTILE_STRINGS[0]]) expect(rowIdentity({ ...ROW_BASE, modified }).reasons.join(' ')).toMatch(/modified/);
  });
});

describe('parseRiskRows', () => {
  it('splits any mix of rows into items and broken ones, never throwing, keeping every row accounted for', () => {
    fc.assert(
      fc.property(fc.array(hostileValueArb, { maxLength: 8 }), (rows) => {
        const { items, broken } = parseRiskRows(rows, parseRiskActionRecord);
        expect(items.length + broken.length).toBe(rows.length);
        for (const b of broken) expect(b.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

/** One hand-edited row per store in a demo-seeded LocalStore; every list read reports it and keeps the rest. */
describe('LocalStore with hand-edited rows', () => {
  let store: LocalStore;

  beforeAll(async () => {
    store = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb() });
  });

  afterAll(() => store.close());

  type StoreName = 'orgUnits' | 'classifications' | 'sharedInfoTypes' | 'requirements' | 'actionPlanEntries' | 'handovers' | 'riskMatrices' | 'riskAnalyses' | 'risks' | 'riskActions';

  /** Replaces fields of the first row of `storeName` (after the write, reads go through the adapters). */
  async function corruptFirstRow(storeName: StoreName, changes: Record<string, unknown>): Promise<{ id: string; restore: () => Promise<void> }> {
    const db = store.db as unknown as { getAll(name: string): Promise<Record<string, unknown>[]>; put(name: string, value: unknown): Promise<unknown> };
    const rows = await db.getAll(storeName);
    expect(rows.length).toBeGreaterThan(0);
    const original = rows[0];
    await db.put(storeName, { ...original, ...changes });
    return { id: String(original.id), restore: async () => void (await db.put(storeName, original)) };
  }

  const brokenIdsOf = (result: { broken: { id: string; reasons: string[] }[] }): string[] => {
    for (const b of result.broken) expect(b.reasons.length).toBeGreaterThan(0);
    return result.broken.map((b) => b.id);
  };

  const HOSTILE_ROW_VALUES: unknown[] = [7, -1, '3', NaN, null, UNPRINTABLE, '{"__proto__":{"x":1}}', '{', '<img src=x onerror=alert(1)>', '2026-02-30', 'x'.repeat(100_000), [], {}];

  const CASES: { store: StoreName; columns: string[]; read: () => Promise<{ items?: unknown[]; broken: { id: string; reasons: string[] }[] }> }[] = [
    { store: 'orgUnits', columns: ['version', 'kind', 'parentId', 'representativesJson', 'active', 'modified'], read: async () => { const r = await store.orgUnits.list(); return { items: r.units, broken: r.broken }; } },
    { store: 'classifications', columns: ['rowVersion', 'status', 'version', 'contentJson', 'ownerUnitId', 'nextReviewDate'], read: () => store.classifications.list() },
    { store: 'sharedInfoTypes', columns: ['version', 'contentJson', 'active'], read: () => store.sharedInformationTypes.list() },
    { store: 'requirements', columns: ['version', 'minLevel', 'aspects', 'kind', 'code', 'order'], read: () => store.requirements.list() },
    { store: 'handovers', columns: ['version', 'status', 'historyJson', 'objectId'], read: () => store.handovers.list() },
    { store: 'riskMatrices', columns: ['version', 'contentJson', 'matrixVersion'], read: () => store.riskMatrices.list() },
    { store: 'riskAnalyses', columns: ['version', 'contentJson', 'status', 'date', 'ownerUnitId'], read: () => store.riskAnalyses.list() },
    { store: 'risks', columns: ['version', 'contentJson', 'treatment', 'analysisId'], read: () => store.risks.list() },
    { store: 'riskActions', columns: ['version', 'contentJson', 'status', 'targetDate'], read: () => store.riskActions.list() },
  ];

  it.each(CASES)('$store: each column set to each hostile value is reported as broken or read, never thrown; the other rows stay readable', async ({ store: storeName, columns, read }) => {
    const before = await read();
    expect(before.broken).toEqual([]);
    const itemCount = (before.items ?? []).length;
    for (const column of columns) {
      for (const value of HOSTILE_ROW_VALUES) {
        const { id, restore } = await corruptFirstRow(storeName, { [column]: value });
        const after = await read();
        const broken = brokenIdsOf(after);
        // The row is either broken (with reasons) or still read; nothing else is lost.
        expect((after.items ?? []).length + broken.length).toBe(itemCount);
        expect(broken.filter((b) => b !== id)).toEqual([]);
        // An object or NaN is never a valid value of any of these columns.
        if (value === UNPRINTABLE || Number.isNaN(value)) expect(broken).toContain(id);
        await restore();
      }
    }
    expectNoPrototypePollution();
  });

  it('actionPlanEntries: a hand-edited row shows up in broken of its plan, the rest of the plan still reads', async () => {
    const db = store.db as unknown as { getAll(name: string): Promise<Record<string, unknown>[]>; put(name: string, value: unknown): Promise<unknown> };
    const rows = await db.getAll('actionPlanEntries');
    const original = rows[0];
    const objectId = String(original.objectId);
    const before = await store.actionPlans.getPlan(objectId);
    for (const value of HOSTILE_ROW_VALUES) {
      for (const column of ['version', 'status', 'targetDate', 'retired', 'requirementCode']) {
        await db.put('actionPlanEntries', { ...original, [column]: value });
        const after = await store.actionPlans.getPlan(objectId);
        expect(after.entries.length + after.retired.length + after.broken.length).toBe(before.entries.length + before.retired.length);
        for (const b of after.broken) expect(b.reasons.length).toBeGreaterThan(0);
      }
    }
    await db.put('actionPlanEntries', original);
  });

  it('reminderLog: unreadable rows are left out of recent(), never thrown', async () => {
    const db = store.db as unknown as { put(name: string, value: unknown): Promise<unknown> };
    await store.reminderLog.record({ key: 'digest-ok', status: 'sent', recipient: 'anna@kommun.se', subject: '<script>', at: '2026-03-01T08:00:00.000Z', reminderKeys: ['a'] });
    for (const value of HOSTILE_ROW_VALUES) await db.put('reminderLog', { key: `digest-${String(HOSTILE_ROW_VALUES.indexOf(value))}`, status: value, recipient: value, at: '2026-03-01T08:00:00.000Z', reminderKeys: value });
    const recent = await store.reminderLog.recent(100);
    expect(recent.map((e) => e.key)).toEqual(['digest-ok']);
    await expect(store.reminderLog.sentKeys(new Date('2026-01-01T00:00:00Z'))).resolves.toBeInstanceOf(Set);
  });
});
