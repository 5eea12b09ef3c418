/** @jest-environment node */
import { generateLargeRegister, openLocalStore, type LocalStore } from '../../../src/data/local';
import { demoActionPlan, hasApprovedVersion } from '../../../src/data/local/demo/requirementsDemo';
import { effectiveProfile } from '../../../src/domain/classification';
import { applicableRequirements, DEFAULT_CATALOGUE, HANDOVER_STATUSES, normaliseCode, validateActionPlanEntry } from '../../../src/domain/requirements';
import { freshIndexedDb, testContext } from './helpers';

describe('requirements demo data in the local store', () => {
  let store: LocalStore;
  afterEach(() => store?.close());

  async function open(): Promise<LocalStore> {
    store = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb() });
    return store;
  }

  it('a new database holds the default catalogue, in its order', async () => {
    await open();
    const { items, broken } = await store.requirements.list();
    expect(broken).toEqual([]);
    expect(items.map((r) => r.code)).toEqual(DEFAULT_CATALOGUE.map((r) => normaliseCode(r.code)));
  });

  it('every approved demo object has a plan with exactly its applicable requirements, with valid, mixed assessments', async () => {
    await open();
    const objects = (await store.classifications.list()).items;
    const approved = objects.filter(hasApprovedVersion);
    expect(approved.length).toBeGreaterThanOrEqual(3);
    const statuses = new Set<string>();
    for (const object of approved) {
      const plan = await store.actionPlans.getPlan(object.id);
      expect(plan.broken).toEqual([]);
      const expected = applicableRequirements(DEFAULT_CATALOGUE, effectiveProfile(object)).requirements.map((r) => normaliseCode(r.code)).sort();
      expect(plan.entries.map((e) => e.requirementCode)).toEqual(expected);
      for (const entry of plan.entries) {
        expect(validateActionPlanEntry(entry)).toEqual([]);
        statuses.add(entry.status);
      }
    }
    expect([...statuses].sort()).toEqual(['delvis', 'ejBedomd', 'ejTillampligt', 'ejUppfyllt', 'uppfyllt']);
    for (const draft of objects.filter((o) => !hasApprovedVersion(o))) {
      expect((await store.actionPlans.getPlan(draft.id)).entries).toEqual([]);
    }
  });

  it('the IT queue holds technical requirements of approved objects in all four statuses', async () => {
    await open();
    const { items, broken } = await store.handovers.list();
    expect(broken).toEqual([]);
    expect(new Set(items.map((i) => i.status))).toEqual(new Set(HANDOVER_STATUSES));
    const technical = new Set(DEFAULT_CATALOGUE.filter((r) => r.kind === 'teknisk').map((r) => normaliseCode(r.code)));
    const approvedIds = new Set((await store.classifications.list()).items.filter(hasApprovedVersion).map((o) => o.id));
    for (const item of items) {
      expect(technical.has(item.requirementCode)).toBe(true);
      expect(approvedIds.has(item.objectId)).toBe(true);
      expect(item.history[0].status).toBe('overlamnad');
      expect(item.history[item.history.length - 1].status).toBe(item.status);
    }
    for (const rejected of items.filter((i) => i.status === 'avvisad')) expect(rejected.reason).not.toBe('');
    // The queue's tab for one status reads through the byStatus index.
    expect((await store.handovers.list({ status: 'genomford' })).items.every((i) => i.status === 'genomford')).toBe(true);
  });

  it('survives "återställ demodata": catalogue, plans and queue come back after changes', async () => {
    await open();
    const before = await store.handovers.list();
    const [first] = (await store.classifications.list()).items.filter(hasApprovedVersion);
    await store.actionPlans.savePlan(first.id, { entries: [], retired: [] });
    await store.requirements.replaceAll(DEFAULT_CATALOGUE.slice(0, 3));
    await store.resetDemoData();
    expect((await store.requirements.list()).items).toHaveLength(DEFAULT_CATALOGUE.length);
    const [again] = (await store.classifications.list()).items.filter(hasApprovedVersion);
    expect((await store.actionPlans.getPlan(again.id)).entries.length).toBeGreaterThan(0);
    expect((await store.handovers.list()).items.map((i) => [i.objectId, i.requirementCode, i.status])).toEqual(
      before.items.map((i) => [i.objectId, i.requirementCode, i.status]),
    );
  });

  it('a register seeded for benchmarks still gets the catalogue', async () => {
    await open();
    await store.seed(generateLargeRegister(50, 1));
    expect((await store.requirements.list()).items).toHaveLength(DEFAULT_CATALOGUE.length);
  });

  it('demoActionPlan is deterministic', () => {
    const object = {
      name: 'x',
      kind: 'it-system' as const,
      ownerUnitId: '1',
      description: '',
      sets: [],
      status: 'approved' as const,
      version: 1,
      approvedBy: null,
      approvedAt: '2026-01-01T00:00:00.000Z',
      nextReviewDate: null,
      manualRaises: { K: { level: 2 as const, motivering: 'm' }, T: { level: 3 as const, motivering: 'm' } },
      criticality: { samhallsviktig: false, motivering: 'm' },
    };
    const now = new Date('2026-03-01T08:00:00.000Z');
    expect(demoActionPlan(DEFAULT_CATALOGUE, object, now)).toEqual(demoActionPlan(DEFAULT_CATALOGUE, object, now));
    expect(demoActionPlan(DEFAULT_CATALOGUE, object, now).entries.length).toBeGreaterThan(10);
  });
});
