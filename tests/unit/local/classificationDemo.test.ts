/** @jest-environment node */
import { isParsed, parseClassificationRecord, storedClassificationIssues, toClassificationRecord } from '../../../src/data/classificationRecord';
import {
  classificationDemo,
  generateLargeRegister,
  norrkopingDemoRegister,
  openLocalStore,
  sharedInformationTypeDemo,
  sharedInformationTypesWithIds,
  type LocalStore,
  type SeedOrgUnit,
} from '../../../src/data/local';
import {
  approvalIssues,
  effectiveProfile,
  formatProfile,
  reviewStatus,
  setProfile,
  startNewVersion,
  validateSharedInformationType,
} from '../../../src/domain/classification';
import { freshIndexedDb, testContext } from './helpers';

function demoUnitId(units: readonly SeedOrgUnit[] = norrkopingDemoRegister()): (name: string) => string | undefined {
  return (name) => {
    const index = units.findIndex((u) => u.name === name);
    return index < 0 ? undefined : String(index + 1);
  };
}

describe('demo shared information types', () => {
  it('are the three organisation-wide types, each complete by the domain rules and active', () => {
    const types = sharedInformationTypesWithIds();
    expect(types.map((t) => t.name)).toEqual(['Personalakt', 'Skyddade personuppgifter', 'Allmänna handlingar i diariet']);
    for (const type of types) expect(validateSharedInformationType(type)).toEqual([]);
    expect(sharedInformationTypeDemo().every((t) => t.active)).toBe(true);
  });
});

describe('demo klassningsobjekt', () => {
  const register = norrkopingDemoRegister();
  const demos = classificationDemo(demoUnitId(register));

  it('cover the objects the demo needs, owned by the right demo units', () => {
    const byOwner = demos.map((d) => [d.object.name, d.ownerUnitName]);
    expect(byOwner).toEqual(
      expect.arrayContaining([
        ['Elevregister (skoladministrativt system)', 'Grundskoleavdelningen'],
        ['Försörjningsstöd – akter och utbetalningar', 'Arbetsmarknads- och försörjningskontoret'],
        ['SCADA och driftövervakning – vattenverk', 'Norrköpings Vatten och Avfall AB'],
        ['E-arkiv', 'Kommunledningskontoret'],
        ['Personalsystem (HR och lön)', 'Kommunledningskontoret'],
      ]),
    );
  });

  it('every owner resolves to an active unit of the demo register, and the object names it', () => {
    for (const demo of demos) {
      const index = register.findIndex((u) => u.name === demo.ownerUnitName);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(register[index].active).toBe(true);
      expect(demo.object.ownerUnitId).toBe(String(index + 1));
    }
  });

  it('has both drafts and approved objects, every one storable by the store rules', () => {
    const statuses = demos.map((d) => d.object.status);
    expect(statuses.filter((s) => s === 'draft').length).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((s) => s === 'approved').length).toBeGreaterThanOrEqual(3);
    for (const demo of demos) expect(storedClassificationIssues(demo.object)).toEqual([]);
  });

  it('every approved object and snapshot meets every approval rule', () => {
    for (const demo of demos) {
      const approved = demo.object.status === 'approved' ? [demo.object, ...demo.approvedVersions] : demo.approvedVersions;
      for (const version of approved) {
        expect(version.status).toBe('approved');
        expect(approvalIssues({ ...version, status: 'draft' })).toEqual([]);
        expect(version.approvedBy?.email).toMatch(/@norrkoping\.example$/);
      }
      if (demo.object.status === 'approved') expect(demo.approvedVersions[demo.approvedVersions.length - 1]).toEqual(demo.object);
      else expect(demo.approvedVersions).toEqual([]);
    }
  });

  it('e-arkivet has a history of two approved versions', () => {
    const arkiv = demos.find((d) => d.object.name === 'E-arkiv');
    expect(arkiv?.approvedVersions.map((v) => v.version)).toEqual([1, 2]);
    expect(arkiv?.object.version).toBe(2);
    expect(arkiv?.approvedVersions[1].sets.length).toBe((arkiv?.approvedVersions[0].sets.length ?? 0) + 1);
  });

  it('sets based on a shared type refer to a demo type and start from its levels', () => {
    const types = new Map(sharedInformationTypesWithIds().map((t) => [t.id, t]));
    const shared = demos.flatMap((d) => d.object.sets).filter((s) => s.sharedTypeId !== undefined);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const set of shared) {
      const type = types.get(set.sharedTypeId as string);
      expect(type).toBeDefined();
      expect(set.sharedBaseline).toEqual(setProfile({ ...type!, id: 'x' }));
    }
  });

  it('shows the review states on a fixed day: the SCADA review is overdue, the others are not', () => {
    const onDay = '2026-11-28';
    const approved = demos.filter((d) => d.object.status === 'approved');
    const overdue = approved.filter((d) => reviewStatus(d.object, onDay) === 'overdue').map((d) => d.object.name);
    expect(overdue).toEqual(['SCADA och driftövervakning – vattenverk']);
    expect(approved.length - overdue.length).toBeGreaterThanOrEqual(2);
  });

  it('includes a pending lowering request and a samhällsviktig object', () => {
    const pending = demos.flatMap((d) => d.object.sets).flatMap((s) => s.loweringRequests ?? []).filter((r) => r.status === 'pending');
    expect(pending).toHaveLength(1);
    expect(demos.some((d) => d.object.criticality.samhallsviktig === true)).toBe(true);
  });

  it('round-trips through the store record unchanged', () => {
    for (const demo of demos) {
      const parsed = parseClassificationRecord(toClassificationRecord(demo.object), { id: '1', etag: '"1"', modified: '2026-01-01T00:00:00Z', modifiedBy: 'x' });
      expect(isParsed(parsed) ? formatProfile(effectiveProfile(parsed.value)) : parsed.reasons).toBe(formatProfile(effectiveProfile(demo.object)));
    }
  });

  it('leaves out objects whose owner is not in the register', () => {
    expect(classificationDemo(() => undefined)).toEqual([]);
    const onlyVa = classificationDemo((name) => (name === 'Norrköpings Vatten och Avfall AB' ? '7' : undefined));
    expect(onlyVa.map((d) => d.object.ownerUnitId)).toEqual(['7']);
  });

  it('a new version of an approved demo object is a storable draft', () => {
    const approved = demos.filter((d) => d.object.status === 'approved');
    for (const demo of approved) expect(storedClassificationIssues(startNewVersion(demo.object))).toEqual([]);
  });
});

describe('the local store with the demo data', () => {
  let factory: IDBFactory;
  const stores: LocalStore[] = [];

  async function open(initialData?: readonly SeedOrgUnit[]): Promise<LocalStore> {
    const store = await openLocalStore({ ...testContext(), indexedDB: factory, initialData });
    stores.push(store);
    return store;
  }

  beforeEach(() => {
    factory = freshIndexedDb();
  });

  afterEach(() => {
    while (stores.length > 0) stores.pop()?.close();
  });

  it('a brand-new database holds the demo objects, shared types and snapshots, none broken', async () => {
    const store = await open();
    const demos = classificationDemo(demoUnitId());
    const { items, broken } = await store.classifications.list();
    expect(broken).toEqual([]);
    expect(items.map((o) => o.name)).toEqual(demos.map((d) => d.object.name));
    const types = await store.sharedInformationTypes.list();
    expect(types.broken).toEqual([]);
    expect(types.items.map((t) => [t.id, t.name])).toEqual(sharedInformationTypesWithIds().map((t) => [t.id, t.name]));
    const arkiv = items.find((o) => o.name === 'E-arkiv');
    expect((await store.classifications.listVersions(arkiv!.id)).map((v) => v.version)).toEqual([1, 2]);
    const owner = await store.orgUnits.get(arkiv!.ownerUnitId);
    expect(owner.name).toBe('Kommunledningskontoret');
  });

  it('filters the demo objects by owner unit through the index', async () => {
    const store = await open();
    const klk = demoUnitId()('Kommunledningskontoret') as string;
    const { items } = await store.classifications.list({ ownerUnitId: klk });
    expect(items.map((o) => o.name).sort()).toEqual(['E-arkiv', 'Personalsystem (HR och lön)']);
  });

  it('new objects get the next id, and resetDemoData brings the demo back (ids starting over)', async () => {
    const store = await open();
    const demoCount = classificationDemo(demoUnitId()).length;
    const [first] = (await store.classifications.list()).items;
    const created = await store.classifications.create({ ...first, name: 'Nytt objekt', status: 'draft', approvedBy: null, approvedAt: null });
    expect(created.id).toBe(String(demoCount + 1));
    const newType = await store.sharedInformationTypes.create({ ...sharedInformationTypeDemo()[0], name: 'Ny typ' });
    expect(newType.id).toBe('4');
    await store.resetDemoData();
    const { items } = await store.classifications.list();
    expect(items).toHaveLength(demoCount);
    expect(items.some((o) => o.name === 'Nytt objekt')).toBe(false);
    expect((await store.sharedInformationTypes.list()).items).toHaveLength(3);
    expect((await store.classifications.create({ ...first, name: 'Igen', status: 'draft', approvedBy: null, approvedAt: null })).id).toBe(String(demoCount + 1));
  });

  it('an empty initial register gets no demo objects; another register only those whose owner it names', async () => {
    const empty = await open([]);
    expect((await empty.classifications.list()).items).toEqual([]);
    const large = generateLargeRegister(300, 3);
    await empty.seed(large);
    const expected = classificationDemo(demoUnitId(large));
    const { items, broken } = await empty.classifications.list();
    expect(broken).toEqual([]);
    expect(items.map((o) => o.name)).toEqual(expected.map((d) => d.object.name));
    for (const item of items) {
      const demo = expected.find((d) => d.object.name === item.name);
      expect((await empty.orgUnits.get(item.ownerUnitId)).name).toBe(demo?.ownerUnitName);
    }
    expect((await empty.sharedInformationTypes.list()).items).toHaveLength(3);
  });
});
