/** @jest-environment node */
import { wrap } from 'idb';
import { LOCAL_DATABASE_VERSION, openLocalStore, type LocalStore } from '../../../src/data/local';
import { RISK_DEMO_UNITS } from '../../../src/data/local/demo/riskDemo';
import {
  acceptanceState,
  DEFAULT_MATRIX,
  isActionOverdue,
  RISK_ACTION_STATUSES,
  scoreRisk,
  validateMatrix,
  validateRisk,
  validateRiskAction,
  validateRiskAnalysis,
} from '../../../src/domain/risk';
import { DEFAULT_CATALOGUE, normaliseCode } from '../../../src/domain/requirements';
import { freshIndexedDb, testContext } from './helpers';

const TODAY = '2026-03-01';

describe('risk demo data in the local store', () => {
  let store: LocalStore;
  afterEach(() => store?.close());

  async function open(): Promise<LocalStore> {
    store = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb() });
    return store;
  }

  it('a new database holds the default matrix as version 1, and nothing else', async () => {
    await open();
    const { items, broken } = await store.riskMatrices.list();
    expect(broken).toEqual([]);
    expect(items).toHaveLength(1);
    const [matrix] = items;
    expect(matrix.version).toBe(1);
    expect(matrix.levels).toEqual(DEFAULT_MATRIX.levels);
    expect(matrix.likelihood).toEqual(DEFAULT_MATRIX.likelihood);
    expect(matrix.consequence).toEqual(DEFAULT_MATRIX.consequence);
    expect(validateMatrix(matrix)).toEqual([]);
    expect(await store.riskMatrices.latest()).toEqual(matrix);
  });

  it('holds the three analyses of the demo units; the water utility one is linked to the SCADA object', async () => {
    await open();
    const { items: analyses, broken } = await store.riskAnalyses.list();
    expect(broken).toEqual([]);
    expect(analyses).toHaveLength(3);
    const units = (await store.orgUnits.list()).units;
    const unitName = (id: string): string | undefined => units.find((u) => u.id === id)?.name;
    expect(analyses.map((a) => unitName(a.ownerUnitId))).toEqual([RISK_DEMO_UNITS.care, RISK_DEMO_UNITS.social, RISK_DEMO_UNITS.water]);
    for (const analysis of analyses) {
      expect(validateRiskAnalysis(analysis)).toEqual([]);
      expect(analysis.matrixVersion).toBe(1);
      expect(analysis.participants.length).toBeGreaterThanOrEqual(2);
    }
    const water = analyses[2];
    const scada = (await store.classifications.list()).items.find((o) => o.id === water.classificationObjectId);
    expect(scada?.name).toMatch(/^SCADA/);
    expect(water.subjectKind).toBe('klassningsobjekt');
    // The owner filter reads through the index.
    expect((await store.riskAnalyses.list({ ownerUnitId: water.ownerUnitId })).items.map((a) => a.id)).toEqual([water.id]);
  });

  it('risks are valid on the matrix, span low to high levels, and carry their analysis owner unit', async () => {
    await open();
    const matrix = await store.riskMatrices.latest();
    if (!matrix) throw new Error('no matrix');
    const analyses = (await store.riskAnalyses.list()).items;
    const { items: risks, broken } = await store.risks.list();
    expect(broken).toEqual([]);
    expect(risks.length).toBeGreaterThanOrEqual(6);
    const levels = new Set<string>();
    for (const risk of risks) {
      expect(validateRisk(risk, matrix)).toEqual([]);
      const analysis = analyses.find((a) => a.id === risk.analysisId);
      expect(risk.ownerUnitId).toBe(analysis?.ownerUnitId);
      if (risk.inherent) levels.add(scoreRisk(matrix, risk.inherent).level.key);
    }
    expect([...levels].sort()).toEqual(['hog', 'lag']);
    for (const analysis of analyses) expect((await store.risks.list({ analysisId: analysis.id })).items.length).toBeGreaterThanOrEqual(2);
  });

  it('exactly one risk is accepted, validly, by its owner; the others have no acceptance', async () => {
    await open();
    const risks = (await store.risks.list()).items;
    const accepted = risks.filter((r) => r.acceptance !== null);
    expect(accepted).toHaveLength(1);
    expect(acceptanceState(accepted[0], TODAY)).toMatchObject({ state: 'valid' });
    expect(accepted[0].acceptance?.acceptedBy).toEqual(accepted[0].riskOwner);
    expect(accepted[0].treatment).toBe('acceptera');
  });

  it('actions are valid, in every status, some past their target date, linked to catalogue requirements', async () => {
    await open();
    const { items: actions, broken } = await store.riskActions.list();
    expect(broken).toEqual([]);
    const risks = (await store.risks.list()).items;
    for (const action of actions) {
      expect(validateRiskAction(action)).toEqual([]);
      expect(action.analysisId).toBe(risks.find((r) => r.id === action.riskId)?.analysisId);
    }
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(RISK_ACTION_STATUSES));
    expect(actions.filter((a) => isActionOverdue(a, TODAY)).length).toBeGreaterThanOrEqual(2);
    expect(actions.filter((a) => !isActionOverdue(a, TODAY) && a.status !== 'klar' && a.status !== 'avbruten').length).toBeGreaterThanOrEqual(1);
    const catalogue = new Set(DEFAULT_CATALOGUE.map((r) => normaliseCode(r.code)));
    const linked = actions.flatMap((a) => a.requirementCodes);
    expect(linked.length).toBeGreaterThan(0);
    for (const code of linked) expect(catalogue.has(code)).toBe(true);
  });

  it('is deterministic: the same clock gives the same data', async () => {
    const first = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb() });
    const second = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb() });
    try {
      expect(await second.risks.list()).toEqual(await first.risks.list());
      expect(await second.riskActions.list()).toEqual(await first.riskActions.list());
    } finally {
      first.close();
      second.close();
    }
  });

  it('resetDemoData restores the risk demo after changes; an empty register keeps only the matrix', async () => {
    await open();
    const [analysis] = (await store.riskAnalyses.list()).items;
    await store.riskAnalyses.update(analysis.id, analysis.etag, { ...analysis, name: 'Ändrad' });
    await store.resetDemoData();
    expect((await store.riskAnalyses.list()).items.map((a) => a.name)).not.toContain('Ändrad');
    expect((await store.riskAnalyses.list()).items).toHaveLength(3);
    expect((await store.riskMatrices.list()).items.map((m) => m.version)).toEqual([1]);
    await store.seed([]);
    expect((await store.riskMatrices.list()).items).toHaveLength(1);
    expect((await store.riskAnalyses.list()).items).toEqual([]);
    expect((await store.risks.list()).items).toEqual([]);
  });

  it('an empty database gets the matrix only', async () => {
    store = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb(), initialData: [] });
    expect((await store.riskMatrices.list()).items).toHaveLength(1);
    expect((await store.riskAnalyses.list()).items).toEqual([]);
  });
});

describe('local database migration v4 (risk stores)', () => {
  it('the database is at version 4 or later and has the risk stores with their indexes', async () => {
    const store = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb(), initialData: [] });
    try {
      expect(LOCAL_DATABASE_VERSION).toBeGreaterThanOrEqual(4);
      const names = Array.from(store.db.objectStoreNames);
      expect(names).toEqual(expect.arrayContaining(['riskMatrices', 'riskAnalyses', 'risks', 'riskActions']));
      const tx = store.db.transaction(['riskMatrices', 'riskAnalyses', 'risks', 'riskActions']);
      expect(Array.from(tx.objectStore('riskMatrices').indexNames)).toEqual(['byVersion']);
      expect(tx.objectStore('riskMatrices').index('byVersion').unique).toBe(true);
      expect(Array.from(tx.objectStore('riskAnalyses').indexNames)).toEqual(['byOwnerUnit']);
      expect(Array.from(tx.objectStore('risks').indexNames).sort()).toEqual(['byAnalysis', 'byOwnerUnit']);
      expect(Array.from(tx.objectStore('riskActions').indexNames).sort()).toEqual(['byAnalysis', 'byRisk']);
    } finally {
      store.close();
    }
  });

  it('a version 3 database (issue 3) upgrades in place: its data stays and the risk stores are added', async () => {
    const factory = freshIndexedDb();
    // A database as issue 3 shipped it: stores of migrations v1–v3, with a row.
    const request = factory.open('lis-preview', 3);
    request.onupgradeneeded = (): void => {
      const db = request.result;
      db.createObjectStore('orgUnits', { keyPath: 'id' });
      db.createObjectStore('meta');
      db.createObjectStore('classifications', { keyPath: 'id' }).createIndex('byOwnerUnit', 'ownerUnitId');
      db.createObjectStore('classificationVersions', { keyPath: 'id' }).createIndex('byObject', 'objectId');
      db.createObjectStore('sharedInfoTypes', { keyPath: 'id' });
      db.createObjectStore('requirements', { keyPath: 'id' });
      db.createObjectStore('actionPlanEntries', { keyPath: 'id' }).createIndex('byObject', 'objectId');
      const handovers = db.createObjectStore('handovers', { keyPath: 'id' });
      handovers.createIndex('byObject', 'objectId');
      handovers.createIndex('byStatus', 'status');
    };
    const old = await wrap(request);
    if (!old) throw new Error('the version 3 database did not open');
    await old.put('meta', '2026-01-01T00:00:00.000Z', 'seededAt');
    await old.put('requirements', { id: '1', marker: 'kvar' });
    old.close();
    const store = await openLocalStore({ ...testContext(), indexedDB: factory });
    try {
      expect(store.db.version).toBe(LOCAL_DATABASE_VERSION);
      expect(await store.db.get('requirements', '1')).toEqual({ id: '1', marker: 'kvar' });
      // Already seeded: the risk stores are added empty (no demo written over a user's data).
      expect((await store.riskMatrices.list()).items).toEqual([]);
      expect((await store.riskAnalyses.list()).items).toEqual([]);
    } finally {
      store.close();
    }
  });
});
