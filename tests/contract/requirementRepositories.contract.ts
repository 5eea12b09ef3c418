/**
 * Contracts of the requirement catalogue, handlingsplan and IT handover ports: every adapter (SharePoint over PnPjs,
 * the local browser store, the component tests' fakes) must pass them.
 *
 *   describeRequirementCatalogueContract('local (IndexedDB)', async () => ({ repo, cleanup }));
 *   describeActionPlanContract('local (IndexedDB)', async () => ({ repo, objectIds: ['7', '8'], cleanup }));
 *   describeHandoverContract('local (IndexedDB)', async () => ({ repo, objectIds: ['7', '8'], cleanup }));
 *
 * The factory is called before every test and must return an EMPTY repository; `objectIds` are two ids of
 * classification objects the adapter accepts (SharePoint: item ids of LisClassifications).
 */
import {
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  type ActionPlanRepository,
  type HandoverRepository,
  type RequirementCatalogueRepository,
  type StoredActionPlan,
} from '../../src/data/ports';
import {
  DEFAULT_CATALOGUE,
  deriveActionPlan,
  newHandoverItems,
  transitionHandover,
  type ActionPlanEntry,
  type HandoverItem,
  type Requirement,
} from '../../src/domain/requirements';
import type { Profile } from '../../src/domain/classification';

export interface CatalogueFixture {
  repo: RequirementCatalogueRepository;
  cleanup?: () => Promise<void>;
}

export interface ObjectScopedFixture<R> {
  repo: R;
  objectIds: readonly [string, string];
  cleanup?: () => Promise<void>;
}

export function requirement(code: string, overrides: Partial<Requirement> = {}): Requirement {
  return {
    code,
    title: `Krav ${code}`,
    isText: `Verksamheten uppfyller ${code}.`,
    skaText: `Leverantören ska uppfylla ${code}.`,
    kind: 'teknisk',
    aspects: ['K', 'R'],
    minLevel: 2,
    baseline: false,
    reference: 'MSBFS 2020:7 – loggning och övervakning',
    ...overrides,
  };
}

function plain(r: Requirement): Requirement {
  return {
    code: r.code,
    title: r.title,
    isText: r.isText,
    skaText: r.skaText,
    kind: r.kind,
    aspects: [...r.aspects],
    minLevel: r.minLevel,
    baseline: r.baseline,
    reference: r.reference,
  };
}

const ANNA = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.example' };
const IT = { displayName: 'Ali Haddadi', email: 'ali.haddadi@norrkoping.example' };

export function describeRequirementCatalogueContract(name: string, make: () => Promise<CatalogueFixture>): void {
  describe(`RequirementCatalogueRepository contract: ${name}`, () => {
    let fixture: CatalogueFixture;
    let repo: RequirementCatalogueRepository;
    beforeEach(async () => {
      fixture = await make();
      repo = fixture.repo;
    });
    afterEach(async () => {
      if (fixture.cleanup) await fixture.cleanup();
    });

    it('starts empty', async () => {
      expect(await repo.list()).toEqual({ items: [], broken: [] });
    });

    it('replaceAll stores the catalogue in the order given, normalised, each with an identity', async () => {
      const input = [requirement(' tek-02 '), requirement('ADM-01', { kind: 'administrativ', aspects: ['R', 'K'] }), requirement('FYS-01', { kind: 'fysisk', baseline: true, minLevel: 1 })];
      const stored = await repo.replaceAll(input);
      expect(stored.map((r) => r.code)).toEqual(['TEK-02', 'ADM-01', 'FYS-01']);
      expect(stored[1].aspects).toEqual(['K', 'R']);
      for (const r of stored) {
        expect(r.id).toBeTruthy();
        expect(r.etag).toBeTruthy();
        expect(Number.isNaN(Date.parse(r.modified))).toBe(false);
      }
      const listed = await repo.list();
      expect(listed.broken).toEqual([]);
      expect(listed.items).toEqual(stored);
      expect(plain(listed.items[2])).toEqual(plain({ ...input[2], code: 'FYS-01' }));
    });

    it('replaceAll makes the catalogue exactly the new one: keeps, changes, adds, removes and reorders', async () => {
      const first = await repo.replaceAll([requirement('A-1'), requirement('A-2'), requirement('A-3'), requirement('A-4')]);
      const [a1, a2, , a4] = first;
      const second = await repo.replaceAll([requirement('A-4'), requirement('A-2', { title: 'Ändrad rubrik' }), requirement('A-5'), requirement('A-1')]);
      expect(second.map((r) => r.code)).toEqual(['A-4', 'A-2', 'A-5', 'A-1']);
      const byCode = new Map(second.map((r) => [r.code, r] as const));
      // Same code: same identity; changed content or place: new etag.
      expect(byCode.get('A-2')?.id).toBe(a2.id);
      expect(byCode.get('A-2')?.title).toBe('Ändrad rubrik');
      expect(byCode.get('A-2')?.etag).not.toBe(a2.etag);
      expect(byCode.get('A-1')?.id).toBe(a1.id);
      expect(byCode.get('A-4')?.id).toBe(a4.id);
      expect(byCode.has('A-3')).toBe(false);
      expect((await repo.list()).items).toEqual(second);
    });

    it('replaceAll is idempotent: the same catalogue again writes nothing', async () => {
      const first = await repo.replaceAll([requirement('B-1'), requirement('B-2')]);
      const again = await repo.replaceAll([requirement('B-1'), requirement('B-2')]);
      expect(again).toEqual(first);
    });

    it('replaceAll round-trips the whole default catalogue', async () => {
      const stored = await repo.replaceAll(DEFAULT_CATALOGUE);
      expect(stored.length).toBe(DEFAULT_CATALOGUE.length);
      expect(stored.map(plain)).toEqual(DEFAULT_CATALOGUE.map(plain));
    });

    it('save without etag appends a new requirement; an existing code (any case) is a conflict', async () => {
      await repo.replaceAll([requirement('C-1'), requirement('C-2')]);
      const added = await repo.save(requirement('c-3', { kind: 'fysisk' }));
      expect(added.code).toBe('C-3');
      expect((await repo.list()).items.map((r) => r.code)).toEqual(['C-1', 'C-2', 'C-3']);
      await expect(repo.save(requirement('c-1'))).rejects.toBeInstanceOf(ConflictError);
    });

    it('save with the current etag replaces the requirement in place; a stale etag is a conflict', async () => {
      const [c1] = await repo.replaceAll([requirement('D-1'), requirement('D-2')]);
      const saved = await repo.save(requirement('d-1', { skaText: 'Leverantören ska logga all åtkomst.' }), c1.etag);
      expect(saved.id).toBe(c1.id);
      expect(saved.skaText).toBe('Leverantören ska logga all åtkomst.');
      expect(saved.etag).not.toBe(c1.etag);
      expect((await repo.list()).items.map((r) => r.code)).toEqual(['D-1', 'D-2']);
      await expect(repo.save(requirement('D-1', { title: 'Senare' }), c1.etag)).rejects.toBeInstanceOf(ConflictError);
      expect((await repo.list()).items[0].skaText).toBe('Leverantören ska logga all åtkomst.');
    });

    it('save with an etag for a code that is not stored is NotFound', async () => {
      await expect(repo.save(requirement('E-9'), '"1"')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('refuses to store a requirement that breaks the domain rules', async () => {
      await expect(repo.save(requirement('F-1', { aspects: [] }))).rejects.toBeInstanceOf(InvalidStoredItemError);
      await expect(repo.save(requirement('F-1', { baseline: true, minLevel: 3 }))).rejects.toBeInstanceOf(InvalidStoredItemError);
      expect((await repo.list()).items).toEqual([]);
    });
  });
}

const CATALOGUE: Requirement[] = [
  requirement('ADM-01', { kind: 'administrativ', baseline: true, minLevel: 1, aspects: ['K', 'R', 'T', 'S'] }),
  requirement('TEK-01', { aspects: ['K'], minLevel: 2 }),
  requirement('TEK-02', { aspects: ['T'], minLevel: 2 }),
  requirement('TEK-03', { aspects: ['T'], minLevel: 3 }),
  requirement('FYS-01', { kind: 'fysisk', aspects: ['T'], minLevel: 2 }),
];

function profile(k: number, r: number, t: number, s: number): Profile {
  return { K: k, R: r, T: t, S: s } as Profile;
}

function entry(plan: StoredActionPlan, code: string): StoredActionPlan['entries'][number] {
  const found = plan.entries.find((e) => e.requirementCode === code);
  if (!found) throw new Error(`no entry ${code}`);
  return found;
}

export function describeActionPlanContract(name: string, make: () => Promise<ObjectScopedFixture<ActionPlanRepository>>): void {
  describe(`ActionPlanRepository contract: ${name}`, () => {
    let fixture: ObjectScopedFixture<ActionPlanRepository>;
    let repo: ActionPlanRepository;
    let objectId: string;
    let otherId: string;
    beforeEach(async () => {
      fixture = await make();
      repo = fixture.repo;
      [objectId, otherId] = fixture.objectIds;
    });
    afterEach(async () => {
      if (fixture.cleanup) await fixture.cleanup();
    });

    it('an object without a plan has an empty one', async () => {
      expect(await repo.getPlan(objectId)).toEqual({ objectId, entries: [], retired: [], broken: [] });
    });

    it('savePlan stores a derived plan; getPlan returns its entries by code, each with an etag', async () => {
      const { plan } = deriveActionPlan(CATALOGUE, profile(2, 1, 2, 1), null, '2026-03-01T10:00:00.000Z');
      const saved = await repo.savePlan(objectId, plan);
      expect(saved.entries.map((e) => e.requirementCode)).toEqual(['ADM-01', 'FYS-01', 'TEK-01', 'TEK-02']);
      expect(saved.entries.every((e) => e.status === 'ejBedomd' && e.etag && e.id)).toBe(true);
      expect(saved.retired).toEqual([]);
      expect(await repo.getPlan(objectId)).toEqual(saved);
      expect((await repo.getPlan(otherId)).entries).toEqual([]);
    });

    it('updateEntry saves one entry at its etag (all fields round-trip); a stale etag is a conflict', async () => {
      const { plan } = deriveActionPlan(CATALOGUE, profile(2, 1, 2, 1), null, '2026-03-01T10:00:00.000Z');
      const saved = await repo.savePlan(objectId, plan);
      const before = entry(saved, 'TEK-01');
      const changed: ActionPlanEntry = { requirementCode: 'TEK-01', status: 'delvis', reason: '', how: 'Loggning införd för inloggningar.', responsible: ANNA, targetDate: '2027-02-28' };
      const updated = await repo.updateEntry(objectId, changed, before.etag);
      expect(updated).toMatchObject({ ...changed, id: before.id });
      expect(updated.etag).not.toBe(before.etag);
      const reread = await repo.getPlan(objectId);
      expect(entry(reread, 'TEK-01')).toEqual(updated);
      expect(entry(reread, 'ADM-01')).toEqual(entry(saved, 'ADM-01'));
      await expect(repo.updateEntry(objectId, { ...changed, status: 'uppfyllt' }, before.etag)).rejects.toBeInstanceOf(ConflictError);
      expect(entry(await repo.getPlan(objectId), 'TEK-01').status).toBe('delvis');
    });

    it('updateEntry of a requirement not in the plan is NotFound; an invalid entry is refused', async () => {
      const { plan } = deriveActionPlan(CATALOGUE, profile(2, 1, 2, 1), null, '2026-03-01T10:00:00.000Z');
      const saved = await repo.savePlan(objectId, plan);
      const adm = entry(saved, 'ADM-01');
      await expect(repo.updateEntry(objectId, { ...adm, requirementCode: 'TEK-03' }, adm.etag)).rejects.toBeInstanceOf(NotFoundError);
      await expect(repo.updateEntry(otherId, adm, adm.etag)).rejects.toBeInstanceOf(NotFoundError);
      await expect(repo.updateEntry(objectId, { ...adm, status: 'ejTillampligt', reason: '' }, adm.etag)).rejects.toBeInstanceOf(InvalidStoredItemError);
    });

    it('re-derivation keeps entered statuses, retires entered entries that no longer apply and restores them later', async () => {
      const at1 = '2026-03-01T10:00:00.000Z';
      const at2 = '2026-04-01T09:30:00.000Z';
      const first = await repo.savePlan(objectId, deriveActionPlan(CATALOGUE, profile(2, 1, 3, 1), null, at1).plan);
      expect(first.entries.map((e) => e.requirementCode)).toEqual(['ADM-01', 'FYS-01', 'TEK-01', 'TEK-02', 'TEK-03']);
      const tek3 = entry(first, 'TEK-03');
      await repo.updateEntry(objectId, { ...tek3, status: 'uppfyllt', how: 'Redundant drift i två hallar.' }, tek3.etag);
      const adm = entry(first, 'ADM-01');
      await repo.updateEntry(objectId, { ...adm, status: 'ejUppfyllt', responsible: ANNA, targetDate: '2026-12-31' }, adm.etag);

      // T drops to 2: TEK-03 (entered) is retired; K drops to 1: TEK-01 (untouched) just goes.
      const current = await repo.getPlan(objectId);
      const lowered = deriveActionPlan(CATALOGUE, profile(1, 1, 2, 1), { profile: profile(2, 1, 3, 1), entries: current.entries, retired: current.retired, excludedAspects: [], reason: null }, at2);
      const afterLowering = await repo.savePlan(objectId, lowered.plan);
      expect(afterLowering.entries.map((e) => e.requirementCode)).toEqual(['ADM-01', 'FYS-01', 'TEK-02']);
      expect(entry(afterLowering, 'ADM-01')).toMatchObject({ status: 'ejUppfyllt', responsible: ANNA, targetDate: '2026-12-31' });
      expect(afterLowering.retired).toHaveLength(1);
      expect(afterLowering.retired[0]).toMatchObject({ cause: 'notApplicable', retiredAt: at2, entry: { requirementCode: 'TEK-03', status: 'uppfyllt', how: 'Redundant drift i två hallar.' } });

      // T back to 3: TEK-03 comes back with what was entered.
      const again = await repo.getPlan(objectId);
      const raised = deriveActionPlan(CATALOGUE, profile(1, 1, 3, 1), { profile: profile(1, 1, 2, 1), entries: again.entries, retired: again.retired, excludedAspects: [], reason: null }, '2026-05-01T08:00:00.000Z');
      const restored = await repo.savePlan(objectId, raised.plan);
      expect(restored.retired).toEqual([]);
      expect(entry(restored, 'TEK-03')).toMatchObject({ status: 'uppfyllt', how: 'Redundant drift i två hallar.' });
      expect(await repo.getPlan(objectId)).toEqual(restored);
    });

    it('savePlan of an unchanged plan writes nothing (etags stay)', async () => {
      const saved = await repo.savePlan(objectId, deriveActionPlan(CATALOGUE, profile(2, 2, 2, 2), null, '2026-03-01T10:00:00.000Z').plan);
      const again = await repo.savePlan(objectId, { entries: saved.entries, retired: saved.retired });
      expect(again).toEqual(saved);
    });

    it('savePlan with an entry changed by someone else since it was read is a conflict', async () => {
      const saved = await repo.savePlan(objectId, deriveActionPlan(CATALOGUE, profile(2, 1, 2, 1), null, '2026-03-01T10:00:00.000Z').plan);
      const stale = entry(saved, 'TEK-02');
      // Someone else assesses TEK-02 meanwhile.
      await repo.updateEntry(objectId, { ...stale, status: 'uppfyllt', how: 'Klart.' }, stale.etag);
      const mine = saved.entries.map((e) => (e.requirementCode === 'TEK-02' ? { ...e, status: 'delvis' as const, how: 'Pågår.' } : e));
      await expect(repo.savePlan(objectId, { entries: mine, retired: [] })).rejects.toBeInstanceOf(ConflictError);
      expect(entry(await repo.getPlan(objectId), 'TEK-02')).toMatchObject({ status: 'uppfyllt', how: 'Klart.' });
    });

    it('savePlan with a stale etag on an entry it does not change is not a conflict', async () => {
      const saved = await repo.savePlan(objectId, deriveActionPlan(CATALOGUE, profile(2, 1, 2, 1), null, '2026-03-01T10:00:00.000Z').plan);
      const tek2 = entry(saved, 'TEK-02');
      const other = await repo.updateEntry(objectId, { ...tek2, status: 'uppfyllt' }, tek2.etag);
      const mine = saved.entries.map((e) => (e.requirementCode === 'TEK-02' ? { ...e, status: 'uppfyllt' as const } : e));
      const result = await repo.savePlan(objectId, { entries: mine, retired: [] });
      expect(entry(result, 'TEK-02')).toEqual(other);
    });

    it('plans of different objects are independent; codes are stored upper case', async () => {
      const lower: ActionPlanEntry = { requirementCode: 'tek-01', status: 'ejTillampligt', reason: 'Ingen känslig information.', how: '', responsible: null, targetDate: null };
      await repo.savePlan(otherId, { entries: [lower], retired: [] });
      await repo.savePlan(objectId, deriveActionPlan(CATALOGUE, profile(2, 1, 2, 1), null, '2026-03-01T10:00:00.000Z').plan);
      const other = await repo.getPlan(otherId);
      expect(other.entries).toHaveLength(1);
      expect(other.entries[0]).toMatchObject({ ...lower, requirementCode: 'TEK-01' });
      await repo.savePlan(objectId, { entries: [], retired: [] });
      expect((await repo.getPlan(objectId)).entries).toEqual([]);
      expect((await repo.getPlan(otherId)).entries).toEqual(other.entries);
    });
  });
}

function handover(objectId: string, code: string): HandoverItem {
  const { plan } = deriveActionPlan(CATALOGUE, profile(2, 2, 3, 2), null, '2026-03-01T10:00:00.000Z');
  const items = newHandoverItems(objectId, plan, CATALOGUE, [], ANNA, '2026-03-02T09:00:00.000Z');
  const found = items.find((i) => i.requirementCode === code);
  if (!found) throw new Error(`no handover for ${code}`);
  return found;
}

function moved(item: HandoverItem, to: 'accepterad' | 'genomford' | 'avvisad' | 'overlamnad', reason?: string): HandoverItem {
  const result = transitionHandover(item, to, IT, '2026-03-05T13:15:00.000Z', reason);
  if (!result.ok) throw new Error(`cannot move to ${to}`);
  return result.item;
}

export function describeHandoverContract(name: string, make: () => Promise<ObjectScopedFixture<HandoverRepository>>): void {
  describe(`HandoverRepository contract: ${name}`, () => {
    let fixture: ObjectScopedFixture<HandoverRepository>;
    let repo: HandoverRepository;
    let objectId: string;
    let otherId: string;
    beforeEach(async () => {
      fixture = await make();
      repo = fixture.repo;
      [objectId, otherId] = fixture.objectIds;
    });
    afterEach(async () => {
      if (fixture.cleanup) await fixture.cleanup();
    });

    it('starts empty', async () => {
      expect(await repo.list()).toEqual({ items: [], broken: [] });
    });

    it('create stores the item with its history; list returns items in creation order', async () => {
      const a = await repo.create(handover(objectId, 'TEK-01'));
      const b = await repo.create(handover(otherId, 'TEK-02'));
      expect(a).toMatchObject(handover(objectId, 'TEK-01'));
      expect(a.id && a.etag).toBeTruthy();
      expect(a.history).toEqual([{ status: 'overlamnad', by: ANNA, at: '2026-03-02T09:00:00.000Z', reason: '' }]);
      expect((await repo.list()).items).toEqual([a, b]);
    });

    it('list filters by status, by object and by both', async () => {
      const a = await repo.create(handover(objectId, 'TEK-01'));
      const b = await repo.create(moved(handover(objectId, 'TEK-02'), 'accepterad'));
      const c = await repo.create(moved(handover(otherId, 'TEK-03'), 'avvisad', 'Görs i plattformen.'));
      const d = await repo.create(handover(otherId, 'TEK-01'));
      expect((await repo.list({ status: 'overlamnad' })).items).toEqual([a, d]);
      expect((await repo.list({ status: 'accepterad' })).items).toEqual([b]);
      expect((await repo.list({ status: 'genomford' })).items).toEqual([]);
      expect((await repo.list({ objectId: otherId })).items).toEqual([c, d]);
      expect((await repo.list({ objectId, status: 'accepterad' })).items).toEqual([b]);
      expect((await repo.list({ objectId: otherId, status: 'avvisad' })).items[0]).toMatchObject({ reason: 'Görs i plattformen.' });
    });

    it('update saves a transition at the current etag; a stale etag is a conflict, an unknown id NotFound', async () => {
      const created = await repo.create(handover(objectId, 'TEK-01'));
      const accepted = await repo.update(created.id, created.etag, moved(created, 'accepterad'));
      expect(accepted.status).toBe('accepterad');
      expect(accepted.history.map((e) => e.status)).toEqual(['overlamnad', 'accepterad']);
      expect(accepted.etag).not.toBe(created.etag);
      expect(accepted.id).toBe(created.id);
      await expect(repo.update(created.id, created.etag, moved(created, 'avvisad', 'Nej.'))).rejects.toBeInstanceOf(ConflictError);
      expect((await repo.list()).items).toEqual([accepted]);
      await expect(repo.update('999999', accepted.etag, accepted)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('refuses to store an item that breaks the rules (avvisad without a reason, unknown status)', async () => {
      const item = handover(objectId, 'TEK-01');
      await expect(repo.create({ ...item, status: 'avvisad', reason: '' })).rejects.toBeInstanceOf(InvalidStoredItemError);
      await expect(repo.create({ ...item, status: 'klar' as never })).rejects.toBeInstanceOf(InvalidStoredItemError);
      expect((await repo.list()).items).toEqual([]);
    });
  });
}
