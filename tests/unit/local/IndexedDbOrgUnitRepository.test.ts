/** @jest-environment node */
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../../../src/data/ports';
import { IndexedDbOrgUnitRepository, openLocalDatabase, MetaKeys, type LisPreviewDatabase } from '../../../src/data/local';
import type { OrgUnitDraft } from '../../../src/domain/organisation';
import { freshIndexedDb, testContext } from './helpers';

function draft(overrides: Partial<OrgUnitDraft> = {}): OrgUnitDraft {
  return {
    name: 'Socialnämnden',
    kind: 'namnd',
    parentId: null,
    representatives: [{ displayName: 'Lars Öhmander', email: 'lars.ohmander@norrkoping.example' }],
    securityContact: { displayName: 'Nadia Karimova', email: 'nadia.karimova@norrkoping.example' },
    active: true,
    ...overrides,
  };
}

describe('IndexedDbOrgUnitRepository', () => {
  let factory: IDBFactory;
  const open: LisPreviewDatabase[] = [];

  async function connect(): Promise<LisPreviewDatabase> {
    const db = await openLocalDatabase({ indexedDB: factory });
    open.push(db);
    return db;
  }

  beforeEach(() => {
    factory = freshIndexedDb();
  });

  afterEach(() => {
    while (open.length > 0) open.pop()?.close();
  });

  it('hands out sequential numeric ids like SharePoint item ids and starts every record at etag "1"', async () => {
    const repo = new IndexedDbOrgUnitRepository(await connect(), testContext());
    const a = await repo.create(draft({ name: 'A' }));
    const b = await repo.create(draft({ name: 'B' }));
    const c = await repo.create(draft({ name: 'C' }));
    expect([a.id, b.id, c.id]).toEqual(['1', '2', '3']);
    expect(a.etag).toBe('"1"');
    const updated = await repo.update(a.id, a.etag, draft({ name: 'A2' }));
    expect(updated.etag).toBe('"2"');
  });

  it('lists units in id order, numerically (2 before 10)', async () => {
    const repo = new IndexedDbOrgUnitRepository(await connect(), testContext());
    for (let i = 1; i <= 11; i++) await repo.create(draft({ name: `Enhet ${i}` }));
    const { units } = await repo.list();
    expect(units.map((u) => u.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
  });

  it('stamps modified and modifiedBy from the injected clock and user, on create and on update', async () => {
    const db = await connect();
    const clock = testContext('Anna Testsson', '2026-03-01T08:00:00.000Z');
    const created = await new IndexedDbOrgUnitRepository(db, clock).create(draft());
    expect(created.modified).toBe('2026-03-01T08:00:00.000Z');
    expect(created.modifiedBy).toBe('Anna Testsson');

    const other = testContext('Bertil Annan', '2026-04-02T09:30:00.000Z');
    const updated = await new IndexedDbOrgUnitRepository(db, other).update(created.id, created.etag, draft({ name: 'Ny' }));
    expect(updated.modified).toBe('2026-04-02T09:30:00.000Z');
    expect(updated.modifiedBy).toBe('Bertil Annan');
    expect(await new IndexedDbOrgUnitRepository(db, clock).get(created.id)).toEqual(updated);
  });

  it('keeps data and the id counter across closing and re-opening the database (a reload)', async () => {
    const first = await connect();
    const created = await new IndexedDbOrgUnitRepository(first, testContext()).create(draft({ name: 'Bestående' }));
    first.close();

    const second = await connect();
    const repo = new IndexedDbOrgUnitRepository(second, testContext());
    expect(await repo.get(created.id)).toEqual(created);
    const next = await repo.create(draft({ name: 'Nästa' }));
    expect(next.id).toBe('2');
  });

  it('refuses a stale etag with ConflictError and keeps the newer data', async () => {
    const repo = new IndexedDbOrgUnitRepository(await connect(), testContext());
    const created = await repo.create(draft());
    await repo.update(created.id, created.etag, draft({ name: 'Först' }));
    await expect(repo.update(created.id, created.etag, draft({ name: 'Sen' }))).rejects.toBeInstanceOf(ConflictError);
    expect((await repo.get(created.id)).name).toBe('Först');
    await expect(repo.update(created.id, 'W/"1"', draft())).rejects.toBeInstanceOf(ConflictError);
  });

  it('two tabs (two connections) editing the same unit: the second save gets ConflictError', async () => {
    const tabA = new IndexedDbOrgUnitRepository(await connect(), testContext('Tab A'));
    const tabB = new IndexedDbOrgUnitRepository(await connect(), testContext('Tab B'));
    const created = await tabA.create(draft());
    const seenByA = await tabA.get(created.id);
    const seenByB = await tabB.get(created.id);
    expect(seenByB.etag).toBe(seenByA.etag);

    await tabA.update(seenByA.id, seenByA.etag, draft({ name: 'Från A' }));
    const error = await tabB.update(seenByB.id, seenByB.etag, draft({ name: 'Från B' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).id).toBe(created.id);
    const stored = await tabB.get(created.id);
    expect(stored.name).toBe('Från A');
    expect(stored.modifiedBy).toBe('Tab A');
  });

  it('simultaneous updates with the same etag from two connections: exactly one wins', async () => {
    const tabA = new IndexedDbOrgUnitRepository(await connect(), testContext('Tab A'));
    const tabB = new IndexedDbOrgUnitRepository(await connect(), testContext('Tab B'));
    const created = await tabA.create(draft());
    const results = await Promise.allSettled([
      tabA.update(created.id, created.etag, draft({ name: 'Från A' })),
      tabB.update(created.id, created.etag, draft({ name: 'Från B' })),
    ]);
    const fulfilled = results.filter((r): r is PromiseFulfilledResult<Awaited<ReturnType<typeof tabA.update>>> => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);
    const stored = await tabA.get(created.id);
    expect(stored.name).toBe(fulfilled[0].value.name);
    expect(stored.etag).toBe('"2"');
  });

  it('throws NotFoundError for get and update of an id that does not exist', async () => {
    const repo = new IndexedDbOrgUnitRepository(await connect(), testContext());
    await expect(repo.get('42')).rejects.toBeInstanceOf(NotFoundError);
    await expect(repo.update('42', '"1"', draft())).rejects.toBeInstanceOf(NotFoundError);
    expect((await repo.list()).units).toEqual([]);
  });

  it('puts unreadable stored records in `broken` with reasons and still lists the good ones', async () => {
    const db = await connect();
    const repo = new IndexedDbOrgUnitRepository(db, testContext());
    const good = await repo.create(draft({ name: 'Bra enhet' }));
    const raw = db as unknown as { put(store: string, value: unknown): Promise<unknown> };
    const base = { ...good, version: 1, representativesJson: '[]', securityContactName: null, securityContactEmail: null };
    await raw.put('orgUnits', { ...base, id: '10', kind: 'kommun' });
    await raw.put('orgUnits', { ...base, id: '11', representativesJson: '[{"displayName":"Anna"' });
    await raw.put('orgUnits', { ...base, id: '12', representativesJson: '[{"displayName":"Anna","email":"anna@"}]' });
    await raw.put('orgUnits', { ...base, id: '13', securityContactName: 'Per', securityContactEmail: 'inte en adress' });
    await raw.put('orgUnits', { ...base, id: '14', version: 'x' });
    await raw.put('orgUnits', { id: '15' });

    const { units, broken } = await repo.list();
    expect(units.map((u) => u.id)).toEqual([good.id]);
    expect(broken.map((b) => b.id)).toEqual(['10', '11', '12', '13', '14', '15']);
    const reasons = new Map(broken.map((b) => [b.id, b.reasons.join(' | ')]));
    expect(reasons.get('10')).toMatch(/^kind: invalidChoice \("kommun"\)/);
    expect(reasons.get('11')).toMatch(/representatives: not valid JSON/);
    expect(reasons.get('12')).toMatch(/representatives\.0\.email: invalidEmail/);
    expect(reasons.get('13')).toMatch(/securityContact\.email: invalidEmail/);
    expect(reasons.get('14')).toMatch(/version: expected a positive whole number/);
    expect(broken.find((b) => b.id === '15')?.reasons.length).toBeGreaterThanOrEqual(4);

    await expect(repo.get('10')).rejects.toBeInstanceOf(InvalidStoredItemError);
  });

  it('refuses to store a draft it could not read back, without writing anything', async () => {
    const repo = new IndexedDbOrgUnitRepository(await connect(), testContext());
    const bad = draft({ representatives: [{ displayName: 'Anna', email: 'anna(at)kommun' }] });
    await expect(repo.create(bad)).rejects.toBeInstanceOf(InvalidStoredItemError);
    expect(await repo.list()).toEqual({ units: [], broken: [] });
    const ok = await repo.create(draft());
    expect(ok.id).toBe('1');
    await expect(repo.update(ok.id, ok.etag, { ...draft(), kind: 'kommun' as OrgUnitDraft['kind'] })).rejects.toBeInstanceOf(
      InvalidStoredItemError,
    );
    expect((await repo.get(ok.id)).etag).toBe(ok.etag);
  });

  it('never overwrites an existing unit when the id counter lags behind the data', async () => {
    const db = await connect();
    const repo = new IndexedDbOrgUnitRepository(db, testContext());
    const first = await repo.create(draft({ name: 'Första' }));
    await db.put('meta', 0, MetaKeys.orgUnitsLastId);
    await expect(repo.create(draft({ name: 'Inkräktare' }))).rejects.toThrow();
    expect((await repo.get(first.id)).name).toBe('Första');
  });

  it('returns copies: changing a returned unit does not change the store', async () => {
    const repo = new IndexedDbOrgUnitRepository(await connect(), testContext());
    const created = await repo.create(draft());
    created.representatives[0].displayName = 'Ändrad lokalt';
    expect((await repo.get(created.id)).representatives[0].displayName).toBe('Lars Öhmander');
  });
});
