/** @jest-environment node */
/**
 * The exact requests the SharePoint adapter sends through the real PnPjs pipeline, and how it reads the answers:
 * urls, $select/$expand/$top, paging past 5 000, If-Match, bodies, error mapping, throttling, hostile items.
 */
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import {
  AccessDeniedError,
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  StoreUnavailableError,
} from '../../src/data/ports';
import type { OrgUnitDraft } from '../../src/domain/organisation';
import { indexedEq, LisRetry, SharePointOrgUnitRepository } from '../../src/data/sharepoint';
import { orgUnitsList, OrgUnitFields } from '../../src/data/schema';
import { FAKE_LIST_GUID, FakeSharePoint, spOverFake, type RecordedRequest } from './fakeSharePoint';
import type { LisRetryOptions } from '../../src/data/sharepoint/retryBehavior';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const LIST_ITEMS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisOrgUnits')/items`;
const SELECT = [
  'Id',
  'Title',
  'LisKind',
  'LisParentUnitId',
  'LisRepresentatives',
  'LisSecurityContactName',
  'LisSecurityContactEmail',
  'LisActive',
  'Modified',
  'Editor/Title',
];

function setup(retry: LisRetryOptions = {}, siteUrl: string = SITE): {
  fake: FakeSharePoint;
  repo: SharePointOrgUnitRepository;
  sleeps: number[];
} {
  const fake = new FakeSharePoint(siteUrl);
  const { sp, sleeps } = spOverFake(fake, retry);
  return { fake, repo: new SharePointOrgUnitRepository(sp, siteUrl), sleeps };
}

function validItem(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Title: name,
    LisKind: 'namnd',
    LisParentUnitId: null,
    LisRepresentatives: JSON.stringify([{ displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' }]),
    LisSecurityContactName: null,
    LisSecurityContactEmail: null,
    LisActive: true,
    ...extra,
  };
}

const DRAFT: OrgUnitDraft = {
  name: 'Kultur- och fritidsnämnden',
  kind: 'namnd',
  parentId: null,
  representatives: [{ displayName: "Åsa O'Brien", email: 'asa.obrien@norrkoping.se' }],
  securityContact: { displayName: 'Per Holm', email: 'per.holm@norrkoping.se' },
  active: true,
};

function query(request: RecordedRequest): URLSearchParams {
  return new URL(request.url).searchParams;
}

function pathOf(request: RecordedRequest): string {
  const url = new URL(request.url);
  return `${url.origin}${url.pathname}`;
}

describe('SharePoint adapter: list()', () => {
  it('GETs the list by its server-relative url (never by title) with only the mapped columns, Editor expanded, $top=2000', async () => {
    const { fake, repo } = setup();
    fake.seed(validItem('Socialnämnden'));
    const result = await repo.list();

    expect(result.units.map((u) => u.name)).toEqual(['Socialnämnden']);
    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request.method).toBe('GET');
    expect(pathOf(request)).toBe(LIST_ITEMS);
    expect(query(request).get('$select')?.split(',')).toEqual(SELECT);
    expect(query(request).get('$expand')).toBe('Editor');
    expect(query(request).get('$top')).toBe('2000');
    expect(query(request).has('$filter')).toBe(false);
    expect(request.url).not.toMatch(/getByTitle|Organisationsenheter/i);
    // Pinned to OData v3 JSON light, whose `odata.nextLink` PnPjs's paging follows.
    expect(request.headers.accept).toBe('application/json;odata=minimalmetadata');
  });

  it('field names in $select are the schema internal names', () => {
    for (const name of Object.values(OrgUnitFields)) {
      const column = name === OrgUnitFields.parent ? `${name}Id` : name;
      expect(SELECT).toContain(column);
    }
  });

  it('follows odata.nextLink past 5 000 items: 5 001 items come back in 3 pages', async () => {
    const { fake, repo } = setup();
    for (let i = 1; i <= 5001; i++) fake.seed(validItem(`Enhet ${i}`, { LisActive: i % 2 === 0 }));

    const { units, broken } = await repo.list();

    expect(broken).toEqual([]);
    expect(units).toHaveLength(5001);
    expect(new Set(units.map((u) => u.id)).size).toBe(5001);
    expect(units[5000].name).toBe('Enhet 5001');
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
    expect(pathOf(fake.requests[0])).toBe(LIST_ITEMS);
    // The next pages are exactly the links SharePoint gave, with its skiptoken.
    const nextBase = `${SITE}/_api/Web/Lists(guid'${FAKE_LIST_GUID}')/Items`;
    expect(pathOf(fake.requests[1])).toBe(nextBase);
    expect(query(fake.requests[1]).get('$skiptoken')).toBe('Paged=TRUE&p_ID=2000');
    expect(query(fake.requests[2]).get('$skiptoken')).toBe('Paged=TRUE&p_ID=4000');
    for (const r of fake.requests.slice(1)) {
      expect(r.headers.accept).toBe('application/json;odata=minimalmetadata');
      expect(query(r).get('$top')).toBe('2000');
      expect(query(r).get('$select')?.split(',')).toEqual(SELECT);
    }
  });

  it('a list that is not there (LIS not installed on the data site) is StoreUnavailableError, not a crash', async () => {
    const fake = new FakeSharePoint(SITE);
    const { sp } = spOverFake(fake);
    const repo = new SharePointOrgUnitRepository(sp, 'https://contoso.sharepoint.com/sites/annan');
    const error = await repo.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).message).toContain('/sites/annan/Lists/LisOrgUnits');
  });

  it('requests go to the data site even when the PnPjs root points at the current page web', async () => {
    const fake = new FakeSharePoint(SITE);
    const sp = spfi('https://contoso.sharepoint.com/sites/intranet/nyheter').using(
      DefaultHeaders(),
      DefaultInit(),
      DefaultParse(),
      LisRetry({ fetch: fake.fetch }),
    );
    await new SharePointOrgUnitRepository(sp, SITE).list();
    expect(pathOf(fake.requests[0])).toBe(LIST_ITEMS);
  });

  it("escapes the list url path in getList('…'): quotes doubled, then URI-encoded", async () => {
    const site = "https://contoso.sharepoint.com/sites/O'Brien-Söner";
    const { fake, repo } = setup({}, site);
    fake.seed(validItem('Bolaget AB', { LisKind: 'bolag' }));
    const { units } = await repo.list();
    expect(units).toHaveLength(1);
    expect(fake.requests[0].url).toContain("getList('%2Fsites%2FO''Brien-S%C3%B6ner%2FLists%2FLisOrgUnits')");
  });
});

describe('SharePoint adapter: hostile stored items', () => {
  it('items hand-edited into junk end up in `broken` with reasons; valid ones still load', async () => {
    const { fake, repo } = setup();
    const good = fake.seed(validItem('Tekniska nämnden'));
    const junk: Record<string, Record<string, unknown>> = {
      unknownKind: validItem('Okänd typ', { LisKind: 'Nämnd' }),
      brokenJson: validItem('Trasig JSON', { LisRepresentatives: '[{"displayName": "Anna", "email": ' }),
      jsonNotArray: validItem('Inte en lista', { LisRepresentatives: '{"displayName":"Anna","email":"anna@x.se"}' }),
      personNotObject: validItem('Siffror', { LisRepresentatives: '[42, null]' }),
      badEmail: validItem('Fel e-post', { LisRepresentatives: JSON.stringify([{ displayName: 'Anna', email: 'anna(at)norrkoping' }]) }),
      missingTitle: validItem('x', { Title: null }),
      blankTitle: validItem('   '),
      hugeTitle: validItem('Å'.repeat(300)),
      activeNull: validItem('Aktiv saknas', { LisActive: null }),
      activeText: validItem('Aktiv text', { LisActive: 'Ja' }),
      contactWithoutName: validItem('Kontakt utan namn', { LisSecurityContactEmail: 'kontakt@norrkoping.se' }),
      contactBadEmail: validItem('Kontakt fel', { LisSecurityContactName: 'Per', LisSecurityContactEmail: 'per@' }),
      kindNumber: validItem('Typ nummer', { LisKind: 3 }),
      personWithObjectName: validItem('Objektnamn', {
        LisRepresentatives: '[{"displayName":{"toString":false},"email":"anna@norrkoping.se"}]',
      }),
    };
    const ids: Record<string, number> = {};
    for (const [key, fields] of Object.entries(junk)) ids[key] = fake.seed(fields);
    ids.parentJunk = fake.seed(validItem('Förälder text', { LisParentUnitId: 'abc' }));
    const selfParent = fake.seed(validItem('Egen förälder'));
    fake.editBySomeoneElse(selfParent, { LisParentUnitId: selfParent });

    const { units, broken } = await repo.list();

    expect(units.map((u) => u.id)).toEqual([String(good)]);
    expect(broken).toHaveLength(Object.keys(junk).length + 2);
    const reasonsOf = (id: number): string => (broken.find((b) => b.id === String(id))?.reasons ?? []).join(' | ');
    expect(reasonsOf(ids.unknownKind)).toMatch(/kind: invalidChoice.*Nämnd/);
    expect(reasonsOf(ids.brokenJson)).toMatch(/representatives: not valid JSON/);
    expect(reasonsOf(ids.jsonNotArray)).toMatch(/representatives: expected a JSON array/);
    expect(reasonsOf(ids.personNotObject)).toMatch(/representatives\.0: expected an object/);
    expect(reasonsOf(ids.personNotObject)).toMatch(/representatives\.1: expected an object/);
    expect(reasonsOf(ids.badEmail)).toMatch(/representatives\.0\.email: invalidEmail/);
    expect(reasonsOf(ids.missingTitle)).toMatch(/Title: missing/);
    expect(reasonsOf(ids.blankTitle)).toMatch(/name: required/);
    expect(reasonsOf(ids.hugeTitle)).toMatch(/name: tooLong/);
    expect(reasonsOf(ids.activeNull)).toMatch(/active: expected true or false/);
    expect(reasonsOf(ids.activeText)).toMatch(/active: expected true or false/);
    expect(reasonsOf(ids.contactWithoutName)).toMatch(/securityContact\.displayName: required/);
    expect(reasonsOf(ids.contactBadEmail)).toMatch(/securityContact\.email: invalidEmail/);
    expect(reasonsOf(ids.kindNumber)).toMatch(/kind: invalidChoice/);
    expect(reasonsOf(ids.personWithObjectName)).toMatch(/representatives\.0\.displayName/);
    expect(reasonsOf(selfParent)).toMatch(/parentId: parentSelf/);
    expect(reasonsOf(ids.parentJunk)).toMatch(/LisParentUnitId: not an item id/);
    for (const b of broken) expect(b.reasons.length).toBeGreaterThan(0);
  });

  it('get() of a broken item throws InvalidStoredItemError with the reasons', async () => {
    const { fake, repo } = setup();
    const id = fake.seed(validItem('Trasig', { LisRepresentatives: 'not json at all' }));
    const error = await repo.get(String(id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidStoredItemError);
    expect((error as InvalidStoredItemError).reasons.join(' ')).toMatch(/not valid JSON/);
  });

  it('a page that is not a list of objects does not crash list()', async () => {
    const { fake, repo } = setup();
    fake.seed(validItem('Bra'));
    fake.failNext({ status: 200, body: JSON.stringify({ value: [null, 'text', 7, ['a']] }) });
    const { units, broken } = await repo.list();
    expect(units).toEqual([]);
    expect(broken).toHaveLength(4);
    for (const b of broken) expect(b.reasons.length).toBeGreaterThan(0);
  });
});

describe('SharePoint adapter: get, create and update', () => {
  it('get() asks for one item by id with the same $select/$expand and maps it', async () => {
    const { fake, repo } = setup();
    const parent = fake.seed(validItem('Kommunstyrelsen', { LisKind: 'styrelse' }));
    const id = fake.seed(
      validItem('Kommunledningskontoret', {
        LisKind: 'forvaltning',
        LisParentUnitId: parent,
        LisSecurityContactName: 'Per Holm',
        LisSecurityContactEmail: 'per.holm@norrkoping.se',
        LisActive: false,
      }),
    );
    const unit = await repo.get(String(id));
    expect(unit).toEqual({
      id: String(id),
      etag: '"1"',
      modified: '2026-01-01T08:00:02Z',
      modifiedBy: 'Sara Sandström',
      name: 'Kommunledningskontoret',
      kind: 'forvaltning',
      parentId: String(parent),
      representatives: [{ displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' }],
      securityContact: { displayName: 'Per Holm', email: 'per.holm@norrkoping.se' },
      active: false,
    });
    expect(fake.requests).toHaveLength(1);
    expect(pathOf(fake.requests[0])).toBe(`${LIST_ITEMS}(${id})`);
    expect(query(fake.requests[0]).get('$select')?.split(',')).toEqual(SELECT);
    expect(query(fake.requests[0]).get('$expand')).toBe('Editor');
  });

  it('ids that are not item numbers are NotFoundError without any request (no url injection)', async () => {
    const { fake, repo } = setup();
    for (const id of ['', 'abc', '1) or (2', '0', '-1', '1.5', "1'"]) {
      await expect(repo.get(id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(repo.update(id, '"1"', DRAFT)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(fake.requests).toEqual([]);
  });

  it('create() POSTs the schema field names (representatives as JSON, parent as lookup id) and returns the stored unit', async () => {
    const { fake, repo } = setup();
    const parent = fake.seed(validItem('Kommunstyrelsen', { LisKind: 'styrelse' }));
    const created = await repo.create({ ...DRAFT, kind: 'forvaltning', parentId: String(parent) });

    const [post, reread] = fake.requests;
    expect(post.method).toBe('POST');
    expect(pathOf(post)).toBe(LIST_ITEMS);
    expect(post.headers['x-http-method']).toBeUndefined();
    expect(post.body).toEqual({
      Title: 'Kultur- och fritidsnämnden',
      LisKind: 'forvaltning',
      LisParentUnitId: parent,
      LisRepresentatives: JSON.stringify([{ displayName: "Åsa O'Brien", email: 'asa.obrien@norrkoping.se' }]),
      LisSecurityContactName: 'Per Holm',
      LisSecurityContactEmail: 'per.holm@norrkoping.se',
      LisActive: true,
    });
    expect(reread.method).toBe('GET');
    expect(pathOf(reread)).toBe(`${LIST_ITEMS}(${created.id})`);
    expect(created.etag).toBe(fake.etagOf(Number(created.id)));
    expect(created.parentId).toBe(String(parent));
    expect(created.modifiedBy).toBe('Sara Sandström');
  });

  it('create() without contact stores nulls, and an unusable parent id is refused before any request', async () => {
    const { fake, repo } = setup();
    const created = await repo.create({ ...DRAFT, securityContact: null, representatives: [] });
    expect(fake.raw(Number(created.id))).toMatchObject({ LisSecurityContactName: null, LisSecurityContactEmail: null, LisRepresentatives: '[]' });
    expect(created.securityContact).toBeNull();
    const before = fake.requests.length;
    await expect(repo.create({ ...DRAFT, parentId: 'not-an-id' })).rejects.toBeInstanceOf(NotFoundError);
    expect(fake.requests).toHaveLength(before);
  });

  it('update() MERGEs with If-Match: <etag> and returns the unit with the new etag', async () => {
    const { fake, repo } = setup();
    const id = fake.seed(validItem('Socialnämnden'));
    const before = await repo.get(String(id));
    fake.requests.length = 0;

    const updated = await repo.update(before.id, before.etag, { ...DRAFT, name: 'Vård- och omsorgsnämnden', active: false });

    const [merge, reread] = fake.requests;
    expect(merge.method).toBe('POST');
    expect(pathOf(merge)).toBe(`${LIST_ITEMS}(${id})`);
    expect(merge.headers['x-http-method']).toBe('MERGE');
    expect(merge.headers['if-match']).toBe('"1"');
    expect(merge.body).toEqual({
      Title: 'Vård- och omsorgsnämnden',
      LisKind: 'namnd',
      LisParentUnitId: null,
      LisRepresentatives: JSON.stringify(DRAFT.representatives),
      LisSecurityContactName: 'Per Holm',
      LisSecurityContactEmail: 'per.holm@norrkoping.se',
      LisActive: false,
    });
    expect(reread.method).toBe('GET');
    expect(updated.etag).toBe('"2"');
    expect(updated.active).toBe(false);
  });

  it('a 412 (someone else saved first) becomes ConflictError and their edit stays', async () => {
    const { fake, repo } = setup();
    const id = fake.seed(validItem('Socialnämnden'));
    const mine = await repo.get(String(id));
    fake.editBySomeoneElse(id, { Title: 'Socialnämnden (deras)' });

    const error = await repo.update(mine.id, mine.etag, { ...DRAFT, name: 'Min version' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ConflictError);
    expect(fake.raw(id)?.Title).toBe('Socialnämnden (deras)');
    expect(fake.requests[fake.requests.length - 1].headers['if-match']).toBe('"1"');
  });

  it('update() without an etag (or with "*") is a ConflictError, never a blind overwrite', async () => {
    const { fake, repo } = setup();
    const id = fake.seed(validItem('Socialnämnden'));
    await expect(repo.update(String(id), '', DRAFT)).rejects.toBeInstanceOf(ConflictError);
    await expect(repo.update(String(id), '*', DRAFT)).rejects.toBeInstanceOf(ConflictError);
    expect(fake.requests).toEqual([]);
  });

  it('404 on get/update of a missing item is NotFoundError', async () => {
    const { repo } = setup();
    await expect(repo.get('42')).rejects.toBeInstanceOf(NotFoundError);
    await expect(repo.update('42', '"1"', DRAFT)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('SharePoint adapter: errors and throttling', () => {
  it('429 with Retry-After: 2 then 200: one retry after sleep(2000)', async () => {
    const { fake, repo, sleeps } = setup();
    fake.seed(validItem('Socialnämnden'));
    fake.failNext({ status: 429, headers: { 'Retry-After': '2' } });

    const { units } = await repo.list();

    expect(units).toHaveLength(1);
    expect(sleeps).toEqual([2000]);
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[1].url).toBe(fake.requests[0].url);
  });

  it('503 is retried (Retry-After honoured, else exponential backoff) and the POST body is sent again intact', async () => {
    const { fake, repo, sleeps } = setup();
    fake.failNext({ status: 503, times: 2, when: (r) => r.method === 'POST' });
    fake.failNext({ status: 503, headers: { 'Retry-After': '5' }, when: (r) => r.method === 'GET' });

    const created = await repo.create(DRAFT);

    expect(created.name).toBe(DRAFT.name);
    expect(sleeps).toEqual([1000, 2000, 5000]);
    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(posts[2].body).toEqual(posts[0].body);
    expect(fake.itemCount).toBe(1);
  });

  it('gives up after the max retries with StoreUnavailableError carrying the status', async () => {
    const { fake, repo, sleeps } = setup({ maxRetries: 3 });
    fake.failNext({ status: 429, times: 100, headers: { 'Retry-After': '1' } });

    const error = await repo.list().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).status).toBe(429);
    expect(fake.requests).toHaveLength(4);
    expect(sleeps).toEqual([1000, 1000, 1000]);
  });

  it('a Retry-After longer than the patience limit is not waited for', async () => {
    const { fake, repo, sleeps } = setup({ maxRetryAfterMs: 60000 });
    fake.failNext({ status: 503, headers: { 'Retry-After': '3600' } });
    await expect(repo.list()).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(sleeps).toEqual([]);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([401, 403])('%i is AccessDeniedError, not retried', async (status) => {
    const { fake, repo, sleeps } = setup();
    const id = fake.seed(validItem('Socialnämnden'));
    fake.failNext({ status, times: 3 });
    await expect(repo.list()).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(repo.get(String(id))).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(repo.update(String(id), '"1"', DRAFT)).rejects.toBeInstanceOf(AccessDeniedError);
    expect(fake.requests).toHaveLength(3);
    expect(sleeps).toEqual([]);
  });

  it('500 is StoreUnavailableError at once (not a throttling status)', async () => {
    const { fake, repo, sleeps } = setup();
    fake.failNext({ status: 500 });
    const error = await repo.create(DRAFT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).status).toBe(500);
    expect(sleeps).toEqual([]);
    expect(fake.itemCount).toBe(0);
  });

  it('network failures are retried with backoff, then StoreUnavailableError', async () => {
    const fake = new FakeSharePoint(SITE);
    let calls = 0;
    const failing = async (): Promise<Response> => {
      calls++;
      throw new TypeError('fetch failed');
    };
    const sleeps: number[] = [];
    const sp = spfi(SITE).using(
      DefaultHeaders(),
      DefaultInit(),
      DefaultParse(),
      LisRetry({ fetch: failing, maxRetries: 2, sleep: async (ms) => void sleeps.push(ms) }),
    );
    const error = await new SharePointOrgUnitRepository(sp, SITE).list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(calls).toBe(3);
    expect(sleeps).toEqual([1000, 2000]);
    expect(fake.requests).toEqual([]);
  });
});

describe('OData filters through PnPjs', () => {
  it("a filter value like O'Brien & Söner is quoted, doubled and encoded once, and SharePoint reads it back intact", async () => {
    const fake = new FakeSharePoint(SITE);
    const { sp } = spOverFake(fake);
    const wanted = fake.seed(validItem('A', { LisSecurityContactName: 'X', LisSecurityContactEmail: "O'Brien & Söner" }));
    fake.seed(validItem('B', { LisSecurityContactName: 'Y', LisSecurityContactEmail: 'obrien@soner.se' }));

    const rows: Array<{ Id: number }> = await sp.web
      .getList('/sites/lis/Lists/LisOrgUnits')
      .items.select('Id')
      .filter(indexedEq(orgUnitsList, OrgUnitFields.securityContactEmail, "O'Brien & Söner"))();

    expect(rows.map((r) => r.Id)).toEqual([wanted]);
    const raw = fake.requests[0].url;
    expect(raw).toContain('%24filter=LisSecurityContactEmail+eq+%27O%27%27Brien+%26+S%C3%B6ner%27');
    expect(query(fake.requests[0]).get('$filter')).toBe("LisSecurityContactEmail eq 'O''Brien & Söner'");
  });

  it('filters only on indexed columns (Title is not indexed)', () => {
    expect(() => indexedEq(orgUnitsList, 'Title', 'x')).toThrow(/not indexed/);
    expect(() => indexedEq(orgUnitsList, OrgUnitFields.representatives, 'x')).toThrow(/not indexed/);
    expect(indexedEq(orgUnitsList, OrgUnitFields.parent, 12)).toBe('LisParentUnitId eq 12');
    expect(indexedEq(orgUnitsList, OrgUnitFields.active, true)).toBe('LisActive eq 1');
    expect(indexedEq(orgUnitsList, OrgUnitFields.kind, 'bolag')).toBe("LisKind eq 'bolag'");
  });

  it('the fake SharePoint enforces the list view threshold on non-indexed filters past 5 000 items', async () => {
    const fake = new FakeSharePoint(SITE);
    const { sp } = spOverFake(fake);
    for (let i = 0; i < 5001; i++) fake.seed(validItem(`E${i}`));
    const list = sp.web.getList('/sites/lis/Lists/LisOrgUnits');
    await expect(list.items.select('Id').filter("Title eq 'E1'")()).rejects.toMatchObject({ status: 500 });
    const rows: unknown[] = await list.items.select('Id').filter(indexedEq(orgUnitsList, OrgUnitFields.kind, 'bolag'))();
    expect(rows).toEqual([]);
  });
});
