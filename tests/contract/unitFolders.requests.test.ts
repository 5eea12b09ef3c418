/** @jest-environment node */
/**
 * Item placement in unit folders (src/data/sharepoint/unitFolders.ts) through the real PnPjs pipeline over the
 * strict fake SharePoint: the exact create request (AddValidateUpdateItemUsingPath into `enhet-<unit>`), the typed
 * follow-up MERGE, per-field errors, the missing folder, the move on an owner-unit change, folder rows left out of
 * every read, and throttling (429) on each step.
 */
import { ConflictError, InvalidStoredItemError, SetupRequiredError, StoreUnavailableError } from '../../src/data/ports';
import {
  actionPlanEntriesList,
  classificationsList,
  classificationVersionsList,
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
} from '../../src/data/sharepoint';
import { splitFormValues } from '../../src/data/sharepoint/formValues';
import { LisListAccess } from '../../src/data/sharepoint/listAccess';
import { UnitFolderItems } from '../../src/data/sharepoint/unitFolders';
import { toRiskAnalysisRecord } from '../../src/data/riskRecord';
import { riskAnalysisItemValues } from '../../src/data/sharepoint/riskItem';
import { DEFAULT_CATALOGUE, deriveActionPlan } from '../../src/domain/requirements';
import { APPROVED_AT, APPROVER, approvedObject, completeDraft, incompleteDraft } from './classificationFixtures';
import type { RecordedSiteRequest } from './fakeSharePointSite';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { action, analysis, risk } from './riskRepositories.contract';
import { addValidateBody, createsInFolder } from './unitFolderRequests';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const LISTS = [orgUnitsList, classificationsList, classificationVersionsList, actionPlanEntriesList, handoversList, riskMatricesList, riskAnalysesList, risksList, riskActionsList];
const listApi = (list: string): string => `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2F${list}')`;

function setup(units: readonly string[] = ['12', '13']): { site: FakeSharePointSite; sp: ReturnType<typeof spOverSite>['sp']; sleeps: number[] } {
  const site = new FakeSharePointSite(LISTS, SITE);
  site.createUnitFolders(units);
  const { sp, sleeps } = spOverSite(site);
  return { site, sp, sleeps };
}

function pathOf(request: { url: string }): string {
  const url = new URL(request.url);
  return `${url.origin}${url.pathname}`;
}

function bodyOf(request: RecordedSiteRequest): Record<string, unknown> {
  return JSON.parse(request.rawBody as string) as Record<string, unknown>;
}

function describeRequest(r: RecordedSiteRequest): string {
  const url = new URL(r.url);
  return `${r.headers['x-http-method'] ?? r.method} ${decodeURIComponent(url.pathname)}${url.search ? decodeURIComponent(url.search) : ''}`;
}

const isCreate = (r: RecordedSiteRequest): boolean => /AddValidateUpdateItemUsingPath/.test(r.url);
const isMove = (r: RecordedSiteRequest): boolean => /moveTo/.test(decodeURIComponent(r.url));

describe('create in the unit folder: AddValidateUpdateItemUsingPath', () => {
  it('POSTs the folder as FolderPath.DecodedUrl, the string-safe fields as formValues, bNewDocumentUpdate false', async () => {
    const { site, sp } = setup();
    const input = analysis('12', { classificationObjectId: '7' });
    const stored = await new SharePointRiskAnalysisRepository(sp, SITE).create(input);
    const [create] = createsInFolder(site.requests);
    expect(create.url).toBe(`${listApi('LisRiskAnalyses')}/AddValidateUpdateItemUsingPath()`);
    expect(create.headers.accept).toBe('application/json;odata=minimalmetadata');
    expect(addValidateBody(create)).toEqual({
      bNewDocumentUpdate: false,
      formValues: [
        { FieldName: 'Title', FieldValue: input.name },
        { FieldName: 'LisSubjectKind', FieldValue: 'system' },
        { FieldName: 'LisClassification', FieldValue: '7' },
        { FieldName: 'LisOwnerUnit', FieldValue: '12' },
        { FieldName: 'LisStatus', FieldValue: 'pagar' },
        { FieldName: 'LisMatrixVersion', FieldValue: '1' },
        { FieldName: 'LisContent', FieldValue: toRiskAnalysisRecord(input).contentJson },
      ],
      listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/lis/Lists/LisRiskAnalyses/enhet-12' } },
    });
    expect(site.list(riskAnalysesList).folderOf(Number(stored.id))).toBe('enhet-12');
    expect(site.list(riskAnalysesList).idsIn('')).toEqual([]);
  });

  it('then ONE typed MERGE for the dates, with If-Match of the created item read back, never *', async () => {
    const { site, sp } = setup();
    const stored = await new SharePointRiskAnalysisRepository(sp, SITE).create(analysis('12'));
    const id = stored.id;
    expect(site.requests.map(describeRequest)).toEqual([
      'POST /sites/lis/_api/web/getList(\'/sites/lis/Lists/LisRiskAnalyses\')/AddValidateUpdateItemUsingPath()',
      `GET /sites/lis/_api/web/getList('/sites/lis/Lists/LisRiskAnalyses')/items(${id})?$select=Id`,
      `MERGE /sites/lis/_api/web/getList('/sites/lis/Lists/LisRiskAnalyses')/items(${id})`,
      expect.stringMatching(new RegExp(`^GET /sites/lis/_api/web/getList\\('/sites/lis/Lists/LisRiskAnalyses'\\)/items\\(${id}\\)\\?\\$select=`)),
    ]);
    const merge = site.requests[2];
    expect(merge.headers['if-match']).toBe('"1"');
    expect(bodyOf(merge)).toEqual({ LisAnalysisDate: '2026-11-02T00:00:00Z', LisNextFollowUp: '2027-04-30T00:00:00Z' });
    expect(stored.date).toBe('2026-11-02');
    expect(stored.nextFollowUpDate).toBe('2027-04-30');
  });

  it('sends no follow-up when every value is string-safe (a risk: lookups, integers, text, choice)', async () => {
    const { site, sp } = setup();
    const analysisItem = await new SharePointRiskAnalysisRepository(sp, SITE).create(analysis('13'));
    site.requests.length = 0;
    const stored = await new SharePointRiskRepository(sp, SITE).create(risk(analysisItem.id));
    expect(site.requests.filter((r) => r.method !== 'GET').map((r) => (isCreate(r) ? 'create' : describeRequest(r)))).toEqual(['create']);
    expect(site.list(risksList).folderOf(Number(stored.id))).toBe('enhet-13');
  });

  it('splits values: decimals, negatives and dates go typed; booleans as 1/0; a null with a default is cleared with ""', () => {
    const split = splitFormValues(actionPlanEntriesList, {
      Title: 'TEK-01',
      LisClassificationId: 7,
      LisAssessment: null,
      LisRetired: false,
      LisTargetDate: '2027-02-28T00:00:00Z',
      LisRetiredAt: null,
    });
    expect(split.formValues).toEqual([
      { FieldName: 'Title', FieldValue: 'TEK-01' },
      { FieldName: 'LisClassification', FieldValue: '7' },
      { FieldName: 'LisAssessment', FieldValue: '' },
      { FieldName: 'LisRetired', FieldValue: '0' },
    ]);
    expect(split.typed).toEqual({ LisTargetDate: '2027-02-28T00:00:00Z' });
    const numbers = splitFormValues(risksList, { LisInherentValue: 2.5, LisResidualValue: -1, LisAnalysisId: 3 });
    expect(numbers.formValues).toEqual([{ FieldName: 'LisAnalysis', FieldValue: '3' }]);
    expect(numbers.typed).toEqual({ LisInherentValue: 2.5, LisResidualValue: -1 });
  });

  it('a field SharePoint rejects (HasException) is InvalidStoredItemError naming the field and its message; nothing is stored', async () => {
    const { site, sp } = setup();
    const gateway = new UnitFolderItems(new LisListAccess(sp, SITE, riskAnalysesList.url), riskAnalysesList);
    const values = { ...riskAnalysisItemValues(toRiskAnalysisRecord(analysis('12'))), LisStatus: 'okänd' };
    const error = await gateway.create('12', values, 'RiskAnalysis', 'new').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidStoredItemError);
    expect((error as InvalidStoredItemError).reasons).toEqual(['SharePoint: LisStatus: Value does not fall within the expected range.']);
    expect(site.list(riskAnalysesList).itemCount).toBe(0);
    expect(site.requests.filter((r) => r.headers['x-http-method'] === 'MERGE')).toEqual([]);
  });

  it('a failed typed follow-up deletes the half-made item and reports the error', async () => {
    const { site, sp } = setup();
    site.failNext({ status: 400, when: (r) => r.headers['x-http-method'] === 'MERGE' });
    await expect(new SharePointRiskAnalysisRepository(sp, SITE).create(analysis('12'))).rejects.toBeInstanceOf(StoreUnavailableError);
    const deletes = site.requests.filter((r) => r.headers['x-http-method'] === 'DELETE');
    expect(deletes.map((r) => [describeRequest(r), r.headers['if-match']])).toEqual([[`DELETE /sites/lis/_api/web/getList('/sites/lis/Lists/LisRiskAnalyses')/items(1)`, '"1"']]);
    expect(site.list(riskAnalysesList).itemCount).toBe(0);
  });

  it('a missing unit folder (setup not run) is SetupRequiredError naming the unit and folder; nothing is stored', async () => {
    const { site, sp } = setup(['12']);
    const error = await new SharePointRiskAnalysisRepository(sp, SITE).create(analysis('99')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupRequiredError);
    expect(error).toMatchObject({ name: 'SetupRequiredError', missing: 'unitFolder', unitId: '99', path: '/sites/lis/Lists/LisRiskAnalyses/enhet-99' });
    expect(site.list(riskAnalysesList).itemCount).toBe(0);
    // The 404 was told apart from a missing list by one probe of the list.
    expect(site.requests.map(describeRequest)).toEqual([
      `POST /sites/lis/_api/web/getList('/sites/lis/Lists/LisRiskAnalyses')/AddValidateUpdateItemUsingPath()`,
      `GET /sites/lis/_api/web/getList('/sites/lis/Lists/LisRiskAnalyses')/items?$select=Id&$top=1`,
    ]);
  });

  it('a missing LIST is StoreUnavailableError (LIS not installed), not a folder to set up', async () => {
    const site = new FakeSharePointSite([orgUnitsList], SITE);
    const { sp } = spOverSite(site);
    const error = await new SharePointRiskAnalysisRepository(sp, SITE).create(analysis('12')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(String(error)).toContain('/sites/lis/Lists/LisRiskAnalyses');
  });

  it('children go to the folder of their parent: snapshots, plan rows and handovers by the object owner, actions by the risk', async () => {
    const { site, sp } = setup();
    const objects = new SharePointClassificationRepository(sp, SITE);
    const object = await objects.create(completeDraft('13'));
    await objects.addVersion({ objectId: object.id, version: 1, snapshot: approvedObject('13'), approvedBy: APPROVER, approvedAt: APPROVED_AT.toISOString() });
    const plan = deriveActionPlan(DEFAULT_CATALOGUE, { K: 1, R: 1, T: 1, S: 1 }, null, '2026-03-01T10:00:00.000Z').plan;
    const saved = await new SharePointActionPlanRepository(sp, SITE).savePlan(object.id, plan);
    const by = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.example' };
    const handover = await new SharePointHandoverRepository(sp, SITE).create({
      objectId: object.id,
      requirementCode: saved.entries[0].requirementCode,
      status: 'overlamnad',
      reason: '',
      history: [{ status: 'overlamnad', by, at: '2026-03-02T09:00:00.000Z', reason: '' }],
    });
    const analysisItem = await new SharePointRiskAnalysisRepository(sp, SITE).create(analysis('12'));
    const riskItem = await new SharePointRiskRepository(sp, SITE).create(risk(analysisItem.id));
    const actionItem = await new SharePointRiskActionRepository(sp, SITE).create(action(riskItem.id));
    expect(site.list(classificationVersionsList).idsIn('enhet-13')).toHaveLength(1);
    expect(site.list(actionPlanEntriesList).idsIn('enhet-13')).toHaveLength(saved.entries.length);
    expect(site.list(handoversList).folderOf(Number(handover.id))).toBe('enhet-13');
    expect(site.list(riskActionsList).folderOf(Number(actionItem.id))).toBe('enhet-12');
    // Nothing of a unit's was created at the list root.
    for (const def of LISTS) expect(site.list(def).idsIn('')).toEqual([]);
  });
});

describe('move on an owner-unit change', () => {
  it('update, then moveTo of the item file <ID>_.000 into the new unit folder; the item keeps id and values', async () => {
    const { site, sp } = setup();
    const repo = new SharePointClassificationRepository(sp, SITE);
    const created = await repo.create(incompleteDraft('12'));
    site.requests.length = 0;
    const updated = await repo.update(created.id, created.etag, incompleteDraft('13'));
    const id = created.id;
    expect(site.requests.map(describeRequest)).toEqual([
      `MERGE /sites/lis/_api/web/getList('/sites/lis/Lists/LisClassifications')/items(${id})`,
      `GET /sites/lis/_api/web/getList('/sites/lis/Lists/LisClassifications')/items(${id})?$select=Id,FileRef,FileDirRef`,
      `POST /sites/lis/_api/web/getFileByServerRelativePath(decodedUrl='/sites/lis/Lists/LisClassifications/enhet-12/${id}_.000')/moveTo(newurl='/sites/lis/Lists/LisClassifications/enhet-13/${id}_.000',flags=1)`,
      expect.stringMatching(/^GET .*\/items\(\d+\)\?\$select=/),
    ]);
    expect(site.list(classificationsList).folderOf(Number(id))).toBe('enhet-13');
    expect(updated.id).toBe(id);
    expect(updated.ownerUnitId).toBe('13');
    expect((await repo.list({ ownerUnitId: '13' })).items.map((o) => o.id)).toEqual([id]);
  });

  it('an analysis moves the same way; an update that keeps the unit moves nothing', async () => {
    const { site, sp } = setup();
    const repo = new SharePointRiskAnalysisRepository(sp, SITE);
    const created = await repo.create(analysis('12'));
    const same = await repo.update(created.id, created.etag, analysis('12', { status: 'klar' }));
    expect(site.requests.filter(isMove)).toEqual([]);
    await repo.update(created.id, same.etag, analysis('13', { status: 'klar' }));
    expect(site.requests.filter(isMove)).toHaveLength(1);
    expect(site.list(riskAnalysesList).folderOf(Number(created.id))).toBe('enhet-13');
  });

  it('a missing target folder is SetupRequiredError; the saved values stay and the item stays where it was', async () => {
    const { site, sp } = setup(['12']);
    const repo = new SharePointClassificationRepository(sp, SITE);
    const created = await repo.create(incompleteDraft('12'));
    await expect(repo.update(created.id, created.etag, incompleteDraft('13'))).rejects.toMatchObject({ name: 'SetupRequiredError', unitId: '13', path: '/sites/lis/Lists/LisClassifications/enhet-13' });
    expect(site.list(classificationsList).raw(Number(created.id))?.LisOwnerUnitId).toBe(13);
    expect(site.list(classificationsList).folderOf(Number(created.id))).toBe('enhet-12');
  });

  it('a 412 on the update moves nothing', async () => {
    const { site, sp } = setup();
    const repo = new SharePointClassificationRepository(sp, SITE);
    const created = await repo.create(incompleteDraft('12'));
    site.list(classificationsList).editBySomeoneElse(Number(created.id), { Title: 'Annans' });
    await expect(repo.update(created.id, created.etag, incompleteDraft('13'))).rejects.toBeInstanceOf(ConflictError);
    expect(site.requests.filter(isMove)).toEqual([]);
    expect(site.list(classificationsList).folderOf(Number(created.id))).toBe('enhet-12');
  });
});

describe('folder rows are never items', () => {
  it('list() selects FSObjType (no $filter on it) and drops the folder rows SharePoint returns', async () => {
    const { site, sp } = setup(['12', '13', '14']);
    const repo = new SharePointRiskAnalysisRepository(sp, SITE);
    await repo.create(analysis('12'));
    site.requests.length = 0;
    const result = await repo.list();
    expect(result.items).toHaveLength(1);
    expect(result.broken).toEqual([]);
    const [get] = site.requests;
    const query = new URL(get.url).searchParams;
    expect(query.get('$select')?.split(',')).toContain('FSObjType');
    expect(query.get('$filter')).toBeNull();
    // The folders really were in the answer.
    const raw = (await (await site.fetch(get.url, { headers: { Accept: 'application/json;odata=minimalmetadata' } })).json()) as { value: Array<{ FSObjType: number }> };
    expect(raw.value.filter((r) => r.FSObjType === 1)).toHaveLength(3);
  });

  it('items at the list root (made before the folders) are still read', async () => {
    const { site, sp } = setup();
    site.list(riskAnalysesList).seed(riskAnalysisItemValues(toRiskAnalysisRecord(analysis('12'))));
    expect((await new SharePointRiskAnalysisRepository(sp, SITE).list()).items).toHaveLength(1);
  });

  it('plans, snapshots and the task reader (batched and paged reads) skip folders without counting them as broken', async () => {
    const { site, sp } = setup();
    await new SharePointOrgUnitRepository(sp, SITE).list();
    const objects = new SharePointClassificationRepository(sp, SITE);
    const object = await objects.create(completeDraft('12'));
    expect(await objects.listVersions(object.id)).toEqual([]);
    const plans = new SharePointActionPlanRepository(sp, SITE);
    expect((await plans.getPlan(object.id)).broken).toEqual([]);
    const reader = new SharePointTaskInputReader(sp, SITE);
    expect((await reader.all()).skipped).toBe(0);
    const forPerson = await reader.forPerson({ displayName: 'X', email: 'x@norrkoping.example', isItStaff: true });
    expect(forPerson.skipped).toBe(0);
    const batched = site.batchParts.filter((p) => /LisHandovers|LisRiskActions|LisActionPlanEntries/.test(p.url));
    expect(batched.length).toBeGreaterThan(0);
    for (const part of batched) expect(new URL(part.url).searchParams.get('$select')?.split(',')).toContain('FSObjType');
  });
});

describe('throttling on each step', () => {
  it('a 429 on the create, on the etag read, on the typed MERGE and on the move is retried after Retry-After', async () => {
    const { site, sp, sleeps } = setup();
    const once = (test: (r: RecordedSiteRequest) => boolean): void => site.failNext({ status: 429, headers: { 'Retry-After': '2' }, when: test });
    once(isCreate);
    once((r) => r.method === 'GET' && /\$select=Id$/.test(decodeURIComponent(r.url)));
    once((r) => r.headers['x-http-method'] === 'MERGE');
    const repo = new SharePointClassificationRepository(sp, SITE);
    const created = await repo.create(approvedObject('12'));
    expect(sleeps).toEqual([2000, 2000, 2000]);
    expect(site.requests.filter(isCreate)).toHaveLength(2);
    expect(site.list(classificationsList).itemCount).toBe(1);
    once(isMove);
    await repo.update(created.id, created.etag, approvedObject('13'));
    expect(sleeps).toEqual([2000, 2000, 2000, 2000]);
    expect(site.requests.filter(isMove)).toHaveLength(2);
    expect(site.list(classificationsList).folderOf(Number(created.id))).toBe('enhet-13');
  });

  it('a create throttled INSIDE a $batch (savePlan) is sent again in a new batch', async () => {
    const site = new FakeSharePointSite(LISTS, SITE);
    site.createUnitFolders(['12']);
    const { sp } = spOverSite(site);
    const object = await new SharePointClassificationRepository(sp, SITE).create(completeDraft('12'));
    const partSleeps: number[] = [];
    let parts = 0;
    site.list(actionPlanEntriesList).failNext({ status: 429, headers: { 'Retry-After': '1' }, when: (r) => /AddValidateUpdateItemUsingPath/.test(r.url) && ++parts === 2 });
    const plans = new SharePointActionPlanRepository(sp, SITE, { sleep: async (ms) => void partSleeps.push(ms) });
    const plan = deriveActionPlan(DEFAULT_CATALOGUE, { K: 1, R: 1, T: 1, S: 1 }, null, '2026-03-01T10:00:00.000Z').plan;
    const saved = await plans.savePlan(object.id, plan);
    expect(partSleeps).toEqual([1000]);
    expect(site.batches).toBe(2);
    expect(site.list(actionPlanEntriesList).idsIn('enhet-12')).toHaveLength(saved.entries.length);
  });
});
