/**
 * Contracts of the risk ports (matrices, analyses, risks, actions): every adapter (SharePoint over PnPjs, the local
 * browser store, the component tests' fakes) must pass them.
 *
 *   describeRiskRepositoriesContract('local (IndexedDB)', async () => ({ repos, unitIds: ['3', '4'], objectId: '7', cleanup }));
 *
 * The factory is called before every test and must return EMPTY, linked repositories (a risk's analysis and an
 * action's risk are looked up in the others); `unitIds` are two org unit ids and `objectId` a classification object
 * id the adapter accepts (SharePoint: item ids).
 */
import {
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  type RiskActionRepository,
  type RiskAnalysisRepository,
  type RiskMatrixRepository,
  type RiskRepository,
  type StoredRiskAnalysis,
  type StoredRisk,
} from '../../src/data/ports';
import { acceptRisk, DEFAULT_MATRIX, newMatrixVersion, type Risk, type RiskAction, type RiskAnalysis, type RiskMatrix } from '../../src/domain/risk';
import type { Versioned } from '../../src/domain/shared/Versioned';

export interface RiskRepositories {
  riskMatrices: RiskMatrixRepository;
  riskAnalyses: RiskAnalysisRepository;
  risks: RiskRepository;
  riskActions: RiskActionRepository;
}

export interface RiskFixture {
  repos: RiskRepositories;
  unitIds: readonly [string, string];
  objectId: string;
  cleanup?: () => Promise<void>;
}

const SARA = { displayName: 'Sara Nyborg', email: 'sara.nyborg@norrkoping.example' };
const PATRIK = { displayName: 'Patrik Wiklander', email: 'patrik.wiklander@norrkoping.example' };
const ANNIKA = { displayName: 'Annika Hedström', email: 'annika.hedstrom@norrkoping.example' };

export function matrixV1(): RiskMatrix {
  return { ...DEFAULT_MATRIX, createdBy: { ...SARA }, createdAt: '2026-01-15T08:30:00.000Z' };
}

export function analysis(ownerUnitId: string, overrides: Partial<RiskAnalysis> = {}): RiskAnalysis {
  return {
    name: 'Ransomware mot verksamhetssystemet',
    subjectKind: 'system',
    classificationObjectId: null,
    ownerUnitId,
    purpose: 'Bedöma konsekvenserna av en attack.',
    scope: 'Journal, "genomförandeplaner" & läkemedelslistor; O\'Brien-rutinen.',
    participants: [{ ...ANNIKA }, { ...PATRIK }],
    date: '2026-11-02',
    status: 'pagar',
    nextFollowUpDate: '2027-04-30',
    matrixVersion: 1,
    ...overrides,
  };
}

export function risk(analysisId: string, overrides: Partial<Risk> = {}): Risk {
  return {
    analysisId,
    cause: 'bristande uppdateringar',
    event: 'ransomware krypterar verksamhetssystemet',
    consequence: 'brukare kan komma till skada',
    aspects: ['T', 'R'],
    riskOwner: { ...ANNIKA },
    existingMeasures: 'Nattlig säkerhetskopiering.',
    inherent: { likelihood: 3, consequence: 4, motivering: 'Vanligt angrepp.' },
    treatment: 'reducera',
    treatmentNote: 'Frånkopplade kopior.',
    residual: { likelihood: 2, consequence: 3, motivering: 'Kortare avbrott.' },
    acceptance: null,
    ...overrides,
  };
}

export function action(riskId: string, overrides: Partial<RiskAction> = {}): RiskAction {
  return {
    riskId,
    description: 'Inför frånkopplade säkerhetskopior',
    kind: 'forebyggande',
    securityKind: 'teknisk',
    responsible: { ...PATRIK },
    targetDate: '2026-12-31',
    status: 'pagar',
    requirementCodes: ['TEK-16'],
    ...overrides,
  };
}

/** The value without the store's fields (and without the denormalised ones). */
function unstored<T extends Versioned>(value: T, extra: readonly string[] = []): Omit<T, keyof Versioned> {
  const copy = { ...value } as unknown as Record<string, unknown>;
  for (const key of ['id', 'etag', 'modified', 'modifiedBy', ...extra]) delete copy[key];
  return copy as Omit<T, keyof Versioned>;
}

function expectIdentity(value: Versioned): void {
  expect(value.id).toBeTruthy();
  expect(value.etag).toBeTruthy();
  expect(Number.isNaN(Date.parse(value.modified))).toBe(false);
}

export function describeRiskRepositoriesContract(name: string, make: () => Promise<RiskFixture>): void {
  describe(`Risk repositories contract: ${name}`, () => {
    let fixture: RiskFixture;
    let repos: RiskRepositories;
    let unitA: string;
    let unitB: string;
    beforeEach(async () => {
      fixture = await make();
      repos = fixture.repos;
      [unitA, unitB] = fixture.unitIds;
    });
    afterEach(async () => {
      if (fixture.cleanup) await fixture.cleanup();
    });

    async function newAnalysis(unitId: string = unitA, overrides: Partial<RiskAnalysis> = {}): Promise<StoredRiskAnalysis> {
      return repos.riskAnalyses.create(analysis(unitId, overrides));
    }

    async function newRisk(analysisId: string, overrides: Partial<Risk> = {}): Promise<StoredRisk> {
      return repos.risks.create(risk(analysisId, overrides));
    }

    describe('RiskMatrixRepository', () => {
      it('starts empty: no versions, no latest', async () => {
        expect(await repos.riskMatrices.list()).toEqual({ items: [], broken: [] });
        expect(await repos.riskMatrices.latest()).toBeNull();
      });

      it('round-trips a version exactly and lists versions oldest first; latest is the highest', async () => {
        const v1 = matrixV1();
        const storedV1 = await repos.riskMatrices.addVersion(v1);
        expectIdentity(storedV1);
        expect(unstored(storedV1)).toEqual(v1);
        const v2 = newMatrixVersion(v1, { name: 'Riskmatris 2027', levels: v1.levels.map((l) => (l.key === 'hog' ? { ...l, colour: '#B71C1C', textColour: '#FFFFFF' } : { ...l })) }, PATRIK, new Date('2026-11-20T10:00:00Z'));
        const storedV2 = await repos.riskMatrices.addVersion(v2);
        expect(unstored(storedV2)).toEqual(v2);
        const listed = await repos.riskMatrices.list();
        expect(listed.broken).toEqual([]);
        expect(listed.items.map((m) => m.version)).toEqual([1, 2]);
        expect(listed.items).toEqual([storedV1, storedV2]);
        expect(await repos.riskMatrices.latest()).toEqual(storedV2);
      });

      it('orders by version, not by when a version was stored', async () => {
        const v1 = matrixV1();
        const v2 = newMatrixVersion(v1, { name: 'Ny' }, PATRIK, new Date('2026-11-20T10:00:00Z'));
        await repos.riskMatrices.addVersion(v2);
        await repos.riskMatrices.addVersion(v1);
        expect((await repos.riskMatrices.list()).items.map((m) => m.version)).toEqual([1, 2]);
        expect((await repos.riskMatrices.latest())?.name).toBe('Ny');
      });

      it('is write-once: a version number already stored is a ConflictError and changes nothing', async () => {
        await repos.riskMatrices.addVersion(matrixV1());
        await expect(repos.riskMatrices.addVersion({ ...matrixV1(), name: 'Någon annans' })).rejects.toBeInstanceOf(ConflictError);
        const listed = await repos.riskMatrices.list();
        expect(listed.items.map((m) => m.name)).toEqual([DEFAULT_MATRIX.name]);
      });

      it('refuses a matrix the domain rules reject (overlapping levels) without storing it', async () => {
        const bad = matrixV1();
        bad.levels = bad.levels.map((l, i) => (i === 1 ? { ...l, min: 2 } : l));
        await expect(repos.riskMatrices.addVersion(bad)).rejects.toBeInstanceOf(InvalidStoredItemError);
        expect((await repos.riskMatrices.list()).items).toEqual([]);
      });

      it('round-trips a 6 × 3 matrix', async () => {
        const v1 = matrixV1();
        const likelihood = [1, 2, 3, 4, 5, 6].map((value) => ({ value, label: `S${value}`, description: '' }));
        const consequence = v1.consequence.slice(0, 3);
        const levels = [
          { ...v1.levels[0], min: 1, max: 4 },
          { ...v1.levels[1], min: 5, max: 9 },
          { ...v1.levels[2], min: 10, max: 18 },
        ];
        const wide: RiskMatrix = { ...v1, likelihood, consequence, levels };
        const stored = await repos.riskMatrices.addVersion(wide);
        expect(unstored(stored)).toEqual(wide);
      });
    });

    describe('RiskAnalysisRepository', () => {
      it('starts empty', async () => {
        expect(await repos.riskAnalyses.list()).toEqual({ items: [], broken: [] });
      });

      it('round-trips every field, quotes and non-ASCII included', async () => {
        const input = analysis(unitA, { subjectKind: 'klassningsobjekt', classificationObjectId: fixture.objectId });
        const stored = await repos.riskAnalyses.create(input);
        expectIdentity(stored);
        expect(unstored(stored)).toEqual(input);
        expect(await repos.riskAnalyses.get(stored.id)).toEqual(stored);
        expect((await repos.riskAnalyses.list()).items).toEqual([stored]);
      });

      it('keeps nulls and an empty participant list', async () => {
        const input = analysis(unitA, { nextFollowUpDate: null, participants: [], purpose: '', scope: '', status: 'planerad' });
        const stored = await repos.riskAnalyses.create(input);
        expect(unstored(await repos.riskAnalyses.get(stored.id))).toEqual(input);
      });

      it('lists by owner unit, in creation order', async () => {
        const a1 = await newAnalysis(unitA, { name: 'A1' });
        const b1 = await newAnalysis(unitB, { name: 'B1' });
        const a2 = await newAnalysis(unitA, { name: 'A2' });
        expect((await repos.riskAnalyses.list({ ownerUnitId: unitA })).items.map((a) => a.id)).toEqual([a1.id, a2.id]);
        expect((await repos.riskAnalyses.list({ ownerUnitId: unitB })).items.map((a) => a.id)).toEqual([b1.id]);
        expect((await repos.riskAnalyses.list()).items.map((a) => a.name)).toEqual(['A1', 'B1', 'A2']);
        expect((await repos.riskAnalyses.list({ ownerUnitId: '999999' })).items).toEqual([]);
      });

      it('updates at the current etag (new etag), refuses a stale one with ConflictError', async () => {
        const stored = await newAnalysis();
        const updated = await repos.riskAnalyses.update(stored.id, stored.etag, { ...analysis(unitA), status: 'klar', name: 'Klar analys' });
        expect(updated.id).toBe(stored.id);
        expect(updated.etag).not.toBe(stored.etag);
        expect(updated.status).toBe('klar');
        await expect(repos.riskAnalyses.update(stored.id, stored.etag, analysis(unitA))).rejects.toBeInstanceOf(ConflictError);
        expect((await repos.riskAnalyses.get(stored.id)).name).toBe('Klar analys');
      });

      it('NotFoundError for an unknown id (get and update)', async () => {
        await expect(repos.riskAnalyses.get('424242')).rejects.toBeInstanceOf(NotFoundError);
        await expect(repos.riskAnalyses.update('424242', '"1"', analysis(unitA))).rejects.toBeInstanceOf(NotFoundError);
      });

      it('refuses what the domain rules reject (no name; klassningsobjekt without object) and stores nothing', async () => {
        await expect(repos.riskAnalyses.create(analysis(unitA, { name: '  ' }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        await expect(repos.riskAnalyses.create(analysis(unitA, { subjectKind: 'klassningsobjekt', classificationObjectId: null }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        await expect(repos.riskAnalyses.create(analysis(unitA, { date: '2026-02-30' }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        expect((await repos.riskAnalyses.list()).items).toEqual([]);
      });
    });

    describe('RiskRepository', () => {
      it('starts empty', async () => {
        expect(await repos.risks.list()).toEqual({ items: [], broken: [] });
      });

      it('round-trips every field and copies the analysis owner unit onto the risk', async () => {
        const a = await newAnalysis(unitB);
        const input = risk(a.id);
        const stored = await repos.risks.create(input);
        expectIdentity(stored);
        expect(stored.ownerUnitId).toBe(unitB);
        expect(unstored(stored, ['ownerUnitId'])).toEqual(input);
        expect(await repos.risks.get(stored.id)).toEqual(stored);
      });

      it('round-trips an acceptance with its snapshot, and a risk with nothing assessed', async () => {
        const a = await newAnalysis();
        const low = risk(a.id, { inherent: { likelihood: 2, consequence: 1, motivering: '' }, residual: null, treatment: 'acceptera' });
        const accepted = acceptRisk(low, matrixV1(), ANNIKA, 'riskOwner', new Date('2026-11-28T10:15:30.123Z'), '2027-11-28');
        const stored = await repos.risks.create(accepted);
        expect(unstored(await repos.risks.get(stored.id), ['ownerUnitId'])).toEqual(accepted);
        const bare = risk(a.id, { aspects: [], riskOwner: null, inherent: null, treatment: null, residual: null, existingMeasures: '', treatmentNote: '' });
        const storedBare = await repos.risks.create(bare);
        expect(unstored(await repos.risks.get(storedBare.id), ['ownerUnitId'])).toEqual(bare);
      });

      it('keeps an event of the longest allowed length (255) exactly', async () => {
        const a = await newAnalysis();
        const event = `${'Lång händelse med "citat" och å ä ö '.repeat(8)}`.slice(0, 255);
        const stored = await repos.risks.create(risk(a.id, { event }));
        expect((await repos.risks.get(stored.id)).event).toBe(event);
      });

      it('lists by analysis, by owner unit, and by both', async () => {
        const a1 = await newAnalysis(unitA);
        const a2 = await newAnalysis(unitA);
        const b1 = await newAnalysis(unitB);
        const r1 = await newRisk(a1.id, { event: 'r1' });
        const r2 = await newRisk(b1.id, { event: 'r2' });
        const r3 = await newRisk(a2.id, { event: 'r3' });
        const r4 = await newRisk(a1.id, { event: 'r4' });
        expect((await repos.risks.list({ analysisId: a1.id })).items.map((r) => r.id)).toEqual([r1.id, r4.id]);
        expect((await repos.risks.list({ ownerUnitId: unitA })).items.map((r) => r.id)).toEqual([r1.id, r3.id, r4.id]);
        expect((await repos.risks.list({ ownerUnitId: unitB })).items.map((r) => r.id)).toEqual([r2.id]);
        expect((await repos.risks.list({ analysisId: a1.id, ownerUnitId: unitB })).items).toEqual([]);
        expect((await repos.risks.list({ analysisId: b1.id, ownerUnitId: unitB })).items.map((r) => r.id)).toEqual([r2.id]);
        expect((await repos.risks.list()).items.map((r) => r.event)).toEqual(['r1', 'r2', 'r3', 'r4']);
      });

      it('NotFoundError when the analysis does not exist (create and update), and for an unknown risk', async () => {
        await expect(repos.risks.create(risk('424242'))).rejects.toBeInstanceOf(NotFoundError);
        expect((await repos.risks.list()).items).toEqual([]);
        await expect(repos.risks.get('424242')).rejects.toBeInstanceOf(NotFoundError);
        const a = await newAnalysis();
        await expect(repos.risks.update('424242', '"1"', risk(a.id))).rejects.toBeInstanceOf(NotFoundError);
        const stored = await newRisk(a.id);
        await expect(repos.risks.update(stored.id, stored.etag, risk('434343'))).rejects.toBeInstanceOf(NotFoundError);
      });

      it('updates at the current etag, refuses a stale one, and copies the analysis owner unit again', async () => {
        const a = await newAnalysis(unitA);
        const stored = await newRisk(a.id);
        await repos.riskAnalyses.update(a.id, a.etag, analysis(unitB));
        const updated = await repos.risks.update(stored.id, stored.etag, risk(a.id, { treatment: 'overfora', residual: null }));
        expect(updated.etag).not.toBe(stored.etag);
        expect(updated.treatment).toBe('overfora');
        expect(updated.residual).toBeNull();
        expect(updated.ownerUnitId).toBe(unitB);
        expect((await repos.risks.list({ ownerUnitId: unitB })).items.map((r) => r.id)).toEqual([stored.id]);
        await expect(repos.risks.update(stored.id, stored.etag, risk(a.id))).rejects.toBeInstanceOf(ConflictError);
        expect((await repos.risks.get(stored.id)).treatment).toBe('overfora');
      });

      it('refuses what the domain rules reject (no event, off-scale value, residual without treatment)', async () => {
        const a = await newAnalysis();
        await expect(repos.risks.create(risk(a.id, { event: '' }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        await expect(repos.risks.create(risk(a.id, { inherent: { likelihood: 7, consequence: 1, motivering: '' } }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        await expect(repos.risks.create(risk(a.id, { treatment: null }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        await expect(repos.risks.create(risk(a.id, { riskOwner: { displayName: 'X', email: 'inte-en-adress' } }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        expect((await repos.risks.list()).items).toEqual([]);
      });
    });

    describe('RiskActionRepository', () => {
      it('starts empty', async () => {
        expect(await repos.riskActions.list()).toEqual({ items: [], broken: [] });
      });

      it('round-trips every field and copies the risk analysis onto the action', async () => {
        const a = await newAnalysis();
        const r = await newRisk(a.id);
        const input = action(r.id);
        const stored = await repos.riskActions.create(input);
        expectIdentity(stored);
        expect(stored.analysisId).toBe(a.id);
        expect(unstored(stored, ['analysisId'])).toEqual(input);
        const bare = action(r.id, { responsible: null, targetDate: null, requirementCodes: [], status: 'ejPaborjad', kind: 'hanterande', securityKind: 'fysisk' });
        const storedBare = await repos.riskActions.create(bare);
        expect(unstored(storedBare, ['analysisId'])).toEqual(bare);
        expect((await repos.riskActions.list()).items).toEqual([stored, storedBare]);
      });

      it('stores requirement codes normalised (upper case, trimmed)', async () => {
        const a = await newAnalysis();
        const r = await newRisk(a.id);
        const stored = await repos.riskActions.create(action(r.id, { requirementCodes: [' tek-04', 'ADM-01'] }));
        expect(stored.requirementCodes).toEqual(['TEK-04', 'ADM-01']);
      });

      it('lists by risk, by analysis, and by both', async () => {
        const a1 = await newAnalysis();
        const a2 = await newAnalysis();
        const r1 = await newRisk(a1.id);
        const r2 = await newRisk(a1.id);
        const r3 = await newRisk(a2.id);
        const x1 = await repos.riskActions.create(action(r1.id, { description: 'x1' }));
        const x2 = await repos.riskActions.create(action(r3.id, { description: 'x2' }));
        const x3 = await repos.riskActions.create(action(r2.id, { description: 'x3' }));
        const x4 = await repos.riskActions.create(action(r1.id, { description: 'x4' }));
        expect((await repos.riskActions.list({ riskId: r1.id })).items.map((x) => x.id)).toEqual([x1.id, x4.id]);
        expect((await repos.riskActions.list({ analysisId: a1.id })).items.map((x) => x.id)).toEqual([x1.id, x3.id, x4.id]);
        expect((await repos.riskActions.list({ analysisId: a2.id })).items.map((x) => x.id)).toEqual([x2.id]);
        expect((await repos.riskActions.list({ riskId: r1.id, analysisId: a2.id })).items).toEqual([]);
        expect((await repos.riskActions.list({ riskId: r3.id, analysisId: a2.id })).items.map((x) => x.id)).toEqual([x2.id]);
      });

      it('updates at the current etag, refuses a stale one; NotFoundError for an unknown action or risk', async () => {
        const a = await newAnalysis();
        const r = await newRisk(a.id);
        const stored = await repos.riskActions.create(action(r.id));
        const updated = await repos.riskActions.update(stored.id, stored.etag, action(r.id, { status: 'klar' }));
        expect(updated.etag).not.toBe(stored.etag);
        expect(updated.status).toBe('klar');
        await expect(repos.riskActions.update(stored.id, stored.etag, action(r.id, { status: 'avbruten' }))).rejects.toBeInstanceOf(ConflictError);
        expect((await repos.riskActions.list({ riskId: r.id })).items.map((x) => x.status)).toEqual(['klar']);
        await expect(repos.riskActions.update('424242', '"1"', action(r.id))).rejects.toBeInstanceOf(NotFoundError);
        await expect(repos.riskActions.create(action('434343'))).rejects.toBeInstanceOf(NotFoundError);
      });

      it('refuses what the domain rules reject (no description, bad code, bad date) and stores nothing', async () => {
        const a = await newAnalysis();
        const r = await newRisk(a.id);
        await expect(repos.riskActions.create(action(r.id, { description: ' ' }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        await expect(repos.riskActions.create(action(r.id, { requirementCodes: ['inte en kod!'] }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        await expect(repos.riskActions.create(action(r.id, { targetDate: '31/12/2026' }))).rejects.toBeInstanceOf(InvalidStoredItemError);
        expect((await repos.riskActions.list()).items).toEqual([]);
      });
    });
  });
}
