/** @jest-environment node */
/**
 * The exact requests the requirement, handlingsplan and handover SharePoint adapters send through the real PnPjs
 * pipeline: urls, $select/$filter on indexed columns, `$batch` bodies (adds, MERGE with IF-Match, DELETE), batch
 * chunking, what an interrupted import leaves, 412 inside a batch, throttling of whole batches and of single parts,
 * paging past 5 000, hand-edited items.
 */
import { ConflictError, NotFoundError, StoreUnavailableError } from '../../src/data/ports';
import { actionPlanEntriesList, classificationsList, handoversList, requirementsList } from '../../src/data/schema';
import { SharePointActionPlanRepository, SharePointHandoverRepository, SharePointRequirementCatalogueRepository } from '../../src/data/sharepoint';
import { dateFromItemValue } from '../../src/data/sharepoint/requirementItemValues';
import { deriveActionPlan, type HandoverItem } from '../../src/domain/requirements';
import type { RecordedRequest } from './fakeSharePoint';
import type { RecordedSiteRequest } from './fakeSharePointSite';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { requirement } from './requirementRepositories.contract';
import { addValidateBody, decodeFormValues, formValuesOf } from './unitFolderRequests';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const BATCH_URL = `${SITE}/_api/$batch`;
const REQUIREMENT_ITEMS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisRequirements')/items`;
const PLAN_ITEMS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisActionPlanEntries')/items`;
const HANDOVER_ITEMS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisHandovers')/items`;
const LISTS = [requirementsList, actionPlanEntriesList, handoversList, classificationsList];

function setup(options: { maxRequests?: number } = {}): {
  site: FakeSharePointSite;
  catalogue: SharePointRequirementCatalogueRepository;
  plans: SharePointActionPlanRepository;
  handovers: SharePointHandoverRepository;
  sleeps: number[];
  partSleeps: number[];
} {
  const site = new FakeSharePointSite(LISTS, SITE);
  // Objects 7 and 8 (owner units 12 and 13) with the setup's unit folders: new plan rows and handovers go there.
  site.seedClassificationObject('7', '12');
  site.seedClassificationObject('8', '13');
  const { sp, sleeps } = spOverSite(site);
  const partSleeps: number[] = [];
  const batch = { maxRequests: options.maxRequests, sleep: async (ms: number): Promise<void> => void partSleeps.push(ms) };
  return {
    site,
    catalogue: new SharePointRequirementCatalogueRepository(sp, SITE, batch),
    plans: new SharePointActionPlanRepository(sp, SITE, batch),
    handovers: new SharePointHandoverRepository(sp, SITE),
    sleeps,
    partSleeps,
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

function batchRequests(site: FakeSharePointSite): RecordedSiteRequest[] {
  return site.requests.filter((r) => r.method === 'POST' && pathOf(r) === BATCH_URL);
}

function handover(objectId: string, code: string, status: HandoverItem['status'] = 'overlamnad'): HandoverItem {
  const by = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.example' };
  return { objectId, requirementCode: code, status, reason: status === 'avvisad' ? 'Nej.' : '', history: [{ status: 'overlamnad', by, at: '2026-03-02T09:00:00.000Z', reason: '' }] };
}

describe('SharePoint requirement catalogue: requests', () => {
  it('list() GETs the list by url with exactly the mapped columns and $top=2000', async () => {
    const { site, catalogue } = setup();
    await catalogue.list();
    const [request] = gets(site);
    expect(pathOf(request)).toBe(REQUIREMENT_ITEMS);
    expect(query(request).get('$select')?.split(',')).toEqual([
      'Id', 'Modified', 'Editor/Title', 'Title', 'LisCode', 'LisKind', 'LisAspects', 'LisMinLevel', 'LisBaseline', 'LisIsText', 'LisSkaText', 'LisReference', 'LisOrder',
    ]);
    expect(query(request).get('$expand')).toBe('Editor');
    expect(query(request).get('$top')).toBe('2000');
    expect(request.headers.accept).toBe('application/json;odata=minimalmetadata');
  });

  it('replaceAll sends adds in $batch requests of at most maxRequests parts, with the item values as JSON', async () => {
    const { site, catalogue } = setup({ maxRequests: 2 });
    await catalogue.replaceAll([requirement('A-1'), requirement('A-2', { aspects: ['T', 'K'] }), requirement('A-3'), requirement('A-4'), requirement('A-5')]);
    const batches = batchRequests(site);
    expect(batches).toHaveLength(3);
    expect(batches[0].headers['content-type']).toMatch(/^multipart\/mixed; boundary=batch_[0-9a-f-]+$/);
    expect((batches[0] as RecordedSiteRequest).rawBody).toContain(`POST ${REQUIREMENT_ITEMS} HTTP/1.1`);
    expect(site.batchParts.map((p) => [p.batch, p.method])).toEqual([[0, 'POST'], [0, 'POST'], [1, 'POST'], [1, 'POST'], [2, 'POST']]);
    expect(site.batchParts[1].body).toEqual({
      Title: 'Krav A-2',
      LisCode: 'A-2',
      LisKind: 'teknisk',
      LisAspects: 'K,T',
      LisMinLevel: 2,
      LisBaseline: false,
      LisIsText: 'Verksamheten uppfyller A-2.',
      LisSkaText: 'Leverantören ska uppfylla A-2.',
      LisReference: 'MSBFS 2020:7 – loggning och övervakning',
      LisOrder: 1,
    });
  });

  it('replaceAll updates changed items with MERGE + IF-Match, leaves unchanged ones alone, deletes removed ones last', async () => {
    const { site, catalogue } = setup();
    await catalogue.replaceAll([requirement('A-1'), requirement('A-2'), requirement('A-3')]);
    site.batchParts.length = 0;
    await catalogue.replaceAll([requirement('A-1'), requirement('A-2', { title: 'Ny rubrik' }), requirement('A-4')]);
    expect(site.batchParts.map((p) => [p.batch, p.method, pathOf(p)])).toEqual([
      [1, 'MERGE', `${REQUIREMENT_ITEMS}(2)`],
      [1, 'POST', REQUIREMENT_ITEMS],
      [2, 'DELETE', `${REQUIREMENT_ITEMS}(3)`],
    ]);
    expect(site.batchParts[0].headers['if-match']).toBe('"1"');
    expect(site.batchParts[0].body).toMatchObject({ Title: 'Ny rubrik', LisOrder: 1 });
    expect(site.batchParts[2].headers['if-match']).toBe('"1"');
  });

  it('an interrupted import leaves the new items written so far and deletes nothing; running it again completes it', async () => {
    const { site, catalogue } = setup({ maxRequests: 2 });
    await catalogue.replaceAll([requirement('OLD-1'), requirement('OLD-2')]);
    // The second $batch of the next import fails outright (not retried: 500).
    let batches = 0;
    site.failNext({ status: 500, when: (r) => pathOf(r) === BATCH_URL && ++batches === 2 });
    const next = [requirement('NEW-1'), requirement('NEW-2'), requirement('NEW-3'), requirement('NEW-4')];
    await expect(catalogue.replaceAll(next)).rejects.toBeInstanceOf(StoreUnavailableError);
    const half = await catalogue.list();
    expect(half.items.map((r) => r.code).sort()).toEqual(['NEW-1', 'NEW-2', 'OLD-1', 'OLD-2']);
    expect(site.batchParts.some((p) => p.method === 'DELETE')).toBe(false);

    const done = await catalogue.replaceAll(next);
    expect(done.map((r) => r.code)).toEqual(['NEW-1', 'NEW-2', 'NEW-3', 'NEW-4']);
  });

  it('a part answered 429 inside a batch is sent again in a new batch after Retry-After', async () => {
    const { site, catalogue, partSleeps } = setup();
    site.list(requirementsList).failNext({ status: 429, headers: { 'Retry-After': '3' }, when: (r) => r.method === 'POST' && (r.body as { LisCode?: string }).LisCode === 'B-2' });
    const stored = await catalogue.replaceAll([requirement('B-1'), requirement('B-2'), requirement('B-3')]);
    expect(stored.map((r) => r.code)).toEqual(['B-1', 'B-2', 'B-3']);
    expect(partSleeps).toEqual([3000]);
    expect(site.batchParts.map((p) => [p.batch, (p.body as { LisCode: string }).LisCode])).toEqual([[0, 'B-1'], [0, 'B-2'], [0, 'B-3'], [1, 'B-2']]);
  });

  it('a whole $batch answered 429 is retried by LisRetry with the same body', async () => {
    const { site, catalogue, sleeps } = setup();
    site.failNext({ status: 429, headers: { 'Retry-After': '5' }, when: (r) => pathOf(r) === BATCH_URL });
    await catalogue.replaceAll([requirement('C-1')]);
    const batches = batchRequests(site);
    expect(batches).toHaveLength(2);
    expect(batches[1].rawBody).toBe(batches[0].rawBody);
    expect(sleeps).toEqual([5000]);
    expect((await catalogue.list()).items.map((r) => r.code)).toEqual(['C-1']);
  });

  it('save with an etag finds the item with $filter on the indexed LisCode and MERGEs with that If-Match', async () => {
    const { site, catalogue } = setup();
    const [stored] = await catalogue.replaceAll([requirement('TEK-01')]);
    site.requests.length = 0;
    await catalogue.save(requirement('tek-01', { title: 'Ändrad' }), stored.etag);
    const filterRequest = gets(site)[0];
    expect(query(filterRequest).get('$filter')).toBe("LisCode eq 'TEK-01'");
    const merge = site.requests.find((r) => r.headers['x-http-method'] === 'MERGE') as RecordedRequest;
    expect(pathOf(merge)).toBe(`${REQUIREMENT_ITEMS}(1)`);
    expect(merge.headers['if-match']).toBe('"1"');
    await expect(catalogue.save(requirement('TEK-01'), stored.etag)).rejects.toBeInstanceOf(ConflictError);
  });

  it("escapes the value in the $filter (quotes doubled): a hand-typed code O'1 is looked up as 'O''1'", async () => {
    const { site, catalogue } = setup();
    await expect(catalogue.save(requirement("O'1"), '"1"')).rejects.toBeInstanceOf(NotFoundError);
    expect(query(gets(site)[0]).get('$filter')).toBe("LisCode eq 'O''1'");
  });

  it('reports hand-edited items as broken with reasons and keeps the rest', async () => {
    const { site, catalogue } = setup();
    await catalogue.replaceAll([requirement('OK-1')]);
    const junk = site.list(requirementsList).seed({ Title: 'Handskrivet', LisCode: 'X 1', LisKind: 'magisk', LisAspects: 'K,Q', LisMinLevel: 7, LisIsText: '', LisSkaText: 'x', LisReference: 'x', LisOrder: 1 });
    const result = await catalogue.list();
    expect(result.items.map((r) => r.code)).toEqual(['OK-1']);
    expect(result.broken).toHaveLength(1);
    expect(result.broken[0].id).toBe(String(junk));
    expect(result.broken[0].reasons.join(' | ')).toMatch(/aspects: unknown aspect "Q".*code: invalidRequirementCode.*isText: required.*kind: invalidChoice.*minLevel: invalidChoice/);
  });
});

describe('SharePoint handlingsplan: requests', () => {
  const catalogue = [requirement('ADM-01', { kind: 'administrativ', baseline: true, minLevel: 1 }), requirement('TEK-01'), requirement('TEK-02')];

  it('getPlan filters on the indexed lookup id: $filter=LisClassificationId eq 7', async () => {
    const { site, plans } = setup();
    await plans.getPlan('7');
    const [request] = gets(site);
    expect(pathOf(request)).toBe(PLAN_ITEMS);
    expect(query(request).get('$filter')).toBe('LisClassificationId eq 7');
    expect(query(request).get('$top')).toBe('2000');
  });

  it('an object id that cannot be a SharePoint item id reads nothing and sends nothing', async () => {
    const { site, plans } = setup();
    expect((await plans.getPlan("7' or 1 eq 1")).entries).toEqual([]);
    expect(site.requests).toHaveLength(0);
  });

  it('savePlan creates new rows in the owner unit folder in one $batch (lookup id, code as Title), dates in a typed MERGE at 00:00 UTC', async () => {
    const { site, plans } = setup();
    const { plan } = deriveActionPlan(catalogue, { K: 2, R: 2, T: 1, S: 1 }, null, '2026-03-01T10:00:00.000Z');
    const entries = plan.entries.map((e) => (e.requirementCode === 'TEK-01' ? { ...e, status: 'delvis' as const, targetDate: '2027-02-28', responsible: { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.example' } } : e));
    const saved = await plans.savePlan('7', { entries, retired: [] });
    expect(saved.entries.find((e) => e.requirementCode === 'TEK-01')?.targetDate).toBe('2027-02-28');
    expect(batchRequests(site)).toHaveLength(1);
    const creates = site.batchParts.filter((p) => p.method === 'POST');
    expect(creates.length).toBe(saved.entries.length);
    for (const part of creates) {
      expect(pathOf(part)).toBe(`${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisActionPlanEntries')/AddValidateUpdateItemUsingPath()`);
      expect(addValidateBody(part).listItemCreateInfo).toEqual({ FolderPath: { DecodedUrl: '/sites/lis/Lists/LisActionPlanEntries/enhet-12' } });
      expect(addValidateBody(part).bNewDocumentUpdate).toBe(false);
    }
    const tek = creates.find((p) => formValuesOf(p).LisRequirementCode === 'TEK-01')!;
    const tekId = saved.entries.find((e) => e.requirementCode === 'TEK-01')!.id;
    // Only the row with a target date needs the typed follow-up (outside the batch, If-Match of the new item).
    const typed = site.requests.filter((r) => r.headers['x-http-method'] === 'MERGE');
    expect(typed.map((r) => [pathOf(r), r.headers['if-match']])).toEqual([[`${PLAN_ITEMS}(${tekId})`, '"1"']]);
    const body = { ...decodeFormValues(actionPlanEntriesList, formValuesOf(tek)), ...(JSON.parse(typed[0].rawBody as string) as Record<string, unknown>) };
    expect(site.list(actionPlanEntriesList).folderOf(Number(tekId))).toBe('enhet-12');
    expect(body).toEqual({
      Title: 'TEK-01',
      LisClassificationId: 7,
      LisRequirementCode: 'TEK-01',
      LisAssessment: 'delvis',
      LisReason: '',
      LisHow: '',
      LisResponsibleName: 'Anna Berg',
      LisResponsibleEmail: 'anna.berg@norrkoping.example',
      LisTargetDate: '2027-02-28T00:00:00Z',
      LisRetired: false,
      LisRetiredCause: null,
    });
  });

  it('a 412 for one MERGE inside the batch becomes ConflictError; the rows are matched by the etag the caller read', async () => {
    const { site, plans } = setup();
    const saved = await plans.savePlan('7', deriveActionPlan(catalogue, { K: 2, R: 2, T: 1, S: 1 }, null, '2026-03-01T10:00:00.000Z').plan);
    const tek1 = saved.entries.find((e) => e.requirementCode === 'TEK-01')!;
    site.list(actionPlanEntriesList).editBySomeoneElse(Number(tek1.id), { LisAssessment: 'uppfyllt' });
    site.batchParts.length = 0;
    const mine = saved.entries.map((e) => ({ ...e, status: 'delvis' as const, how: 'Pågår.' }));
    await expect(plans.savePlan('7', { entries: mine, retired: [] })).rejects.toBeInstanceOf(ConflictError);
    const merges = site.batchParts.filter((p) => p.method === 'MERGE');
    expect(merges.map((p) => p.headers['if-match'])).toEqual(['"1"', '"1"', '"1"']);
    // The other rows were written (a batch is not a transaction); TEK-01 keeps the other person's assessment.
    const after = await plans.getPlan('7');
    expect(after.entries.map((e) => e.status)).toEqual(['delvis', 'uppfyllt', 'delvis']);
  });

  it('retiring and removing rows: MERGE sets LisRetired with cause and time, untouched rows are DELETEd with IF-Match', async () => {
    const { site, plans } = setup();
    const saved = await plans.savePlan('7', deriveActionPlan(catalogue, { K: 2, R: 2, T: 1, S: 1 }, null, '2026-03-01T10:00:00.000Z').plan);
    const tek1 = saved.entries.find((e) => e.requirementCode === 'TEK-01')!;
    await plans.updateEntry('7', { ...tek1, status: 'uppfyllt' }, tek1.etag);
    const current = await plans.getPlan('7');
    const lowered = deriveActionPlan(catalogue, { K: 1, R: 1, T: 1, S: 1 }, { profile: { K: 2, R: 2, T: 1, S: 1 }, entries: current.entries, retired: [], excludedAspects: [], reason: null }, '2026-04-01T09:30:00.000Z');
    site.batchParts.length = 0;
    const result = await plans.savePlan('7', lowered.plan);
    expect(result.retired.map((r) => r.entry.requirementCode)).toEqual(['TEK-01']);
    const byMethod = site.batchParts.map((p) => [p.method, pathOf(p), p.headers['if-match']]);
    expect(byMethod).toEqual([
      ['MERGE', `${PLAN_ITEMS}(${tek1.id})`, '"2"'],
      ['DELETE', `${PLAN_ITEMS}(${saved.entries.find((e) => e.requirementCode === 'TEK-02')!.id})`, '"1"'],
    ]);
    expect(site.batchParts[0].body).toMatchObject({ LisRetired: true, LisRetiredCause: 'notApplicable', LisRetiredAt: '2026-04-01T09:30:00.000Z' });
  });

  it('reads dates typed in SharePoint as local midnight as the intended day', () => {
    expect(dateFromItemValue('2027-02-27T23:00:00Z')).toBe('2027-02-28');
    expect(dateFromItemValue('2027-06-30T22:00:00Z')).toBe('2027-07-01');
    expect(dateFromItemValue('2027-02-28T00:00:00Z')).toBe('2027-02-28');
    expect(dateFromItemValue(null)).toBe(null);
    expect(dateFromItemValue('inte ett datum')).toBe('inte ett datum');
  });

  it('a hand-edited row is reported as broken; the plan still loads', async () => {
    const { site, plans } = setup();
    await plans.savePlan('7', deriveActionPlan(catalogue, { K: 1, R: 1, T: 1, S: 1 }, null, '2026-03-01T10:00:00.000Z').plan);
    site.list(actionPlanEntriesList).seed({ Title: 'x', LisClassificationId: 7, LisRequirementCode: 'TEK-09', LisAssessment: 'ejTillampligt', LisReason: '', LisTargetDate: 'snart', LisRetired: false });
    const plan = await plans.getPlan('7');
    expect(plan.entries.map((e) => e.requirementCode)).toEqual(['ADM-01']);
    expect(plan.broken).toHaveLength(1);
    expect(plan.broken[0].reasons.join(' | ')).toMatch(/reason: required.*targetDate: invalidDate/);
  });
});

describe('SharePoint IT handovers: requests', () => {
  it("list({ status }) filters on the indexed status column: LisHandoverStatus eq 'overlamnad'", async () => {
    const { site, handovers } = setup();
    await handovers.list({ status: 'overlamnad' });
    const [request] = gets(site);
    expect(pathOf(request)).toBe(HANDOVER_ITEMS);
    expect(query(request).get('$filter')).toBe("LisHandoverStatus eq 'overlamnad'");
  });

  it('list({ objectId, status }) filters on the object lookup id and checks the status itself', async () => {
    const { site, handovers } = setup();
    await handovers.create(handover('7', 'TEK-01'));
    await handovers.create(handover('7', 'TEK-02', 'avvisad'));
    await handovers.create(handover('8', 'TEK-01'));
    site.requests.length = 0;
    const result = await handovers.list({ objectId: '7', status: 'avvisad' });
    expect(result.items.map((i) => i.requirementCode)).toEqual(['TEK-02']);
    expect(gets(site).map((r) => query(r).get('$filter'))).toEqual(['LisClassificationId eq 7']);
  });

  it('update sends MERGE with If-Match and the history as JSON text; 412 is ConflictError', async () => {
    const { site, handovers } = setup();
    const created = await handovers.create(handover('7', 'TEK-01'));
    site.requests.length = 0;
    await handovers.update(created.id, created.etag, { ...created, status: 'accepterad' });
    const merge = site.requests.find((r) => r.headers['x-http-method'] === 'MERGE') as RecordedSiteRequest;
    expect(pathOf(merge)).toBe(`${HANDOVER_ITEMS}(1)`);
    expect(merge.headers['if-match']).toBe('"1"');
    expect(JSON.parse((JSON.parse(merge.rawBody as string) as { LisHistory: string }).LisHistory)).toEqual(created.history);
    await expect(handovers.update(created.id, created.etag, created)).rejects.toBeInstanceOf(ConflictError);
  });

  it('pages past 5 000 items with next links, and a filter on an indexed column still works past the threshold', async () => {
    const { site, handovers } = setup();
    const list = site.list(handoversList);
    const history = JSON.stringify(handover('7', 'TEK-01').history);
    for (let i = 0; i < 5001; i++) {
      list.seed({ Title: 'TEK-01', LisClassificationId: (i % 3) + 1, LisRequirementCode: 'TEK-01', LisHandoverStatus: i % 2 === 0 ? 'overlamnad' : 'accepterad', LisReason: '', LisHistory: history });
    }
    const all = await handovers.list();
    expect(all.items).toHaveLength(5001);
    expect(all.broken).toEqual([]);
    expect(gets(site)).toHaveLength(3);
    const open = await handovers.list({ status: 'overlamnad' });
    expect(open.items).toHaveLength(2501);
  });

  it('a hand-edited item with unreadable history is broken, not a crash', async () => {
    const { site, handovers } = setup();
    site.list(handoversList).seed({ Title: 'x', LisClassificationId: 7, LisRequirementCode: 'TEK-01', LisHandoverStatus: 'overlamnad', LisHistory: '{inte json' });
    const result = await handovers.list();
    expect(result.items).toEqual([]);
    expect(result.broken[0].reasons).toContain('history: not valid JSON');
  });
});
