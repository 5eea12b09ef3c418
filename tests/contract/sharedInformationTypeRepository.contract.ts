/**
 * The SharedInformationTypeRepository contract: every adapter (SharePoint, local, the component-test fake) passes it.
 * `makeRepo` is called before every test and must return an EMPTY repository.
 */
import { plainSharedInformationTypeDraft } from '../../src/data/classificationRecord';
import {
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  type SharedInformationTypeDraft,
  type SharedInformationTypeRepository,
  type StoredSharedInformationType,
} from '../../src/data/ports';
import { setFromSharedType } from '../../src/domain/classification';
import { sharedTypeDraft } from './classificationFixtures';

export interface SharedTypeContractFixture {
  repo: SharedInformationTypeRepository;
  cleanup?: () => Promise<void>;
}

function draftOf(stored: StoredSharedInformationType): SharedInformationTypeDraft {
  return plainSharedInformationTypeDraft(stored);
}

export function describeSharedInformationTypeRepositoryContract(name: string, makeRepo: () => Promise<SharedTypeContractFixture>): void {
  describe(`SharedInformationTypeRepository contract: ${name}`, () => {
    let fixture: SharedTypeContractFixture;
    let repo: SharedInformationTypeRepository;

    beforeEach(async () => {
      fixture = await makeRepo();
      repo = fixture.repo;
    });

    afterEach(async () => {
      if (fixture.cleanup) await fixture.cleanup();
    });

    it('starts empty', async () => {
      expect(await repo.list()).toEqual({ items: [], broken: [] });
    });

    it('create returns the stored type with identity; get and list return the same', async () => {
      const input = sharedTypeDraft();
      const created = await repo.create(input);
      expect(draftOf(created)).toEqual(input);
      expect(created.id).not.toBe('');
      expect(created.etag).not.toBe('');
      expect(created.modifiedBy.trim()).not.toBe('');
      expect(await repo.get(created.id)).toEqual(created);
      expect(await repo.list()).toEqual({ items: [created], broken: [] });
    });

    it("the store's id is what information sets refer to", async () => {
      const created = await repo.create(sharedTypeDraft());
      const set = setFromSharedType(created, 'set-1');
      expect(set.sharedTypeId).toBe(created.id);
      expect(set.sharedBaseline).toEqual({ K: 2, R: 2, T: 2, S: 2 });
    });

    it('keeps inactive types, and an id passed in is not stored', async () => {
      const a = await repo.create(sharedTypeDraft('Skyddade personuppgifter'));
      const b = await repo.create({ ...sharedTypeDraft('Gammal typ', false), id: a.id } as SharedInformationTypeDraft);
      expect(b.id).not.toBe(a.id);
      expect(b.active).toBe(false);
      expect((await repo.list()).items.map((t) => [t.name, t.active])).toEqual(
        expect.arrayContaining([
          ['Skyddade personuppgifter', true],
          ['Gammal typ', false],
        ]),
      );
    });

    it('stores a type whose motiveringar are not written yet, but refuses one without a name', async () => {
      const unfinished = { ...sharedTypeDraft(), assessments: { ...sharedTypeDraft().assessments, K: { level: 1 as const, motivering: '', consequences: {} } } };
      const created = await repo.create(unfinished);
      expect(draftOf(await repo.get(created.id))).toEqual(unfinished);
      await expect(repo.create({ ...sharedTypeDraft(), name: ' ' })).rejects.toBeInstanceOf(InvalidStoredItemError);
      await expect(repo.create({ ...sharedTypeDraft(), personalData: { kind: 'lots' as 'none', note: '' } })).rejects.toBeInstanceOf(InvalidStoredItemError);
      expect((await repo.list()).items).toHaveLength(1);
    });

    it('update with the current etag saves and changes the etag; a stale etag is a ConflictError', async () => {
      const created = await repo.create(sharedTypeDraft());
      const changed = { ...sharedTypeDraft('Personalakt (HR)'), active: false };
      const updated = await repo.update(created.id, created.etag, changed);
      expect(updated.etag).not.toBe(created.etag);
      expect(draftOf(updated)).toEqual(changed);
      expect(await repo.get(created.id)).toEqual(updated);
      await expect(repo.update(created.id, created.etag, sharedTypeDraft('Mitt'))).rejects.toBeInstanceOf(ConflictError);
      expect((await repo.get(created.id)).name).toBe('Personalakt (HR)');
    });

    it('unknown ids are NotFoundError', async () => {
      await expect(repo.get('4711')).rejects.toBeInstanceOf(NotFoundError);
      await expect(repo.update('4711', '"1"', sharedTypeDraft())).rejects.toBeInstanceOf(NotFoundError);
    });

    it('does not change the draft it is given, and hands out copies', async () => {
      const input = sharedTypeDraft();
      const copy = JSON.parse(JSON.stringify(input)) as SharedInformationTypeDraft;
      const created = await repo.create(input);
      expect(input).toEqual(copy);
      (created.assessments.K as { level: number }).level = 4;
      expect((await repo.get(created.id)).assessments.K.level).toBe(2);
    });
  });
}
