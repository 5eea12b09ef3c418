/** @jest-environment node */
/**
 * The exact requests the SharePoint classification adapters send through the real PnPjs pipeline, and how they read
 * the answers: urls, $select/$expand/$top, the owner filter on the indexed lookup, paging past 5 000, If-Match,
 * bodies, error mapping and hand-edited items.
 */
import { toClassificationItemValues } from '../../src/data/sharepoint/classificationItem';
import { toClassificationRecord } from '../../src/data/classificationRecord';
import { AccessDeniedError, ConflictError, InvalidStoredItemError, NotFoundError, StoreUnavailableError } from '../../src/data/ports';
import { SharePointClassificationRepository, SharePointSharedInformationTypeRepository } from '../../src/data/sharepoint';
import { classificationsList, classificationVersionsList, orgUnitsList, sharedInfoTypesList } from '../../src/data/schema';
import { APPROVED_AT, APPROVER, approvedObject, completeDraft, incompleteDraft, sharedTypeDraft } from './classificationFixtures';
import type { RecordedRequest } from './fakeSharePoint';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { createdValues, createsInFolder, formValuesOf } from './unitFolderRequests';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const OBJECT_ITEMS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisClassifications')/items`;
const VERSION_ITEMS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisClassificationVersions')/items`;
const TYPE_ITEMS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisSharedInfoTypes')/items`;
const OBJECT_SELECT = [
  'Id',
  'Title',
  'LisObjectKind',
  'LisOwnerUnitId',
  'LisStatus',
  'LisVersion',
  'LisNextReviewDate',
  'LisApprovedByName',
  'LisApprovedByEmail',
  'LisApprovedAt',
  'LisContent',
  'Modified',
  'Editor/Title',
];

function setup(): { site: FakeSharePointSite; repo: SharePointClassificationRepository; types: SharePointSharedInformationTypeRepository } {
  const site = new FakeSharePointSite([orgUnitsList, classificationsList, classificationVersionsList, sharedInfoTypesList], SITE);
  site.createUnitFolders(['12', '13']); // the setup's unit folders: objects and snapshots are created there
  const { sp } = spOverSite(site);
  return { site, repo: new SharePointClassificationRepository(sp, SITE), types: new SharePointSharedInformationTypeRepository(sp, SITE) };
}

function query(request: RecordedRequest): URLSearchParams {
  return new URL(request.url).searchParams;
}

/** The JSON body a request sent (the site records the raw text). */
function bodyOf(request: RecordedRequest | undefined): Record<string, unknown> {
  const raw = (request as { rawBody?: string } | undefined)?.rawBody;
  if (typeof raw !== 'string') throw new Error('request without a body');
  return JSON.parse(raw) as Record<string, unknown>;
}

function pathOf(request: RecordedRequest): string {
  const url = new URL(request.url);
  return `${url.origin}${url.pathname}`;
}

/** Field values of a valid stored item, as SharePoint would hold them. */
function itemFields(object = completeDraft(), extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...toClassificationItemValues(object), ...extra };
}

describe('SharePoint classifications: list()', () => {
  it('GETs the list by url with only the mapped columns, Editor expanded, $top=2000, no filter', async () => {
    const { site, repo } = setup();
    site.list(classificationsList).seed(itemFields());
    const { items, broken } = await repo.list();
    expect(broken).toEqual([]);
    expect(items.map((o) => o.name)).toEqual(['Elevregister']);
    expect(site.requests).toHaveLength(1);
    const [request] = site.requests;
    expect(request.method).toBe('GET');
    expect(pathOf(request)).toBe(OBJECT_ITEMS);
    // Folder rows (the unit folders) are dropped client-side: FSObjType is selected, never filtered on.
    expect(query(request).get('$select')?.split(',')).toEqual([...OBJECT_SELECT, 'FSObjType']);
    expect(query(request).get('$expand')).toBe('Editor');
    expect(query(request).get('$top')).toBe('2000');
    expect(query(request).has('$filter')).toBe(false);
    expect(request.headers.accept).toBe('application/json;odata=minimalmetadata');
    expect(request.url).not.toMatch(/getByTitle|Klassningsobjekt/i);
  });

  it('filters by owner on the indexed lookup id column: $filter=LisOwnerUnitId eq 12', async () => {
    const { site, repo } = setup();
    const list = site.list(classificationsList);
    list.seed(itemFields(completeDraft('12', 'A')));
    list.seed(itemFields(completeDraft('13', 'B')));
    const { items } = await repo.list({ ownerUnitId: '12' });
    expect(items.map((o) => o.name)).toEqual(['A']);
    expect(query(site.requests[0]).get('$filter')).toBe('LisOwnerUnitId eq 12');
    expect(site.requests[0].url).toContain('%24filter=LisOwnerUnitId+eq+12');
  });

  it('an owner id that is not an item id never reaches a $filter: no request, no items', async () => {
    const { site, repo } = setup();
    site.list(classificationsList).seed(itemFields());
    for (const hostile of ["12' or 1 eq 1", '12 or LisOwnerUnitId ne 0', '0', '-1', '', 'abc']) {
      expect(await repo.list({ ownerUnitId: hostile })).toEqual({ items: [], broken: [] });
    }
    expect(site.requests).toEqual([]);
  });

  it('pages past 5 000 items, also with the owner filter (the column is indexed, so SharePoint allows it)', async () => {
    const { site, repo } = setup();
    const list = site.list(classificationsList);
    for (let i = 1; i <= 5003; i++) list.seed(itemFields(incompleteDraft(i % 2 === 0 ? '12' : '13', `Objekt ${i}`)));
    const all = await repo.list();
    expect(all.broken).toEqual([]);
    expect(all.items).toHaveLength(5003);
    expect(site.requests).toHaveLength(3);
    expect(query(site.requests[1]).get('$skiptoken')).toBe('Paged=TRUE&p_ID=2000');
    expect(pathOf(site.requests[1])).toBe(`${SITE}/_api/Web/Lists(guid'${list.listGuid}')/Items`);

    const mine = await repo.list({ ownerUnitId: '12' });
    expect(mine.items).toHaveLength(2501);
    expect(mine.items.every((o) => o.ownerUnitId === '12')).toBe(true);
    for (const r of site.requests.slice(3)) expect(query(r).get('$filter')).toBe('LisOwnerUnitId eq 12');
  });

  it('hand-edited items go to broken with reasons; valid ones still load', async () => {
    const { site, repo } = setup();
    const list = site.list(classificationsList);
    const good = list.seed(itemFields());
    const junk: Record<string, Record<string, unknown>> = {
      brokenJson: itemFields(completeDraft(), { LisContent: '{"sets": [' }),
      noContent: itemFields(completeDraft(), { LisContent: null }),
      setsNotList: itemFields(completeDraft(), { LisContent: '{"sets": 5}' }),
      badLevel: itemFields(completeDraft(), {
        LisContent: toClassificationRecord(completeDraft()).contentJson.replace('"level":3', '"level":7'),
      }),
      unknownKind: itemFields(completeDraft(), { LisObjectKind: 'app' }),
      unknownStatus: itemFields(completeDraft(), { LisStatus: 'Fastställd' }),
      noOwner: itemFields(completeDraft(), { LisOwnerUnitId: null }),
      ownerText: itemFields(completeDraft(), { LisOwnerUnitId: 'tolv' }),
      blankTitle: itemFields(completeDraft(), { Title: '  ' }),
      versionText: itemFields(completeDraft(), { LisVersion: 'ett' }),
      approvedWithoutApprover: itemFields(completeDraft(), { LisStatus: 'approved' }),
      reviewNotDate: itemFields(approvedObject(), { LisNextReviewDate: 'snart' }),
      draftWithApprover: itemFields(completeDraft(), { LisApprovedByName: 'Karin', LisApprovedByEmail: 'karin@norrkoping.example' }),
    };
    const ids: Record<string, number> = {};
    for (const [key, fields] of Object.entries(junk)) ids[key] = list.seed(fields);
    const { items, broken } = await repo.list();
    expect(items.map((o) => o.id)).toEqual([String(good)]);
    expect(broken.map((b) => b.id).sort()).toEqual(Object.values(ids).map(String).sort());
    const reasonsOf = (id: number): string => (broken.find((b) => b.id === String(id))?.reasons ?? []).join(' | ');
    expect(reasonsOf(ids.brokenJson)).toMatch(/content: not valid JSON/);
    expect(reasonsOf(ids.noContent)).toMatch(/content: expected JSON text/);
    expect(reasonsOf(ids.setsNotList)).toMatch(/content\.sets: expected a list/);
    expect(reasonsOf(ids.badLevel)).toMatch(/level: expected a level 0–4, got number 7/);
    expect(reasonsOf(ids.unknownKind)).toMatch(/kind: expected verksamhet/);
    expect(reasonsOf(ids.unknownStatus)).toMatch(/status: expected draft or approved/);
    expect(reasonsOf(ids.noOwner)).toMatch(/LisOwnerUnitId: missing/);
    expect(reasonsOf(ids.ownerText)).toMatch(/LisOwnerUnitId: not an item id/);
    expect(reasonsOf(ids.blankTitle)).toMatch(/name: required/);
    expect(reasonsOf(ids.versionText)).toMatch(/version: expected a whole number/);
    expect(reasonsOf(ids.approvedWithoutApprover)).toMatch(/approvedBy: missing on an approved version/);
    expect(reasonsOf(ids.reviewNotDate)).toMatch(/LisNextReviewDate: not a date/);
    expect(reasonsOf(ids.draftWithApprover)).toMatch(/approvedBy: a draft has no approver/);
    await expect(repo.get(String(ids.brokenJson))).rejects.toBeInstanceOf(InvalidStoredItemError);
  });

  it('reads dates as SharePoint returns them: review date at Stockholm midnight, approval time without milliseconds', async () => {
    const { site, repo } = setup();
    const id = site.list(classificationsList).seed(
      itemFields(approvedObject(), { LisNextReviewDate: '2027-03-01T23:00:00Z', LisApprovedAt: '2026-03-02T09:15:30Z' }),
    );
    const stored = await repo.get(String(id));
    expect(stored.nextReviewDate).toBe('2027-03-02');
    // The exact time is in LisContent; the DateTime column is for SharePoint's own views.
    expect(stored.approvedAt).toBe(APPROVED_AT.toISOString());
  });

  it('a list that is not there is StoreUnavailableError naming the list url; 403 is AccessDeniedError', async () => {
    const site = new FakeSharePointSite([orgUnitsList], SITE);
    const { sp } = spOverSite(site);
    const repo = new SharePointClassificationRepository(sp, SITE);
    const error = await repo.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain('/sites/lis/Lists/LisClassifications');

    const { site: other, repo: repo2 } = setup();
    other.list(classificationsList).failNext({ status: 403 });
    await expect(repo2.list()).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('SharePoint classifications: writes', () => {
  it('create POSTs the schema fields: owner as lookup id, review date as UTC midnight, derived profile, JSON content', async () => {
    const { site, repo } = setup();
    const created = await repo.create(approvedObject());
    // In the owner unit's folder: the strings as form values, the two dates in one typed MERGE of the new item.
    const post = createsInFolder(site.requests)[0];
    expect(pathOf(post)).toBe(`${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisClassifications')/AddValidateUpdateItemUsingPath()`);
    expect(formValuesOf(post)).toMatchObject({ LisOwnerUnit: '12', LisStatus: 'approved', LisVersion: '1' });
    const typed = site.requests.filter((r) => r.headers['x-http-method'] === 'MERGE');
    expect(typed.map((r) => [pathOf(r), r.headers['if-match'], Object.keys(bodyOf(r)).sort()])).toEqual([
      [`${OBJECT_ITEMS}(${created.id})`, '"1"', ['LisApprovedAt', 'LisNextReviewDate']],
    ]);
    const body = createdValues(classificationsList, site.requests);
    expect(Object.keys(body).filter((k) => k !== '__metadata').sort()).toEqual(
      [
        'Title',
        'LisObjectKind',
        'LisOwnerUnitId',
        'LisStatus',
        'LisVersion',
        'LisProfile',
        'LisNextReviewDate',
        'LisApprovedByName',
        'LisApprovedByEmail',
        'LisApprovedAt',
        'LisContent',
      ].sort(),
    );
    expect(body.LisOwnerUnitId).toBe(12);
    expect(body.LisStatus).toBe('approved');
    expect(body.LisVersion).toBe(1);
    expect(body.LisProfile).toBe('K3-R3-T2-S2');
    expect(body.LisNextReviewDate).toBe('2027-03-02T00:00:00Z');
    expect(body.LisApprovedByEmail).toBe(APPROVER.email);
    const content = JSON.parse(body.LisContent as string) as Record<string, unknown>;
    expect(Object.keys(content).sort()).toEqual(['approvedAt', 'criticality', 'description', 'manualRaises', 'sets']);
    // Read back after the write, so etag, Modified and editor are the server's.
    const last = site.requests[site.requests.length - 1];
    expect(last.method).toBe('GET');
    expect(pathOf(last)).toBe(`${OBJECT_ITEMS}(${created.id})`);
    expect(created.etag).toBe('"2"');
    expect(site.list(classificationsList).folderOf(Number(created.id))).toBe('enhet-12');
  });

  it('refuses an owner that cannot be a lookup id, before any request', async () => {
    const { site, repo } = setup();
    await expect(repo.create(incompleteDraft('enhet-12'))).rejects.toBeInstanceOf(NotFoundError);
    expect(site.requests).toEqual([]);
  });

  it('update MERGEs with If-Match: the etag it was given; 412 becomes ConflictError', async () => {
    const { site, repo } = setup();
    const created = await repo.create(incompleteDraft());
    site.requests.length = 0;
    const updated = await repo.update(created.id, created.etag, completeDraft());
    const merge = site.requests.find((r) => r.method === 'POST');
    expect(merge && pathOf(merge)).toBe(`${OBJECT_ITEMS}(${created.id})`);
    expect(merge?.headers['x-http-method']).toBe('MERGE');
    expect(merge?.headers['if-match']).toBe(created.etag);
    expect(updated.etag).not.toBe(created.etag);
    // Same owner unit: the placement check reads FileDirRef and moves nothing.
    expect(site.requests.filter((r) => /moveTo/.test(decodeURIComponent(r.url)))).toEqual([]);

    site.list(classificationsList).editBySomeoneElse(Number(created.id), { Title: 'Någon annans' });
    await expect(repo.update(created.id, updated.etag, completeDraft())).rejects.toBeInstanceOf(ConflictError);
    expect(site.list(classificationsList).raw(Number(created.id))?.Title).toBe('Någon annans');
  });

  it('never sends If-Match: * — an empty or wildcard etag is a ConflictError without a request', async () => {
    const { site, repo } = setup();
    const created = await repo.create(incompleteDraft());
    site.requests.length = 0;
    await expect(repo.update(created.id, '', completeDraft())).rejects.toBeInstanceOf(ConflictError);
    await expect(repo.update(created.id, '*', completeDraft())).rejects.toBeInstanceOf(ConflictError);
    expect(site.requests).toEqual([]);
  });
});

describe('SharePoint classifications: approved snapshots', () => {
  it('listVersions filters the versions list on the indexed lookup: LisClassificationId eq <id>', async () => {
    const { site, repo } = setup();
    const created = await repo.create(completeDraft());
    site.requests.length = 0;
    expect(await repo.listVersions(created.id)).toEqual([]);
    expect(site.requests).toHaveLength(1);
    expect(pathOf(site.requests[0])).toBe(VERSION_ITEMS);
    expect(query(site.requests[0]).get('$filter')).toBe(`LisClassificationId eq ${created.id}`);
    expect(query(site.requests[0]).get('$select')?.split(',')).toEqual(['Id', 'LisClassificationId', 'LisVersion', 'LisSnapshot', 'Modified', 'Editor/Title', 'FSObjType']);
  });

  it('addVersion checks the object and the version, then POSTs one item titled "<name> v<version>"', async () => {
    const { site, repo } = setup();
    const created = await repo.create(completeDraft());
    site.requests.length = 0;
    const approved = approvedObject();
    await repo.addVersion({ objectId: created.id, version: 1, snapshot: approved, approvedBy: APPROVER, approvedAt: APPROVED_AT.toISOString() });
    const posts = createsInFolder(site.requests);
    expect(posts).toHaveLength(1);
    expect(pathOf(posts[0])).toBe(`${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisClassificationVersions')/AddValidateUpdateItemUsingPath()`);
    // The object's owner unit (read with the existence check) names the folder.
    expect(query(site.requests[0]).get('$select')).toBe('Id,LisOwnerUnitId');
    expect(JSON.parse(posts[0].rawBody as string).listItemCreateInfo).toEqual({ FolderPath: { DecodedUrl: '/sites/lis/Lists/LisClassificationVersions/enhet-12' } });
    const body = createdValues(classificationVersionsList, site.requests);
    expect(body.Title).toBe('Elevregister v1');
    expect(body.LisClassificationId).toBe(Number(created.id));
    expect(body.LisVersion).toBe(1);
    expect(body.LisApprovedAt).toBe(APPROVED_AT.toISOString());
    expect(JSON.parse(body.LisSnapshot as string)).toMatchObject({ name: 'Elevregister', status: 'approved', version: 1 });
    // The existence and duplicate checks came first.
    expect(site.requests.indexOf(posts[0])).toBeGreaterThanOrEqual(2);
  });

  it('leaves out hand-edited snapshot items, and keeps the earliest item when a version is there twice', async () => {
    const { site, repo } = setup();
    const created = await repo.create(completeDraft());
    const approved = approvedObject();
    const versions = site.list(classificationVersionsList);
    const snapshotJson = JSON.stringify(approved);
    versions.seed({ Title: 'x', LisClassificationId: Number(created.id), LisVersion: 1, LisSnapshot: snapshotJson });
    versions.seed({ Title: 'y', LisClassificationId: Number(created.id), LisVersion: 1, LisSnapshot: JSON.stringify({ ...approved, description: 'Dubblett' }) });
    versions.seed({ Title: 'z', LisClassificationId: Number(created.id), LisVersion: 2, LisSnapshot: '{trasig' });
    const result = await repo.listVersions(created.id);
    expect(result.map((v) => [v.version, v.snapshot.description])).toEqual([[1, approved.description]]);
  });
});

describe('SharePoint shared information types', () => {
  it('GETs the list by url with its columns; create POSTs Title, LisContent and LisActive only', async () => {
    const { site, types } = setup();
    const created = await types.create(sharedTypeDraft());
    const post = site.requests.find((r) => r.method === 'POST');
    expect(post && pathOf(post)).toBe(TYPE_ITEMS);
    expect(Object.keys(bodyOf(post)).filter((k) => k !== '__metadata').sort()).toEqual(['LisActive', 'LisContent', 'Title']);
    site.requests.length = 0;
    const { items } = await types.list();
    expect(items).toEqual([created]);
    expect(pathOf(site.requests[0])).toBe(TYPE_ITEMS);
    expect(query(site.requests[0]).get('$select')?.split(',')).toEqual(['Id', 'Title', 'LisContent', 'LisActive', 'Modified', 'Editor/Title']);
  });

  it('update sends If-Match; a hand-edited item is in broken', async () => {
    const { site, types } = setup();
    const created = await types.create(sharedTypeDraft());
    site.list(sharedInfoTypesList).seed({ Title: 'Trasig', LisContent: 'inte json', LisActive: true });
    site.requests.length = 0;
    await types.update(created.id, created.etag, sharedTypeDraft('Personalakt (ny)'));
    expect(site.requests.find((r) => r.method === 'POST')?.headers['if-match']).toBe(created.etag);
    const { items, broken } = await types.list();
    expect(items.map((t) => t.name)).toEqual(['Personalakt (ny)']);
    expect(broken).toHaveLength(1);
    expect(broken[0].reasons.join(' ')).toMatch(/content: not valid JSON/);
  });
});
