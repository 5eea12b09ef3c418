/**
 * The OrgUnitRepository contract: every adapter (SharePoint over PnPjs, the local browser store) must pass it.
 *
 * Usage from an adapter's test file:
 *
 *   describeOrgUnitRepositoryContract('local (IndexedDB)', async () => ({ repo: new LocalOrgUnitRepository(...), cleanup }));
 *
 * `makeRepo` is called before every test and must return an EMPTY repository; `cleanup` (optional) runs after it.
 */
import { ConflictError, NotFoundError, type OrgUnitRepository } from '../../src/data/ports';
import type { OrgUnit, OrgUnitDraft } from '../../src/domain/organisation';

export interface ContractRepoFixture {
  repo: OrgUnitRepository;
  cleanup?: () => Promise<void>;
}

function draft(overrides: Partial<OrgUnitDraft> = {}): OrgUnitDraft {
  return {
    name: 'Kultur- och fritidsnämnden',
    kind: 'namnd',
    parentId: null,
    representatives: [{ displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' }],
    securityContact: { displayName: 'Per Holm', email: 'per.holm@norrkoping.se' },
    active: true,
    ...overrides,
  };
}

/** The draft part of a stored unit, for comparing what was saved with what comes back. */
function draftOf(unit: OrgUnit): OrgUnitDraft {
  return {
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    representatives: unit.representatives,
    securityContact: unit.securityContact,
    active: unit.active,
  };
}

export function describeOrgUnitRepositoryContract(
  name: string,
  makeRepo: () => Promise<ContractRepoFixture>,
): void {
  describe(`OrgUnitRepository contract: ${name}`, () => {
    let fixture: ContractRepoFixture;
    let repo: OrgUnitRepository;

    beforeEach(async () => {
      fixture = await makeRepo();
      repo = fixture.repo;
    });

    afterEach(async () => {
      if (fixture.cleanup) await fixture.cleanup();
    });

    it('starts empty', async () => {
      const result = await repo.list();
      expect(result.units).toEqual([]);
      expect(result.broken).toEqual([]);
    });

    it('create returns the stored unit with identity and version, and get/list return the same data', async () => {
      const input = draft();
      const created = await repo.create(input);
      expect(draftOf(created)).toEqual(input);
      expect(typeof created.id).toBe('string');
      expect(created.id).not.toBe('');
      expect(typeof created.etag).toBe('string');
      expect(created.etag).not.toBe('');
      expect(typeof created.modified).toBe('string');
      expect(Number.isNaN(Date.parse(created.modified))).toBe(false);
      expect(typeof created.modifiedBy).toBe('string');
      expect(created.modifiedBy.trim()).not.toBe('');

      const fetched = await repo.get(created.id);
      expect(fetched).toEqual(created);

      const { units, broken } = await repo.list();
      expect(broken).toEqual([]);
      expect(units).toEqual([created]);
    });

    it('gives every created unit its own id', async () => {
      const a = await repo.create(draft({ name: 'Barn- och utbildningsnämnden' }));
      const b = await repo.create(draft({ name: 'Socialnämnden' }));
      expect(a.id).not.toBe(b.id);
      expect((await repo.get(a.id)).name).toBe('Barn- och utbildningsnämnden');
      expect((await repo.get(b.id)).name).toBe('Socialnämnden');
    });

    it('stores a unit without representatives or security contact', async () => {
      const input = draft({ representatives: [], securityContact: null, kind: 'bolag', name: 'Norrköping Vatten och Avfall AB' });
      const created = await repo.create(input);
      expect(draftOf(await repo.get(created.id))).toEqual(input);
    });

    it('update with the current etag saves the draft, changes the etag and returns the stored unit', async () => {
      const created = await repo.create(draft());
      const changed = draft({
        name: 'Kultur- och fritidsnämnden (ny)',
        kind: 'styrelse',
        representatives: [{ displayName: 'Lena Ek', email: 'lena.ek@norrkoping.se' }],
        securityContact: null,
      });
      const updated = await repo.update(created.id, created.etag, changed);
      expect(updated.id).toBe(created.id);
      expect(updated.etag).not.toBe(created.etag);
      expect(draftOf(updated)).toEqual(changed);

      const fetched = await repo.get(created.id);
      expect(fetched).toEqual(updated);
    });

    it('successive updates each need the latest etag', async () => {
      const created = await repo.create(draft());
      const first = await repo.update(created.id, created.etag, draft({ name: 'Första' }));
      const second = await repo.update(first.id, first.etag, draft({ name: 'Andra' }));
      expect(second.etag).not.toBe(first.etag);
      expect((await repo.get(created.id)).name).toBe('Andra');
    });

    it('update with a stale etag throws ConflictError and never overwrites the other edit', async () => {
      const created = await repo.create(draft());
      const theirs = await repo.update(created.id, created.etag, draft({ name: 'Deras ändring' }));

      await expect(repo.update(created.id, created.etag, draft({ name: 'Min ändring' }))).rejects.toBeInstanceOf(ConflictError);

      const stored = await repo.get(created.id);
      expect(stored.name).toBe('Deras ändring');
      expect(stored.etag).toBe(theirs.etag);
    });

    it('update changes only that unit, and list shows the new data', async () => {
      const a = await repo.create(draft({ name: 'Miljönämnden' }));
      const b = await repo.create(draft({ name: 'Byggnadsnämnden' }));
      await repo.update(a.id, a.etag, draft({ name: 'Miljö- och hälsoskyddsnämnden' }));
      const { units } = await repo.list();
      const byId = new Map(units.map((u) => [u.id, u]));
      expect(byId.get(a.id)?.name).toBe('Miljö- och hälsoskyddsnämnden');
      expect(byId.get(b.id)).toEqual(b);
    });

    it('does not change the draft it is given', async () => {
      const input = draft();
      const copy = JSON.parse(JSON.stringify(input)) as OrgUnitDraft;
      const created = await repo.create(input);
      await repo.update(created.id, created.etag, input);
      expect(input).toEqual(copy);
    });

    it('keeps many representatives in their order', async () => {
      const representatives = Array.from({ length: 25 }, (_, i) => ({
        displayName: `Företrädare ${25 - i} Åberg`,
        email: `foretradare${25 - i}@norrkoping.se`,
      }));
      const created = await repo.create(draft({ representatives }));
      expect((await repo.get(created.id)).representatives).toEqual(representatives);
    });

    it('get of a missing id throws NotFoundError', async () => {
      const created = await repo.create(draft());
      const missing = `${created.id}999`;
      await expect(repo.get(missing)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('update of a missing id throws NotFoundError', async () => {
      const created = await repo.create(draft());
      const missing = `${created.id}999`;
      await expect(repo.update(missing, created.etag, draft())).rejects.toBeInstanceOf(NotFoundError);
    });

    it('list returns inactive units too, and deactivation round-trips', async () => {
      const active = await repo.create(draft({ name: 'Aktiv nämnd' }));
      const inactive = await repo.create(draft({ name: 'Nedlagd nämnd', active: false }));
      const { units } = await repo.list();
      const byId = new Map(units.map((u) => [u.id, u]));
      expect(byId.get(active.id)?.active).toBe(true);
      expect(byId.get(inactive.id)?.active).toBe(false);

      const deactivated = await repo.update(active.id, active.etag, draft({ name: 'Aktiv nämnd', active: false }));
      expect(deactivated.active).toBe(false);
      expect((await repo.get(active.id)).active).toBe(false);
    });

    it('parent ids round-trip, including moving a unit and making it top-level again', async () => {
      const ks = await repo.create(draft({ name: 'Kommunstyrelsen', kind: 'styrelse' }));
      const klk = await repo.create(draft({ name: 'Kommunledningskontoret', kind: 'forvaltning', parentId: ks.id }));
      const other = await repo.create(draft({ name: 'Tekniska nämnden' }));
      expect(klk.parentId).toBe(ks.id);
      expect((await repo.get(klk.id)).parentId).toBe(ks.id);

      const moved = await repo.update(klk.id, klk.etag, draft({ name: 'Kommunledningskontoret', kind: 'forvaltning', parentId: other.id }));
      expect(moved.parentId).toBe(other.id);
      expect((await repo.get(klk.id)).parentId).toBe(other.id);

      const top = await repo.update(klk.id, moved.etag, draft({ name: 'Kommunledningskontoret', kind: 'forvaltning', parentId: null }));
      expect(top.parentId).toBeNull();
      const listed = (await repo.list()).units.find((u) => u.id === klk.id);
      expect(listed?.parentId).toBeNull();
    });

    it("representatives and contact with Swedish characters, apostrophes and & round-trip exactly", async () => {
      const input = draft({
        name: "Vård- & omsorgsnämnden i Åby–Örebro \"norra\"",
        representatives: [
          { displayName: "Åsa O'Brien-Öberg", email: "asa.o'brien@norrkoping.se" },
          { displayName: 'Björn Ärlig & Söner', email: 'bjorn.arlig@vardomsorg.norrkoping.se' },
          { displayName: 'Zoë <Ängel> "Chefen"', email: 'zoe.angel@norrkoping.se' },
        ],
        securityContact: { displayName: "Örjan D'Ångström", email: 'orjan.dangstrom@norrkoping.se' },
      });
      const created = await repo.create(input);
      expect(draftOf(created)).toEqual(input);
      expect(draftOf(await repo.get(created.id))).toEqual(input);
      const listed = (await repo.list()).units.find((u) => u.id === created.id);
      expect(listed && draftOf(listed)).toEqual(input);
    });

    it('many units (120) all come back from list', async () => {
      const created: OrgUnit[] = [];
      for (let i = 0; i < 120; i++) {
        created.push(await repo.create(draft({ name: `Enhet ${i}`, kind: i % 2 === 0 ? 'namnd' : 'forvaltning', active: i % 7 !== 0 })));
      }
      const { units, broken } = await repo.list();
      expect(broken).toEqual([]);
      expect(units).toHaveLength(120);
      const names = new Set(units.map((u) => u.name));
      for (let i = 0; i < 120; i++) expect(names.has(`Enhet ${i}`)).toBe(true);
      const ids = new Set(units.map((u) => u.id));
      expect(ids.size).toBe(120);
      expect(units.filter((u) => !u.active)).toHaveLength(created.filter((u) => !u.active).length);
    });
  });
}
