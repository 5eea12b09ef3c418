/** @jest-environment node */
/**
 * The exact requests SharePointTaskInputReader sends through the real PnPjs pipeline over the strict fake SharePoint
 * site: forPerson in exactly two `$batch` requests (round 1: org units, the person's handlingsplan rows and risk
 * actions, the IT queue for IT staff; round 2: classifications, analyses and risks by owner unit / id), every
 * `$filter` on an indexed column with escaped literals, or-filters split under the url limit, empty rounds not sent,
 * a full page read again with paging, 429 retried, hand-edited items skipped and counted; all() one paged query per list.
 */
import { ACTION_PLAN_SELECT } from '../../src/data/sharepoint/actionPlanEntryItem';
import { CLASSIFICATION_SELECT } from '../../src/data/sharepoint/classificationItem';
import { ORG_UNIT_SELECT } from '../../src/data/sharepoint/orgUnitItem';
import { RISK_ACTION_SELECT } from '../../src/data/sharepoint/riskItem';
import {
  actionPlanEntriesList,
  classificationsList,
  handoversList,
  orgUnitsList,
  riskActionsList,
  riskAnalysesList,
  riskMatricesList,
  risksList,
} from '../../src/data/schema';
import {
  SharePointActionPlanRepository,
  SharePointClassificationRepository,
  SharePointHandoverRepository,
  SharePointOrgUnitRepository,
  SharePointRiskActionRepository,
  SharePointRiskAnalysisRepository,
  SharePointRiskRepository,
  SharePointTaskInputReader,
  TASK_QUERY_MAX_URL,
} from '../../src/data/sharepoint';
import { deriveTasks, type TaskPerson } from '../../src/domain/tasks';
import type { OrgUnitDraft } from '../../src/domain/organisation';
import type { ActionPlanEntry } from '../../src/domain/requirements';
import { StoreUnavailableError } from '../../src/data/ports';
import { approvedObject } from './classificationFixtures';
import { FakeSharePointSite, spOverSite, type RecordedBatchPart } from './fakeSharePointSite';
import { action, analysis, risk } from './riskRepositories.contract';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const LISTS = [orgUnitsList, classificationsList, actionPlanEntriesList, handoversList, riskMatricesList, riskAnalysesList, risksList, riskActionsList];
const listPath = (list: string): string => `/sites/lis/_api/web/getList('%2Fsites%2Flis%2FLists%2F${list}')/items`;

/** Typed with capitals, as people type addresses; the filter must carry it lower case with the quote doubled. */
const OBRIEN: TaskPerson = { displayName: "Åsa O'Brien & Söner", email: "Asa.O'Brien&Soner@Norrkoping.example", isItStaff: false };
const OBRIEN_LITERAL = "'asa.o''brien&soner@norrkoping.example'";
const OTHER = { displayName: 'Karin Ek', email: 'karin.ek@norrkoping.example' };

function unitDraft(name: string, representatives: OrgUnitDraft['representatives']): OrgUnitDraft {
  return { name, kind: 'namnd', parentId: null, representatives, securityContact: null, active: true };
}

function entry(code: string, responsible: ActionPlanEntry['responsible'], targetDate: string): ActionPlanEntry {
  return { requirementCode: code, status: 'ejUppfyllt', reason: '', how: 'Planeras.', responsible, targetDate };
}

interface Seeded {
  site: FakeSharePointSite;
  reader: SharePointTaskInputReader;
  sleeps: number[];
  batchSleeps: number[];
  ids: { represented: string; other: string; ownObject: string; planObject: string; unrelatedObject: string; analysisOfAction: string; ownAnalysis: string; riskOfAction: string; action: string };
}

async function seed(): Promise<Seeded> {
  const site = new FakeSharePointSite(LISTS, SITE);
  const { sp, sleeps } = spOverSite(site);
  const units = new SharePointOrgUnitRepository(sp, SITE);
  const represented = await units.create(unitDraft('Kultur- och fritidsnämnden', [{ displayName: OBRIEN.displayName, email: OBRIEN.email }]));
  const other = await units.create(unitDraft('Tekniska nämnden', [OTHER]));
  site.createUnitFolders([represented.id, other.id]); // the setup's folders: unit items are created there
  const objects = new SharePointClassificationRepository(sp, SITE);
  const ownObject = await objects.create(approvedObject(represented.id, 'Bibliotekssystem'));
  const planObject = await objects.create(approvedObject(other.id, 'Gatuvård'));
  const unrelatedObject = await objects.create(approvedObject(other.id, 'Parkeringsregister'));
  const plans = new SharePointActionPlanRepository(sp, SITE);
  await plans.savePlan(planObject.id, {
    entries: [entry('TEK-04', { displayName: OBRIEN.displayName, email: OBRIEN.email }, '2026-12-01'), entry('TEK-16', OTHER, '2026-12-02')],
    retired: [],
  });
  await plans.savePlan(unrelatedObject.id, { entries: [entry('ADM-01', OTHER, '2026-12-03')], retired: [] });
  const analyses = new SharePointRiskAnalysisRepository(sp, SITE);
  const analysisOfAction = await analyses.create(analysis(other.id));
  const ownAnalysis = await analyses.create(analysis(represented.id, { name: 'Bibliotekets utlåning' }));
  await analyses.create(analysis(other.id, { name: 'Ingen av dennes' }));
  const risks = new SharePointRiskRepository(sp, SITE);
  const riskOfAction = await risks.create(risk(analysisOfAction.id));
  const actions = new SharePointRiskActionRepository(sp, SITE);
  const own = await actions.create(action(riskOfAction.id, { responsible: { displayName: OBRIEN.displayName, email: OBRIEN.email } }));
  await actions.create(action(riskOfAction.id));
  site.requests.length = 0;
  site.batchParts.length = 0;
  batchBase = site.batches;
  const batchSleeps: number[] = [];
  return {
    site,
    reader: new SharePointTaskInputReader(sp, SITE, { sleep: async (ms) => void batchSleeps.push(ms) }),
    sleeps,
    batchSleeps,
    ids: {
      represented: represented.id,
      other: other.id,
      ownObject: ownObject.id,
      planObject: planObject.id,
      unrelatedObject: unrelatedObject.id,
      analysisOfAction: analysisOfAction.id,
      ownAnalysis: ownAnalysis.id,
      riskOfAction: riskOfAction.id,
      action: own.id,
    },
  };
}

/** `$batch` requests the fake site answered before the test's own requests. */
let batchBase = 0;

function partsOf(site: FakeSharePointSite, batch: number): RecordedBatchPart[] {
  return site.batchParts.filter((p) => p.batch === batchBase + batch);
}

function describePart(part: RecordedBatchPart): { path: string; filter: string | null } {
  const url = new URL(part.url);
  return { path: url.pathname, filter: url.searchParams.get('$filter') };
}

describe('SharePointTaskInputReader.forPerson: requests', () => {
  it('sends exactly two $batch requests and nothing else', async () => {
    const { site, reader } = await seed();
    await reader.forPerson(OBRIEN);
    expect(site.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['POST /sites/lis/_api/$batch', 'POST /sites/lis/_api/$batch']);
    expect(site.batches - batchBase).toBe(2);
  });

  it('round 1: all org units, then rows and actions filtered on the indexed e-mail column, lower case and escaped', async () => {
    const { site, reader } = await seed();
    await reader.forPerson(OBRIEN);
    const round1 = partsOf(site, 0);
    expect(round1.map((p) => p.method)).toEqual(['GET', 'GET', 'GET']);
    expect(round1.map(describePart)).toEqual([
      { path: listPath('LisOrgUnits'), filter: null },
      { path: listPath('LisActionPlanEntries'), filter: `LisResponsibleEmail eq ${OBRIEN_LITERAL}` },
      { path: listPath('LisRiskActions'), filter: `LisResponsibleEmail eq ${OBRIEN_LITERAL}` },
    ]);
    // The quote and the ampersand are percent-encoded exactly once on the wire.
    expect(round1[1].url).toContain('%24filter=LisResponsibleEmail+eq+%27asa.o%27%27brien%26soner%40norrkoping.example%27');
    const query = new URL(round1[0].url).searchParams;
    expect(query.get('$select')?.split(',')).toEqual([...ORG_UNIT_SELECT]);
    expect(query.get('$top')).toBe('5000');
    // Unit-scoped lists also select FSObjType: their unit folders come back as rows and are dropped client-side.
    expect(new URL(round1[1].url).searchParams.get('$select')?.split(',')).toEqual([...ACTION_PLAN_SELECT, 'FSObjType']);
    expect(new URL(round1[2].url).searchParams.get('$select')?.split(',')).toEqual([...RISK_ACTION_SELECT, 'FSObjType']);
    expect(round1[0].headers.accept).toBe('application/json;odata=minimalmetadata');
  });

  it('round 2: classifications and analyses by represented unit and by referenced id, risks by id', async () => {
    const { site, reader, ids } = await seed();
    await reader.forPerson(OBRIEN);
    expect(partsOf(site, 1).map(describePart)).toEqual([
      { path: listPath('LisClassifications'), filter: `LisOwnerUnitId eq ${ids.represented}` },
      { path: listPath('LisClassifications'), filter: `ID eq ${ids.planObject}` },
      { path: listPath('LisRiskAnalyses'), filter: `LisOwnerUnitId eq ${ids.represented}` },
      { path: listPath('LisRiskAnalyses'), filter: `ID eq ${ids.analysisOfAction}` },
      { path: listPath('LisRisks'), filter: `ID eq ${ids.riskOfAction}` },
    ]);
    expect(new URL(partsOf(site, 1)[0].url).searchParams.get('$select')?.split(',')).toEqual([...CLASSIFICATION_SELECT, 'FSObjType']);
  });

  it('returns exactly the slice that concerns the person, and derivation finds their tasks', async () => {
    const { reader, ids } = await seed();
    const { input, skipped } = await reader.forPerson(OBRIEN);
    expect(skipped).toBe(0);
    expect(input.orgUnits.map((u) => u.id).sort()).toEqual([ids.represented, ids.other].sort());
    expect(input.classifications.map((c) => c.id).sort()).toEqual([ids.ownObject, ids.planObject].sort());
    expect(input.plans).toHaveLength(1);
    expect(input.plans[0].objectId).toBe(ids.planObject);
    expect(input.plans[0].plan.entries.map((e) => e.requirementCode)).toEqual(['TEK-04']);
    expect(input.actions.map((a) => a.id)).toEqual([ids.action]);
    expect(input.risks.map((r) => r.id)).toEqual([ids.riskOfAction]);
    expect(input.analyses.map((a) => a.id).sort()).toEqual([ids.analysisOfAction, ids.ownAnalysis].sort());
    expect(input.handovers).toEqual([]);
    const tasks = deriveTasks(input, OBRIEN, '2026-11-28');
    expect(tasks.map((t) => t.key)).toEqual(expect.arrayContaining([`handlingsplan:${ids.planObject}:TEK-04`, `riskatgard:${ids.action}`]));
  });

  it('IT staff also get the open handover queue, filtered on the indexed status column', async () => {
    const { site, reader } = await seed();
    await reader.forPerson({ ...OBRIEN, isItStaff: true });
    expect(partsOf(site, 0).map(describePart)[3]).toEqual({ path: listPath('LisHandovers'), filter: "LisHandoverStatus eq 'overlamnad' or LisHandoverStatus eq 'accepterad'" });
  });

  it('a person with no rows, actions or units sends one $batch only (an empty round is not sent)', async () => {
    const { site, reader } = await seed();
    const { input } = await reader.forPerson({ displayName: 'Ny Person', email: 'ny.person@norrkoping.example', isItStaff: false });
    expect(site.batches - batchBase).toBe(1);
    expect(input.classifications).toEqual([]);
    expect(input.orgUnits).toHaveLength(2);
  });

  it('splits long or-filters so that every request url stays under the limit, one column per filter', async () => {
    const site = new FakeSharePointSite(LISTS, SITE);
    batchBase = 0;
    const { sp } = spOverSite(site);
    const me = { displayName: 'Rep Resentant', email: 'rep@norrkoping.example' };
    for (let i = 0; i < 400; i++) site.list(orgUnitsList).seed({ Title: `Enhet ${i}`, LisKind: 'namnd', LisRepresentatives: JSON.stringify([me]), LisActive: true });
    const reader = new SharePointTaskInputReader(sp, SITE);
    const { input } = await reader.forPerson({ ...me, isItStaff: false });
    expect(input.orgUnits).toHaveLength(400);
    const round2 = partsOf(site, 1);
    const classificationParts = round2.filter((p) => p.url.includes('LisClassifications'));
    expect(classificationParts.length).toBeGreaterThan(1);
    for (const part of round2) expect(part.url.length).toBeLessThan(TASK_QUERY_MAX_URL + 1);
    const ids = classificationParts.flatMap((p) => (new URL(p.url).searchParams.get('$filter') ?? '').split(' or '));
    expect(ids).toHaveLength(400);
    expect(ids.every((term) => /^LisOwnerUnitId eq \d+$/.test(term))).toBe(true);
    expect(new Set(ids).size).toBe(400);
  });

  it('reads a list again with paging when a batched query returns a full page of 5 000', async () => {
    const site = new FakeSharePointSite(LISTS, SITE);
    const { sp } = spOverSite(site);
    for (let i = 0; i < 5003; i++) site.list(orgUnitsList).seed({ Title: `Enhet ${i}`, LisKind: 'namnd', LisRepresentatives: '[]', LisActive: true });
    const reader = new SharePointTaskInputReader(sp, SITE);
    const { input } = await reader.forPerson({ displayName: 'X', email: 'x@norrkoping.example', isItStaff: false });
    expect(input.orgUnits).toHaveLength(5003);
    const paged = site.requests.filter((r) => r.method === 'GET');
    expect(paged.length).toBe(3); // 2 000 + 2 000 + 1 003, following odata.nextLink
    expect(new URL(paged[0].url).searchParams.get('$top')).toBe('2000');
  });

  it('retries a throttled $batch request (429 with Retry-After) and a throttled part', async () => {
    const { site, reader, sleeps, batchSleeps } = await seed();
    site.failNext({ status: 429, headers: { 'Retry-After': '3' }, when: (r) => r.url.endsWith('/_api/$batch') });
    site.list(riskActionsList).failNext({ status: 429, headers: { 'Retry-After': '2' } });
    const { input } = await reader.forPerson(OBRIEN);
    expect(input.actions).toHaveLength(1);
    expect(sleeps).toEqual([3000]);
    expect(batchSleeps).toEqual([2000]);
    expect(site.requests.filter((r) => r.url.endsWith('/_api/$batch'))).toHaveLength(4); // 429, round 1, retry of the part, round 2
  });

  it('skips and counts hand-edited items that fail validation', async () => {
    const { site, reader } = await seed();
    site.list(actionPlanEntriesList).seed({ Title: 'x', LisClassificationId: 2, LisRequirementCode: 'NOT A CODE', LisResponsibleEmail: 'ASA.O\'BRIEN&SONER@NORRKOPING.EXAMPLE' });
    site.list(riskActionsList).seed({ Title: 'x', LisRiskId: 1, LisAnalysisId: 1, LisStatus: 'pagar', LisResponsibleEmail: "asa.o'brien&soner@norrkoping.example", LisContent: '{not json' });
    const { input, skipped } = await reader.forPerson(OBRIEN);
    expect(skipped).toBe(2);
    expect(input.actions).toHaveLength(1);
  });

  it('a failing part becomes the ports’ typed error', async () => {
    const { site, reader } = await seed();
    site.list(riskActionsList).failNext({ status: 500 });
    await expect(reader.forPerson(OBRIEN)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('SharePointTaskInputReader.all: requests', () => {
  it('one paged query per list, open statuses filtered on indexed columns, no $batch', async () => {
    const { site, reader, ids } = await seed();
    const { input, skipped } = await reader.all();
    expect(skipped).toBe(0);
    expect(site.batches - batchBase).toBe(0);
    const gets = site.requests.map((r) => ({ path: new URL(r.url).pathname, filter: new URL(r.url).searchParams.get('$filter'), top: new URL(r.url).searchParams.get('$top') }));
    expect(gets).toEqual([
      { path: listPath('LisOrgUnits'), filter: null, top: '2000' },
      { path: listPath('LisClassifications'), filter: null, top: '2000' },
      { path: listPath('LisActionPlanEntries'), filter: 'LisRetired eq 0', top: '2000' },
      { path: listPath('LisHandovers'), filter: "LisHandoverStatus eq 'overlamnad' or LisHandoverStatus eq 'accepterad'", top: '2000' },
      { path: listPath('LisRiskAnalyses'), filter: null, top: '2000' },
      { path: listPath('LisRisks'), filter: null, top: '2000' },
      { path: listPath('LisRiskActions'), filter: "LisStatus eq 'ejPaborjad' or LisStatus eq 'pagar'", top: '2000' },
    ]);
    expect(input.classifications).toHaveLength(3);
    expect(input.plans.map((p) => p.objectId).sort()).toEqual([ids.planObject, ids.unrelatedObject].sort());
    expect(input.actions).toHaveLength(2);
  });
});
