/**
 * The ClassificationRepository contract: every adapter (SharePoint over PnPjs, the local browser store, the
 * component-test fake) must pass it.
 *
 *   describeClassificationRepositoryContract('local (IndexedDB)', async () => ({ repo, cleanup }));
 *
 * `makeRepo` is called before every test and must return an EMPTY repository; `cleanup` (optional) runs after it.
 * Owner unit ids are '12' and '13' (the SharePoint fixture may need them to exist as lookup targets).
 */
import { plainClassificationObject } from '../../src/data/classificationRecord';
import { ConflictError, InvalidStoredItemError, NotFoundError, type ClassificationRepository, type StoredClassification } from '../../src/data/ports';
import { approveClassification, startNewVersion, type ClassificationObject } from '../../src/domain/classification';
import { APPROVED_AT, APPROVER, approvedObject, completeDraft, incompleteDraft } from './classificationFixtures';

export interface ClassificationContractFixture {
  repo: ClassificationRepository;
  cleanup?: () => Promise<void>;
}

/** The object part of a stored classification, for comparing what was saved with what comes back. */
function objectOf(stored: StoredClassification): ClassificationObject {
  return plainClassificationObject(stored);
}

function versionOf(object: Readonly<ClassificationObject>, objectId: string): Parameters<ClassificationRepository['addVersion']>[0] {
  return {
    objectId,
    version: object.version,
    snapshot: object,
    approvedBy: object.approvedBy ?? APPROVER,
    approvedAt: object.approvedAt ?? APPROVED_AT.toISOString(),
  };
}

export function describeClassificationRepositoryContract(name: string, makeRepo: () => Promise<ClassificationContractFixture>): void {
  describe(`ClassificationRepository contract: ${name}`, () => {
    let fixture: ClassificationContractFixture;
    let repo: ClassificationRepository;

    beforeEach(async () => {
      fixture = await makeRepo();
      repo = fixture.repo;
    });

    afterEach(async () => {
      if (fixture.cleanup) await fixture.cleanup();
    });

    it('starts empty', async () => {
      expect(await repo.list()).toEqual({ items: [], broken: [] });
      expect(await repo.list({ ownerUnitId: '12' })).toEqual({ items: [], broken: [] });
    });

    it('create returns the stored object with identity, and get/list return the same data', async () => {
      const input = completeDraft();
      const created = await repo.create(input);
      expect(objectOf(created)).toEqual(input);
      expect(typeof created.id).toBe('string');
      expect(created.id).not.toBe('');
      expect(created.etag).not.toBe('');
      expect(Number.isNaN(Date.parse(created.modified))).toBe(false);
      expect(created.modifiedBy.trim()).not.toBe('');

      expect(await repo.get(created.id)).toEqual(created);
      expect(await repo.list()).toEqual({ items: [created], broken: [] });
    });

    it('stores an incomplete draft (the wizard saves as it goes)', async () => {
      const input = incompleteDraft();
      const created = await repo.create(input);
      expect(objectOf(await repo.get(created.id))).toEqual(input);
    });

    it('stores a draft whose sets are not finished (no motivering, level below a consequence)', async () => {
      const input = completeDraft();
      const sets = input.sets.map((s) => ({ ...s, assessments: { ...s.assessments, K: { level: 0 as const, motivering: '', consequences: { individ: 3 as const } } } }));
      const draft: ClassificationObject = { ...input, sets, criticality: { samhallsviktig: null, motivering: '' } };
      const created = await repo.create(draft);
      expect(objectOf(await repo.get(created.id))).toEqual(draft);
    });

    it('gives every created object its own id', async () => {
      const a = await repo.create(incompleteDraft('12', 'A'));
      const b = await repo.create(incompleteDraft('12', 'B'));
      expect(a.id).not.toBe(b.id);
      expect((await repo.get(a.id)).name).toBe('A');
      expect((await repo.get(b.id)).name).toBe('B');
    });

    it('stores only the object fields (an id, etag or unknown field passed in is not kept)', async () => {
      const created = await repo.create(completeDraft());
      const withExtras = { ...completeDraft('13', 'Kopia'), id: created.id, etag: 'x', modified: 'y', modifiedBy: 'z', extra: 'nope' } as ClassificationObject;
      const second = await repo.create(withExtras);
      expect(second.id).not.toBe(created.id);
      expect(objectOf(second)).toEqual(completeDraft('13', 'Kopia'));
      expect((second as unknown as Record<string, unknown>).extra).toBeUndefined();
      expect(await repo.get(created.id)).toEqual(created);
    });

    it('refuses what it could not read back: no name, no owner, an unknown kind', async () => {
      await expect(repo.create({ ...incompleteDraft(), name: '  ' })).rejects.toBeInstanceOf(InvalidStoredItemError);
      await expect(repo.create({ ...incompleteDraft(), ownerUnitId: '' })).rejects.toBeInstanceOf(InvalidStoredItemError);
      await expect(repo.create({ ...incompleteDraft(), kind: 'app' as ClassificationObject['kind'] })).rejects.toBeInstanceOf(InvalidStoredItemError);
      expect((await repo.list()).items).toEqual([]);
    });

    it('refuses an approved object that does not meet the approval rules', async () => {
      const approved = approvedObject();
      const unfinished: ClassificationObject = {
        ...approved,
        sets: approved.sets.map((s, i) => (i === 0 ? { ...s, assessments: { ...s.assessments, T: { ...s.assessments.T, motivering: '' } } } : s)),
      };
      await expect(repo.create(unfinished)).rejects.toBeInstanceOf(InvalidStoredItemError);
      await expect(repo.create({ ...approved, approvedBy: null })).rejects.toBeInstanceOf(InvalidStoredItemError);
      expect((await repo.list()).items).toEqual([]);
    });

    it('round-trips an approved object exactly, frozen input included', async () => {
      const approved = approvedObject();
      expect(Object.isFrozen(approved)).toBe(true);
      const created = await repo.create(approved);
      const fetched = await repo.get(created.id);
      expect(objectOf(fetched)).toEqual(plainClassificationObject(approved));
      expect(fetched.approvedAt).toBe(APPROVED_AT.toISOString());
      expect(fetched.nextReviewDate).toBe('2027-03-02');
      expect(fetched.approvedBy).toEqual(APPROVER);
    });

    it('list filters by owner unit', async () => {
      const a = await repo.create(incompleteDraft('12', 'Elevregister'));
      const b = await repo.create(incompleteDraft('13', 'Försörjningsstöd'));
      const c = await repo.create(completeDraft('12', 'Lärplattform'));
      const mine = await repo.list({ ownerUnitId: '12' });
      expect(mine.items.map((o) => o.id).sort()).toEqual([a.id, c.id].sort());
      expect((await repo.list({ ownerUnitId: '13' })).items).toEqual([b]);
      expect((await repo.list({ ownerUnitId: '99' })).items).toEqual([]);
      expect((await repo.list()).items).toHaveLength(3);
    });

    it('update with the current etag saves, changes the etag and returns the stored object', async () => {
      const created = await repo.create(incompleteDraft());
      const changed = completeDraft('13', 'Elevregister (Procapita)');
      const updated = await repo.update(created.id, created.etag, changed);
      expect(updated.id).toBe(created.id);
      expect(updated.etag).not.toBe(created.etag);
      expect(objectOf(updated)).toEqual(changed);
      expect(await repo.get(created.id)).toEqual(updated);
      expect((await repo.list({ ownerUnitId: '12' })).items).toEqual([]);
      expect((await repo.list({ ownerUnitId: '13' })).items).toEqual([updated]);
    });

    it('approve, then start a new version: each update needs the latest etag', async () => {
      const created = await repo.create(completeDraft());
      const approved = await repo.update(created.id, created.etag, approveClassificationOf(created));
      expect(approved.status).toBe('approved');
      const next = await repo.update(approved.id, approved.etag, startNewVersion(objectOf(approved)));
      expect(next.status).toBe('draft');
      expect(next.version).toBe(2);
      expect(next.approvedBy).toBeNull();
      expect(next.nextReviewDate).toBe(approved.nextReviewDate);
      await expect(repo.update(created.id, approved.etag, completeDraft())).rejects.toBeInstanceOf(ConflictError);
    });

    it('update with a stale etag throws ConflictError and never overwrites the other edit', async () => {
      const created = await repo.create(incompleteDraft());
      const theirs = await repo.update(created.id, created.etag, incompleteDraft('12', 'Deras namn'));
      await expect(repo.update(created.id, created.etag, incompleteDraft('12', 'Mitt namn'))).rejects.toBeInstanceOf(ConflictError);
      const stored = await repo.get(created.id);
      expect(stored.name).toBe('Deras namn');
      expect(stored.etag).toBe(theirs.etag);
    });

    it('update of an unknown id throws NotFoundError; get too', async () => {
      await expect(repo.update('4711', '"1"', incompleteDraft())).rejects.toBeInstanceOf(NotFoundError);
      await expect(repo.get('4711')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('an invalid update is refused and leaves the stored object as it was', async () => {
      const created = await repo.create(incompleteDraft());
      await expect(repo.update(created.id, created.etag, { ...incompleteDraft(), name: '' })).rejects.toBeInstanceOf(InvalidStoredItemError);
      expect(await repo.get(created.id)).toEqual(created);
    });

    it('does not change the object it is given, and hands out copies', async () => {
      const input = completeDraft();
      const copy = JSON.parse(JSON.stringify(input)) as ClassificationObject;
      const created = await repo.create(input);
      expect(input).toEqual(copy);
      (created.sets[0].assessments.K as { level: number }).level = 0;
      (created as { name: string }).name = 'Ändrad utanför';
      const fetched = await repo.get(created.id);
      expect(fetched.name).toBe('Elevregister');
      expect(fetched.sets[0].assessments.K.level).toBe(3);
    });

    it('keeps non-ASCII, quotes and JSON-looking text intact', async () => {
      const tricky = `Åsa's "system" & <skola> {"sets":[]} \u2013 ÅÄÖ`;
      const input: ClassificationObject = { ...completeDraft(), name: tricky, description: `${tricky}\nrad två` };
      const created = await repo.create(input);
      expect(objectOf(await repo.get(created.id))).toEqual(input);
    });

    describe('approved snapshots', () => {
      it('listVersions is empty for an object without approvals, and for an unknown id', async () => {
        const created = await repo.create(incompleteDraft());
        expect(await repo.listVersions(created.id)).toEqual([]);
        expect(await repo.listVersions('4711')).toEqual([]);
      });

      it('addVersion records a snapshot; listVersions returns them oldest first, only for that object', async () => {
        const created = await repo.create(completeDraft());
        const other = await repo.create(completeDraft('13', 'Annat'));
        const v1 = approvedObject();
        const v2 = approveClassificationOf({ ...startNewVersion(v1), description: 'Version två' });
        const addedV2 = await repo.addVersion(versionOf(v2, created.id));
        await repo.addVersion(versionOf(v1, created.id));
        await repo.addVersion(versionOf(v1, other.id));
        expect(addedV2).toEqual(versionOf(plainClassificationObject(v2), created.id));
        const versions = await repo.listVersions(created.id);
        expect(versions.map((v) => v.version)).toEqual([1, 2]);
        expect(versions[0]).toEqual(versionOf(plainClassificationObject(v1), created.id));
        expect(versions[1].snapshot.description).toBe('Version två');
        expect(versions[1].approvedBy).toEqual(APPROVER);
        expect(versions[1].approvedAt).toBe(v2.approvedAt);
        expect(await repo.listVersions(other.id)).toHaveLength(1);
      });

      it('is write-once: a second snapshot of the same version is a ConflictError and changes nothing', async () => {
        const created = await repo.create(completeDraft());
        const v1 = approvedObject();
        await repo.addVersion(versionOf(v1, created.id));
        const altered = approveClassificationOf({ ...completeDraft(), description: 'Annan text' });
        await expect(repo.addVersion(versionOf(altered, created.id))).rejects.toBeInstanceOf(ConflictError);
        const versions = await repo.listVersions(created.id);
        expect(versions).toHaveLength(1);
        expect(versions[0].snapshot.description).toBe(v1.description);
      });

      it('refuses a snapshot of an unknown object, of a draft, or not matching its approval', async () => {
        const created = await repo.create(completeDraft());
        await expect(repo.addVersion(versionOf(approvedObject(), '4711'))).rejects.toBeInstanceOf(NotFoundError);
        await expect(
          repo.addVersion({ objectId: created.id, version: 1, snapshot: completeDraft(), approvedBy: APPROVER, approvedAt: APPROVED_AT.toISOString() }),
        ).rejects.toBeInstanceOf(InvalidStoredItemError);
        const approved = approvedObject();
        await expect(repo.addVersion({ ...versionOf(approved, created.id), version: 2 })).rejects.toBeInstanceOf(InvalidStoredItemError);
        await expect(
          repo.addVersion({ ...versionOf(approved, created.id), approvedBy: { displayName: 'Någon annan', email: 'annan@norrkoping.example' } }),
        ).rejects.toBeInstanceOf(InvalidStoredItemError);
        expect(await repo.listVersions(created.id)).toEqual([]);
      });

      it('hands out copies of snapshots', async () => {
        const created = await repo.create(completeDraft());
        await repo.addVersion(versionOf(approvedObject(), created.id));
        const [first] = await repo.listVersions(created.id);
        (first.snapshot as { name: string }).name = 'Ändrad';
        expect((await repo.listVersions(created.id))[0].snapshot.name).toBe('Elevregister');
      });
    });
  });
}

/** approveClassification with the fixture's approver and time, for any complete draft. */
function approveClassificationOf(object: ClassificationObject): ClassificationObject {
  return approveClassification(plainClassificationObject(object), APPROVER, APPROVED_AT);
}
