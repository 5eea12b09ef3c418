/**
 * The local audit trail: migration v6 (store `history`, index byItem), a version recorded on every create and update
 * of the audited entities through the store's repositories (who: the current user; when: the save), the first
 * change of demo data diffed against a baseline, LocalItemHistory newest first, reset clearing it.
 */
import { wrap } from 'idb';
import { LOCAL_DATABASE_NAME, LOCAL_DATABASE_VERSION, openLocalStore, type LocalStore } from '../../../src/data/local';
import { freshIndexedDb, testContext } from './helpers';

const UNIT = { name: 'Kultur- och fritidsnämnden', kind: 'namnd' as const, parentId: null, representatives: [], securityContact: null, active: true };

async function emptyStore(): Promise<{ store: LocalStore; context: ReturnType<typeof testContext>; user: { name: string } }> {
  const user = { name: 'Anna Testsson' };
  const base = testContext();
  const context = { ...base, currentUser: () => ({ displayName: user.name, email: 'anna@norrkoping.example' }) };
  const store = await openLocalStore({ ...context, indexedDB: freshIndexedDb(), initialData: [] });
  return { store, context: base, user };
}

describe('local history', () => {
  it('migration v6 adds the history store with its byItem index and keeps older data', async () => {
    const factory = freshIndexedDb();
    const request = factory.open(LOCAL_DATABASE_NAME, 5);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('orgUnits', { keyPath: 'id' });
      db.createObjectStore('meta');
    };
    const old = await wrap(request);
    if (!old) throw new Error('the version 5 database did not open');
    await old.put('meta', '2026-01-01T00:00:00.000Z', 'seededAt');
    old.close();
    // Only v1's stores exist in this fake "v5": open goes on from 5, so only v6 runs.
    const store = await openLocalStore({ ...testContext(), indexedDB: factory });
    try {
      expect(LOCAL_DATABASE_VERSION).toBeGreaterThanOrEqual(6);
      expect(store.db.version).toBe(LOCAL_DATABASE_VERSION);
      expect(store.db.objectStoreNames.contains('history')).toBe(true);
      const index = store.db.transaction('history').store.index('byItem');
      expect(index.keyPath).toEqual(['entity', 'itemId']);
      expect(await store.db.get('meta', 'seededAt')).toBe('2026-01-01T00:00:00.000Z');
    } finally {
      store.close();
    }
  });

  it('records a create and each update, with who and when, and shows the changes newest first', async () => {
    const { store, context, user } = await emptyStore();
    try {
      const unit = await store.orgUnits.create(UNIT);
      context.advance(60_000);
      user.name = 'Karin Ekwall';
      const updated = await store.orgUnits.update(unit.id, unit.etag, { ...UNIT, kind: 'styrelse', active: false });
      const entries = await store.itemHistory.history('orgUnit', unit.id);
      expect(entries.map((e) => [e.version, e.by, e.at])).toEqual([
        ['2', 'Karin Ekwall', updated.modified],
        ['1', 'Anna Testsson', unit.modified],
      ]);
      expect(entries[0].changes).toEqual([
        { field: 'kind', from: 'Nämnd', to: 'Styrelse' },
        { field: 'active', from: 'Aktiv', to: 'Inaktiv' },
      ]);
      expect(entries[1].changes).toContainEqual({ field: 'name', from: '', to: 'Kultur- och fritidsnämnden' });
    } finally {
      store.close();
    }
  });

  it("records risk analyses, risks and actions; a failed (conflicting) update records nothing", async () => {
    const { store } = await emptyStore();
    try {
      const unit = await store.orgUnits.create(UNIT);
      const analysis = await store.riskAnalyses.create({
        name: 'Bibliotekssystem', subjectKind: 'system', classificationObjectId: null, ownerUnitId: unit.id, purpose: '', scope: '',
        participants: [], date: '2026-03-01', status: 'pagar', nextFollowUpDate: null, matrixVersion: 1,
      });
      await store.riskAnalyses.update(analysis.id, analysis.etag, { ...analysis, status: 'klar', nextFollowUpDate: '2026-10-01' });
      await expect(store.riskAnalyses.update(analysis.id, analysis.etag, { ...analysis, name: 'stale' })).rejects.toThrow();
      const entries = await store.itemHistory.history('riskAnalysis', analysis.id);
      expect(entries).toHaveLength(2);
      expect(entries[0].changes).toEqual([
        { field: 'status', from: 'Pågår', to: 'Klar' },
        { field: 'nextFollowUpDate', from: '', to: '2026-10-01' },
      ]);
      const risk = await store.risks.create({
        analysisId: analysis.id, cause: 'gamla datorer', event: 'intrång', consequence: 'läckta lånehistoriker', aspects: ['K'], riskOwner: null,
        existingMeasures: '', inherent: { likelihood: 2, consequence: 3, motivering: '' }, treatment: null, treatmentNote: '', residual: null, acceptance: null,
      });
      expect((await store.itemHistory.history('risk', risk.id))[0].changes).toContainEqual({ field: 'inherentConsequence', from: '', to: '3' });
      const action = await store.riskActions.create({
        riskId: risk.id, description: 'Byt datorer', kind: 'forebyggande', securityKind: 'teknisk', responsible: null, targetDate: '2026-06-01', status: 'ejPaborjad', requirementCodes: [],
      });
      await store.riskActions.update(action.id, action.etag, { ...action, status: 'klar' });
      expect((await store.itemHistory.history('riskAction', action.id))[0].changes).toEqual([{ field: 'status', from: 'Ej påbörjad', to: 'Klar' }]);
      expect(await store.itemHistory.history('classification', '999')).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('diffs the first change of demo data against a baseline of how it was, and reset clears the history', async () => {
    const store = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb() });
    try {
      const [object] = (await store.classifications.list()).items.filter((o) => o.status === 'draft');
      expect(await store.itemHistory.history('classification', object.id)).toEqual([]);
      await store.classifications.update(object.id, object.etag, { ...object, description: 'Ny beskrivning' });
      const entries = await store.itemHistory.history('classification', object.id);
      expect(entries).toHaveLength(2);
      expect(entries[0].changes).toEqual([{ field: 'description', from: object.description, to: 'Ny beskrivning' }]);
      expect(entries[1].by).toBe(object.modifiedBy);
      await store.resetDemoData();
      expect(await store.db.count('history')).toBe(0);
    } finally {
      store.close();
    }
  });

  it('an unreadable stored row becomes a marked entry, never an error', async () => {
    const { store } = await emptyStore();
    try {
      const unit = await store.orgUnits.create(UNIT);
      await store.db.put('history', { id: `orgUnit/${unit.id}/0`, entity: 'orgUnit', itemId: unit.id, version: 0, at: 'x', by: 'y', value: 'junk' });
      const entries = await store.itemHistory.history('orgUnit', unit.id);
      expect(entries.map((e) => e.unreadable === true)).toEqual([false, true]);
    } finally {
      store.close();
    }
  });
});
