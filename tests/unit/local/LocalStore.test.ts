/** @jest-environment node */
import { wrap } from 'idb';
import {
  generateLargeRegister,
  LOCAL_DATABASE_NAME,
  LOCAL_DATABASE_VERSION,
  norrkopingDemoRegister,
  openLocalStore,
  type LocalStore,
  type SeedOrgUnit,
} from '../../../src/data/local';
import { ConflictError } from '../../../src/data/ports';
import { toDraft } from '../../../src/domain/organisation';
import { freshIndexedDb, testContext } from './helpers';

describe('openLocalStore', () => {
  let factory: IDBFactory;
  const stores: LocalStore[] = [];

  async function open(extra: { initialData?: readonly SeedOrgUnit[]; onVersionChange?: () => void } = {}): Promise<LocalStore> {
    const store = await openLocalStore({ ...testContext(), indexedDB: factory, ...extra });
    stores.push(store);
    return store;
  }

  beforeEach(() => {
    factory = freshIndexedDb();
  });

  afterEach(() => {
    while (stores.length > 0) stores.pop()?.close();
  });

  it('loads the demo register into a brand-new database, ids 1..n in register order, parents resolved', async () => {
    const demo = norrkopingDemoRegister();
    const store = await open();
    const { units, broken } = await store.orgUnits.list();
    expect(broken).toEqual([]);
    expect(units.map((u) => u.name)).toEqual(demo.map((u) => u.name));
    expect(units.map((u) => u.id)).toEqual(demo.map((_, i) => String(i + 1)));
    const byId = new Map(units.map((u) => [u.id, u]));
    demo.forEach((seed, index) => {
      const parentName = seed.parentKey === null ? null : demo.find((p) => p.key === seed.parentKey)?.name;
      const stored = units[index];
      expect(stored.parentId === null ? null : byId.get(stored.parentId)?.name).toBe(parentName);
    });
  });

  it('uses the database name lis-preview by default', async () => {
    await open();
    const names = (await factory.databases()).map((d) => d.name);
    expect(names).toEqual([LOCAL_DATABASE_NAME]);
    expect(LOCAL_DATABASE_NAME).toBe('lis-preview');
  });

  it('seeds only on the first open: edits and new units survive closing and re-opening (a reload)', async () => {
    const first = await open();
    const before = await first.orgUnits.list();
    const ks = before.units.find((u) => u.name === 'Kommunstyrelsen');
    if (!ks) throw new Error('demo register lacks Kommunstyrelsen');
    await first.orgUnits.update(ks.id, ks.etag, { ...toDraft(ks), name: 'Kommunstyrelsen (ändrad)' });
    const created = await first.orgUnits.create({ ...toDraft(ks), name: 'Ny nämnd', kind: 'namnd' });
    first.close();

    const second = await open();
    const after = await second.orgUnits.list();
    expect(after.units).toHaveLength(before.units.length + 1);
    expect((await second.orgUnits.get(ks.id)).name).toBe('Kommunstyrelsen (ändrad)');
    expect(await second.orgUnits.get(created.id)).toEqual(created);
    expect(created.id).toBe(String(before.units.length + 1));
  });

  it('two tabs opening a brand-new database at once end up with one demo register', async () => {
    const [a, b] = await Promise.all([open(), open()]);
    const fromA = await a.orgUnits.list();
    const fromB = await b.orgUnits.list();
    expect(fromA.units).toHaveLength(norrkopingDemoRegister().length);
    expect(fromB.units).toEqual(fromA.units);
  });

  it('resetDemoData wipes changes and reloads the demo register, ids starting over', async () => {
    const store = await open();
    const demoLength = norrkopingDemoRegister().length;
    const [first] = (await store.orgUnits.list()).units;
    await store.orgUnits.update(first.id, first.etag, { ...toDraft(first), name: 'Bortglömd ändring' });
    await store.orgUnits.create({ ...toDraft(first), name: 'Extra enhet' });

    await store.resetDemoData();
    const { units } = await store.orgUnits.list();
    expect(units.map((u) => u.name)).toEqual(norrkopingDemoRegister().map((u) => u.name));
    expect(units[0].etag).toBe('"1"');
    const next = await store.orgUnits.create({ ...toDraft(first), name: 'Efter återställning' });
    expect(next.id).toBe(String(demoLength + 1));
  });

  it('after a reset, a tab still holding an old etag gets ConflictError', async () => {
    const store = await open();
    const [first] = (await store.orgUnits.list()).units;
    const edited = await store.orgUnits.update(first.id, first.etag, { ...toDraft(first), name: 'Ändrad' });
    await store.resetDemoData();
    await expect(store.orgUnits.update(first.id, edited.etag, toDraft(first))).rejects.toBeInstanceOf(ConflictError);
  });

  it('seed replaces everything with another register (benchmark sizes), and a reset brings the demo back', async () => {
    const store = await open();
    const large = generateLargeRegister(600, 7);
    await store.seed(large);
    const { units, broken } = await store.orgUnits.list();
    expect(broken).toEqual([]);
    expect(units).toHaveLength(600);
    const byId = new Map(units.map((u) => [u.id, u]));
    const keyToName = new Map(large.map((u) => [u.key, u.name]));
    units.forEach((unit, i) => {
      const expectedParent = large[i].parentKey === null ? null : keyToName.get(large[i].parentKey as string);
      expect(unit.parentId === null ? null : byId.get(unit.parentId)?.name).toBe(expectedParent);
    });
    await store.resetDemoData();
    expect((await store.orgUnits.list()).units).toHaveLength(norrkopingDemoRegister().length);
  });

  it('initialData decides what a brand-new database holds; [] gives an empty register', async () => {
    const empty = await open({ initialData: [] });
    expect(await empty.orgUnits.list()).toEqual({ units: [], broken: [] });
    empty.close();
    // Not new any more: another initialData is ignored.
    const again = await open({ initialData: generateLargeRegister(5, 1) });
    expect((await again.orgUnits.list()).units).toEqual([]);
  });

  it('seed refuses a register with a dangling parent key and leaves the data as it was', async () => {
    const store = await open();
    const before = await store.orgUnits.list();
    const bad: SeedOrgUnit[] = [{ ...norrkopingDemoRegister()[0], key: 'a', parentKey: 'saknas' }];
    await expect(store.seed(bad)).rejects.toThrow(/unknown parent saknas/);
    await expect(store.seed([...bad.map((u) => ({ ...u, parentKey: null })), { ...bad[0], parentKey: null }])).rejects.toThrow(
      /duplicate key a/,
    );
    expect(await store.orgUnits.list()).toEqual(before);
  });

  it('closes its connection when another tab opens a newer database version, and says so', async () => {
    const onVersionChange = jest.fn();
    await open({ onVersionChange });
    const newer = await wrap(factory.open(LOCAL_DATABASE_NAME, LOCAL_DATABASE_VERSION + 1));
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(newer?.version).toBe(LOCAL_DATABASE_VERSION + 1);
    newer?.close();
  });
});
