/** @jest-environment node */
/**
 * The exact requests the risk SharePoint adapters send through the real PnPjs pipeline: urls, $select, $filter only
 * on indexed columns (lookup ids and numbers, never a value that is not an item id), the item values written
 * (lookup ids, dates at 00:00 UTC, JSON content, derived S × K values), If-Match on updates, 412 as ConflictError,
 * paging past 5 000 items, hand-edited items reported as broken.
 */
import { ConflictError, NotFoundError, StoreUnavailableError } from '../../src/data/ports';
import { riskActionsList, riskAnalysesList, riskMatricesList, risksList, type ListDefinition } from '../../src/data/schema';
import {
  SharePointRiskActionRepository,
  SharePointRiskAnalysisRepository,
  SharePointRiskMatrixRepository,
  SharePointRiskRepository,
} from '../../src/data/sharepoint';
import { toRiskActionRecord, toRiskAnalysisRecord, toRiskRecord } from '../../src/data/riskRecord';
import type { RecordedRequest } from './fakeSharePoint';
import type { RecordedSiteRequest } from './fakeSharePointSite';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { action, analysis, matrixV1, risk } from './riskRepositories.contract';
import { createdValues, createsInFolder, formValuesOf } from './unitFolderRequests';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const itemsUrl = (list: string): string => `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2F${list}')/items`;
const MATRIX_ITEMS = itemsUrl('LisRiskMatrices');
const ANALYSIS_ITEMS = itemsUrl('LisRiskAnalyses');
const RISK_ITEMS = itemsUrl('LisRisks');
const ACTION_ITEMS = itemsUrl('LisRiskActions');
const LISTS = [riskMatricesList, riskAnalysesList, risksList, riskActionsList];

function setup(lists: readonly ListDefinition[] = LISTS): {
  site: FakeSharePointSite;
  matrices: SharePointRiskMatrixRepository;
  analyses: SharePointRiskAnalysisRepository;
  risks: SharePointRiskRepository;
  actions: SharePointRiskActionRepository;
} {
  const site = new FakeSharePointSite(lists, SITE);
  site.createUnitFolders(['12', '13']); // the setup's unit folders: analyses, risks and actions are created there
  const { sp } = spOverSite(site);
  return {
    site,
    matrices: new SharePointRiskMatrixRepository(sp, SITE),
    analyses: new SharePointRiskAnalysisRepository(sp, SITE),
    risks: new SharePointRiskRepository(sp, SITE),
    actions: new SharePointRiskActionRepository(sp, SITE),
  };
}

function pathOf(request: { url: string }): string {
  const url = new URL(request.url);
  return `${url.origin}${url.pathname}`;
}

function query(request: RecordedRequest): URLSearchParams {
  return new URL(request.url).searchParams;
}

function gets(site: FakeSharePointSite): RecordedRequest[] {
  return site.requests.filter((r) => r.method === 'GET');
}

function adds(site: FakeSharePointSite): RecordedSiteRequest[] {
  return site.requests.filter((r) => r.method === 'POST' && !r.headers['x-http-method']);
}

function merges(site: FakeSharePointSite): RecordedSiteRequest[] {
  return site.requests.filter((r) => r.headers['x-http-method'] === 'MERGE');
}

/** The MERGE of an update (not the typed follow-up of a create, which targets a new item). */
function updateMerges(site: FakeSharePointSite, id: string, list: string): RecordedSiteRequest[] {
  return merges(site).filter((r) => pathOf(r) === `${itemsUrl(list)}(${id})`);
}

function bodyOf(request: RecordedSiteRequest): Record<string, unknown> {
  return JSON.parse(request.rawBody as string) as Record<string, unknown>;
}

describe('SharePoint risk matrices: requests', () => {
  it('list() GETs the list by url with exactly the mapped columns and $top=2000, no filter', async () => {
    const { site, matrices } = setup();
    await matrices.list();
    const [request] = gets(site);
    expect(pathOf(request)).toBe(MATRIX_ITEMS);
    expect(query(request).get('$select')?.split(',')).toEqual(['Id', 'Modified', 'Editor/Title', 'Title', 'LisVersion', 'LisContent']);
    expect(query(request).get('$expand')).toBe('Editor');
    expect(query(request).get('$top')).toBe('2000');
    expect(query(request).get('$filter')).toBeNull();
    expect(request.headers.accept).toBe('application/json;odata=minimalmetadata');
  });

  it('addVersion asks for the version on the indexed LisVersion, then POSTs name, version and the rest as JSON', async () => {
    const { site, matrices } = setup();
    await matrices.addVersion(matrixV1());
    const [lookup] = gets(site);
    expect(pathOf(lookup)).toBe(MATRIX_ITEMS);
    expect(query(lookup).get('$filter')).toBe('LisVersion eq 1');
    const [add] = adds(site);
    expect(pathOf(add)).toBe(MATRIX_ITEMS);
    const body = bodyOf(add);
    expect(Object.keys(body).sort()).toEqual(['LisContent', 'LisVersion', 'Title']);
    expect(body.Title).toBe(matrixV1().name);
    expect(body.LisVersion).toBe(1);
    expect(JSON.parse(body.LisContent as string)).toEqual({
      likelihood: matrixV1().likelihood,
      consequence: matrixV1().consequence,
      levels: matrixV1().levels,
      createdBy: matrixV1().createdBy,
      createdAt: matrixV1().createdAt,
    });
  });

  it('a version already on the list (someone else saved first) is a ConflictError and nothing is POSTed', async () => {
    const { site, matrices } = setup();
    await matrices.addVersion(matrixV1());
    site.requests.length = 0;
    await expect(matrices.addVersion(matrixV1())).rejects.toBeInstanceOf(ConflictError);
    expect(adds(site)).toEqual([]);
  });

  it('a hand-edited version is broken and latest() skips it', async () => {
    const { site, matrices } = setup();
    await matrices.addVersion(matrixV1());
    site.list(riskMatricesList).seed({ Title: 'Handskriven', LisVersion: 2, LisContent: '{"likelihood": "tre"}' });
    const listed = await matrices.list();
    expect(listed.items.map((m) => m.version)).toEqual([1]);
    expect(listed.broken).toHaveLength(1);
    expect(listed.broken[0].id).toBe('2');
    expect(listed.broken[0].reasons).toContain('likelihood: expected a list of scale levels, got "tre"');
    expect((await matrices.latest())?.version).toBe(1);
  });

  it('a missing list (LIS not installed) is StoreUnavailableError naming the list', async () => {
    const { matrices } = setup([riskAnalysesList]);
    await expect(matrices.list()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(matrices.list()).rejects.toThrow('/sites/lis/Lists/LisRiskMatrices');
  });
});

describe('SharePoint risk analyses: requests', () => {
  it("list({ ownerUnitId }) filters on the indexed owner lookup id: LisOwnerUnitId eq 12", async () => {
    const { site, analyses } = setup();
    await analyses.list({ ownerUnitId: '12' });
    const [request] = gets(site);
    expect(pathOf(request)).toBe(ANALYSIS_ITEMS);
    expect(query(request).get('$filter')).toBe('LisOwnerUnitId eq 12');
    expect(query(request).get('$select')?.split(',')).toEqual([
      'Id', 'Modified', 'Editor/Title', 'Title', 'LisSubjectKind', 'LisClassificationId', 'LisOwnerUnitId', 'LisStatus', 'LisAnalysisDate', 'LisNextFollowUp', 'LisMatrixVersion', 'LisContent', 'FSObjType',
    ]);
  });

  it('an owner unit id that cannot be an item id (an injection attempt) reads nothing and sends nothing', async () => {
    const { site, analyses } = setup();
    expect(await analyses.list({ ownerUnitId: "12 or 1 eq 1" })).toEqual({ items: [], broken: [] });
    expect(await analyses.list({ ownerUnitId: "12'" })).toEqual({ items: [], broken: [] });
    expect(site.requests).toEqual([]);
  });

  it('create POSTs lookup ids, dates at 00:00 UTC and purpose/scope/participants as JSON', async () => {
    const { site, analyses } = setup();
    const input = analysis('12', { subjectKind: 'klassningsobjekt', classificationObjectId: '7' });
    await analyses.create(input);
    // Created in the owner unit's folder: form values (locale-proof strings), then the dates in one typed MERGE.
    const [add] = createsInFolder(site.requests);
    expect(pathOf(add)).toBe(`${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisRiskAnalyses')/AddValidateUpdateItemUsingPath()`);
    expect(formValuesOf(add)).toMatchObject({ LisOwnerUnit: '12', LisClassification: '7', LisMatrixVersion: '1' });
    expect(merges(site).map((m) => Object.keys(bodyOf(m)).sort())).toEqual([['LisAnalysisDate', 'LisNextFollowUp']]);
    expect(adds(site).filter((r) => pathOf(r) === ANALYSIS_ITEMS)).toEqual([]);
    const body = createdValues(riskAnalysesList, site.requests);
    expect(body).toEqual({
      Title: input.name,
      LisSubjectKind: 'klassningsobjekt',
      LisClassificationId: 7,
      LisOwnerUnitId: 12,
      LisStatus: 'pagar',
      LisAnalysisDate: '2026-11-02T00:00:00Z',
      LisNextFollowUp: '2027-04-30T00:00:00Z',
      LisMatrixVersion: 1,
      LisContent: toRiskAnalysisRecord(input).contentJson,
    });
    expect(JSON.parse(body.LisContent as string)).toEqual({ purpose: input.purpose, scope: input.scope, participants: input.participants });
  });

  it('an analysis without object or follow-up sends null lookups and dates', async () => {
    const { site, analyses } = setup();
    await analyses.create(analysis('12', { classificationObjectId: null, nextFollowUpDate: null }));
    // A null lookup is an empty form value; a null date is not sent at all (a new item has none).
    expect(formValuesOf(createsInFolder(site.requests)[0]).LisClassification).toBe('');
    expect(createdValues(riskAnalysesList, site.requests)).toMatchObject({ LisClassificationId: null });
    expect(createdValues(riskAnalysesList, site.requests)).not.toHaveProperty('LisNextFollowUp');
    expect(site.list(riskAnalysesList).raw(1)).toMatchObject({ LisClassificationId: null });
  });

  it('update MERGEs with If-Match; someone else saving first (412) is ConflictError', async () => {
    const { site, analyses } = setup();
    const stored = await analyses.create(analysis('12'));
    site.requests.length = 0;
    await analyses.update(stored.id, stored.etag, analysis('12', { status: 'klar' }));
    const [merge] = merges(site);
    expect(pathOf(merge)).toBe(`${ANALYSIS_ITEMS}(1)`);
    expect(merge.headers['if-match']).toBe(stored.etag);
    expect(bodyOf(merge).LisStatus).toBe('klar');
    site.list(riskAnalysesList).editBySomeoneElse(1, { LisStatus: 'uppfoljd' });
    await expect(analyses.update(stored.id, stored.etag, analysis('12'))).rejects.toBeInstanceOf(ConflictError);
    expect(site.list(riskAnalysesList).raw(1)?.LisStatus).toBe('uppfoljd');
  });

  it('refuses a blind overwrite (empty or * etag) without sending anything', async () => {
    const { site, analyses } = setup();
    const stored = await analyses.create(analysis('12'));
    site.requests.length = 0;
    await expect(analyses.update(stored.id, '*', analysis('12'))).rejects.toBeInstanceOf(ConflictError);
    await expect(analyses.update(stored.id, '', analysis('12'))).rejects.toBeInstanceOf(ConflictError);
    expect(site.requests).toEqual([]);
  });

  it('reads a date typed in SharePoint as local midnight (22:00 UTC the day before) as the intended day', async () => {
    const { site, analyses } = setup();
    const stored = await analyses.create(analysis('12'));
    site.list(riskAnalysesList).editBySomeoneElse(Number(stored.id), { LisAnalysisDate: '2026-11-01T23:00:00Z', LisNextFollowUp: '2027-04-29T22:00:00Z' });
    const read = await analyses.get(stored.id);
    expect(read.date).toBe('2026-11-02');
    expect(read.nextFollowUpDate).toBe('2027-04-30');
  });

  it('hand-edited items are broken with reasons; get() of one is InvalidStoredItemError; the rest still load', async () => {
    const { site, analyses } = setup();
    await analyses.create(analysis('12'));
    const junk = site.list(riskAnalysesList).seed({ Title: 'Skräp', LisSubjectKind: 'planet', LisOwnerUnitId: 12, LisStatus: 'pagar', LisAnalysisDate: 'igår', LisMatrixVersion: 1, LisContent: '{}' });
    const listed = await analyses.list();
    expect(listed.items).toHaveLength(1);
    expect(listed.broken).toEqual([{ id: String(junk), reasons: expect.arrayContaining(['subjectKind: invalidChoice ("planet")', 'date: invalidDate ("igår")']) }]);
    await expect(analyses.get(String(junk))).rejects.toMatchObject({ name: 'InvalidStoredItemError', id: String(junk) });
  });

  it('get of an id that is not an item id is NotFoundError without a request', async () => {
    const { site, analyses } = setup();
    await expect(analyses.get('abc')).rejects.toBeInstanceOf(NotFoundError);
    expect(site.requests).toEqual([]);
  });
});

describe('SharePoint risks: requests', () => {
  async function withAnalysis(unitId: string = '12'): Promise<ReturnType<typeof setup> & { analysisId: string }> {
    const s = setup();
    const stored = await s.analyses.create(analysis(unitId));
    s.site.requests.length = 0;
    return { ...s, analysisId: stored.id };
  }

  it("list({ analysisId }) filters on the indexed lookup id: LisAnalysisId eq 3", async () => {
    const { site, risks } = setup();
    await risks.list({ analysisId: '3' });
    const [request] = gets(site);
    expect(pathOf(request)).toBe(RISK_ITEMS);
    expect(query(request).get('$filter')).toBe('LisAnalysisId eq 3');
    expect(query(request).get('$select')?.split(',')).toEqual(['Id', 'Modified', 'Editor/Title', 'LisAnalysisId', 'LisOwnerUnitId', 'LisTreatment', 'LisContent', 'FSObjType']);
  });

  it('list({ ownerUnitId }) filters on the indexed denormalised owner: LisOwnerUnitId eq 12', async () => {
    const { site, risks } = setup();
    await risks.list({ ownerUnitId: '12' });
    expect(query(gets(site)[0]).get('$filter')).toBe('LisOwnerUnitId eq 12');
  });

  it('list({ analysisId, ownerUnitId }) sends one filter (the analysis) and checks the unit itself', async () => {
    const { site, risks, analysisId } = await withAnalysis('12');
    await risks.create(risk(analysisId));
    site.requests.length = 0;
    expect((await risks.list({ analysisId, ownerUnitId: '13' })).items).toEqual([]);
    expect((await risks.list({ analysisId, ownerUnitId: '12' })).items).toHaveLength(1);
    expect(gets(site).map((r) => query(r).get('$filter'))).toEqual([`LisAnalysisId eq ${analysisId}`, `LisAnalysisId eq ${analysisId}`]);
  });

  it('create reads the analysis for its owner unit, then POSTs the event as Title, the S × K values and the rest as JSON', async () => {
    const { site, risks, analysisId } = await withAnalysis('12');
    const input = risk(analysisId);
    await risks.create(input);
    const [read] = gets(site);
    expect(pathOf(read)).toBe(`${ANALYSIS_ITEMS}(${analysisId})`);
    const [add] = createsInFolder(site.requests);
    expect(pathOf(add)).toBe(`${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisRisks')/AddValidateUpdateItemUsingPath()`);
    // Every risk value is locale-proof: one request, no typed follow-up.
    expect(merges(site)).toEqual([]);
    const body = createdValues(risksList, site.requests);
    expect(body).toEqual({
      Title: input.event,
      LisAnalysisId: Number(analysisId),
      LisOwnerUnitId: 12,
      LisRiskOwnerEmail: 'annika.hedstrom@norrkoping.example',
      LisInherentValue: 12,
      LisResidualValue: 6,
      LisTreatment: 'reducera',
      LisContent: toRiskRecord(input, '12').contentJson,
    });
    const content = JSON.parse(body.LisContent as string) as Record<string, unknown>;
    expect(content.event).toBe(input.event);
    expect(content.inherent).toEqual(input.inherent);
    expect(content.acceptance).toBeNull();
  });

  it('a risk with nothing assessed sends null values, treatment and owner e-mail; a 255-character event fits Title whole', async () => {
    const { site, risks, analysisId } = await withAnalysis();
    const event = `${'x'.repeat(250)} ${'y'.repeat(4)}`;
    await risks.create(risk(analysisId, { event, inherent: null, residual: null, treatment: null, riskOwner: null }));
    const body = createdValues(risksList, site.requests);
    expect(body).toMatchObject({ LisInherentValue: null, LisResidualValue: null, LisTreatment: null, LisRiskOwnerEmail: '' });
    expect(site.list(risksList).raw(1)).toMatchObject({ LisInherentValue: null, LisResidualValue: null, LisTreatment: null, LisRiskOwnerEmail: null });
    expect(body.Title).toBe(event);
    expect((JSON.parse(body.LisContent as string) as { event: string }).event).toBe(event);
  });

  it('a missing analysis is NotFoundError and nothing is POSTed', async () => {
    const { site, risks } = setup();
    await expect(risks.create(risk('99'))).rejects.toBeInstanceOf(NotFoundError);
    await expect(risks.create(risk('inte-ett-id'))).rejects.toBeInstanceOf(NotFoundError);
    expect(adds(site)).toEqual([]);
    expect(createsInFolder(site.requests)).toEqual([]);
  });

  it('update MERGEs with If-Match; 412 becomes ConflictError', async () => {
    const { site, risks, analysisId } = await withAnalysis();
    const stored = await risks.create(risk(analysisId));
    site.requests.length = 0;
    const updated = await risks.update(stored.id, stored.etag, risk(analysisId, { treatment: 'undvika' }));
    const [merge] = updateMerges(site, stored.id, 'LisRisks');
    expect(pathOf(merge)).toBe(`${RISK_ITEMS}(${stored.id})`);
    expect(merge.headers['if-match']).toBe(stored.etag);
    expect(bodyOf(merge).LisTreatment).toBe('undvika');
    site.list(risksList).editBySomeoneElse(Number(stored.id), { LisTreatment: 'overfora' });
    await expect(risks.update(stored.id, updated.etag, risk(analysisId))).rejects.toBeInstanceOf(ConflictError);
  });

  it('pages past 5 000 risks with next links; the indexed owner filter still works past the threshold', async () => {
    const { site, risks, analysisId } = await withAnalysis('12');
    const list = site.list(risksList);
    const content = toRiskRecord(risk(analysisId), '12').contentJson;
    for (let i = 0; i < 5001; i++) {
      list.seed({ Title: 'r', LisAnalysisId: Number(analysisId), LisOwnerUnitId: i % 2 === 0 ? 12 : 13, LisTreatment: 'reducera', LisInherentValue: 12, LisContent: content });
    }
    const all = await risks.list();
    expect(all.items).toHaveLength(5001);
    expect(all.broken).toEqual([]);
    expect(gets(site)).toHaveLength(3);
    expect((await risks.list({ ownerUnitId: '13' })).items).toHaveLength(2500);
  });

  it('a hand-edited risk (bad JSON, unknown treatment) is broken, not a crash', async () => {
    const { site, risks, analysisId } = await withAnalysis();
    await risks.create(risk(analysisId));
    site.list(risksList).seed({ Title: 'x', LisAnalysisId: Number(analysisId), LisOwnerUnitId: 12, LisTreatment: 'ignorera', LisContent: '{inte json' });
    const listed = await risks.list();
    expect(listed.items).toHaveLength(1);
    expect(listed.broken[0].reasons).toEqual(expect.arrayContaining(['contentJson: not valid JSON', 'treatment: invalidChoice ("ignorera")']));
  });
});

describe('SharePoint risk actions: requests', () => {
  async function withRisk(): Promise<ReturnType<typeof setup> & { analysisId: string; riskId: string }> {
    const s = setup();
    const a = await s.analyses.create(analysis('12'));
    const r = await s.risks.create(risk(a.id));
    s.site.requests.length = 0;
    return { ...s, analysisId: a.id, riskId: r.id };
  }

  it('list({ riskId }) filters on LisRiskId, list({ analysisId }) on the denormalised LisAnalysisId', async () => {
    const { site, actions } = setup();
    await actions.list({ riskId: '5' });
    await actions.list({ analysisId: '3' });
    const [byRisk, byAnalysis] = gets(site);
    expect(pathOf(byRisk)).toBe(ACTION_ITEMS);
    expect(query(byRisk).get('$filter')).toBe('LisRiskId eq 5');
    expect(query(byAnalysis).get('$filter')).toBe('LisAnalysisId eq 3');
    expect(query(byRisk).get('$select')?.split(',')).toEqual(['Id', 'Modified', 'Editor/Title', 'LisRiskId', 'LisAnalysisId', 'LisStatus', 'LisTargetDate', 'LisContent', 'FSObjType']);
  });

  it('create reads the risk for its analysis, then POSTs the lookups, status, responsible e-mail, date and JSON', async () => {
    const { site, actions, analysisId, riskId } = await withRisk();
    const input = action(riskId, { responsible: { displayName: 'Patrik', email: 'Patrik.Wiklander@Norrkoping.example' } });
    await actions.create(input);
    expect(pathOf(gets(site)[0])).toBe(`${RISK_ITEMS}(${riskId})`);
    // In the folder of the risk's (denormalised) owner unit; the target date follows in the typed MERGE.
    expect(createsInFolder(site.requests).map((r) => pathOf(r))).toEqual([`${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisRiskActions')/AddValidateUpdateItemUsingPath()`]);
    expect(site.list(riskActionsList).folderOf(1)).toBe('enhet-12');
    const body = createdValues(riskActionsList, site.requests);
    expect(body).toEqual({
      Title: input.description,
      LisRiskId: Number(riskId),
      LisAnalysisId: Number(analysisId),
      LisStatus: 'pagar',
      LisResponsibleEmail: 'patrik.wiklander@norrkoping.example',
      LisTargetDate: '2026-12-31T00:00:00Z',
      LisContent: toRiskActionRecord(input, analysisId).contentJson,
    });
  });

  it('a missing risk is NotFoundError and nothing is POSTed', async () => {
    const { site, actions } = setup();
    await expect(actions.create(action('77'))).rejects.toBeInstanceOf(NotFoundError);
    expect(adds(site)).toEqual([]);
    expect(createsInFolder(site.requests)).toEqual([]);
  });

  it('update MERGEs with If-Match; 412 becomes ConflictError', async () => {
    const { site, actions, riskId } = await withRisk();
    const stored = await actions.create(action(riskId));
    site.requests.length = 0;
    await actions.update(stored.id, stored.etag, action(riskId, { status: 'klar' }));
    const [merge] = updateMerges(site, stored.id, 'LisRiskActions');
    expect(pathOf(merge)).toBe(`${ACTION_ITEMS}(${stored.id})`);
    expect(merge.headers['if-match']).toBe(stored.etag);
    await expect(actions.update(stored.id, stored.etag, action(riskId))).rejects.toBeInstanceOf(ConflictError);
  });
});
