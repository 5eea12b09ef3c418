/** @jest-environment node */
import { spfi } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import { AccessDeniedError, StoreUnavailableError } from '../../src/data/ports';
import {
  DATA_SITE_TENANT_PROPERTY,
  LisRetry,
  normaliseDataSiteUrl,
  readTenantProperty,
  resolveDataSiteUrl,
} from '../../src/data/sharepoint';
import { FakeSharePoint } from './fakeSharePoint';

describe('normaliseDataSiteUrl', () => {
  it.each([
    ['https://contoso.sharepoint.com/sites/lis', 'https://contoso.sharepoint.com/sites/lis'],
    ['  https://Contoso.SharePoint.com/sites/lis/  ', 'https://contoso.sharepoint.com/sites/lis'],
    ['https://contoso.sharepoint.com/sites/lis/SitePages/Start.aspx?web=1#x', 'https://contoso.sharepoint.com/sites/lis'],
    ['https://contoso.sharepoint.com/sites/lis/Lists/LisOrgUnits/AllItems.aspx', 'https://contoso.sharepoint.com/sites/lis'],
    ['https://contoso.sharepoint.com/sites/lis/_layouts/15/viewlsts.aspx', 'https://contoso.sharepoint.com/sites/lis'],
    ['https://contoso.sharepoint.com/', 'https://contoso.sharepoint.com'],
    ['https://contoso.sharepoint.com/sites/lis/sub', 'https://contoso.sharepoint.com/sites/lis/sub'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseDataSiteUrl(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'http://contoso.sharepoint.com/sites/lis',
    '/sites/lis',
    'contoso.sharepoint.com/sites/lis',
    'javascript:alert(1)',
    'https://user:pw@contoso.sharepoint.com/sites/lis',
    'not a url',
  ])('rejects %p', (input) => {
    expect(normaliseDataSiteUrl(input)).toBeUndefined();
  });

  it('rejects null and undefined', () => {
    expect(normaliseDataSiteUrl(null)).toBeUndefined();
    expect(normaliseDataSiteUrl(undefined)).toBeUndefined();
  });
});

describe('resolveDataSiteUrl', () => {
  it('a valid web part property wins, and the tenant property is not even read', async () => {
    const readTenant = jest.fn(async () => 'https://contoso.sharepoint.com/sites/tenant-lis');
    await expect(
      resolveDataSiteUrl({ webPartProperty: 'https://contoso.sharepoint.com/sites/lis-test/', readTenantProperty: readTenant }),
    ).resolves.toBe('https://contoso.sharepoint.com/sites/lis-test');
    expect(readTenant).not.toHaveBeenCalled();
  });

  it('a blank or invalid web part property falls back to the tenant property', async () => {
    for (const webPartProperty of [undefined, null, '', '  ', 'http://insecure.example/sites/lis']) {
      await expect(
        resolveDataSiteUrl({ webPartProperty, readTenantProperty: async () => 'https://contoso.sharepoint.com/sites/lis/' }),
      ).resolves.toBe('https://contoso.sharepoint.com/sites/lis');
    }
  });

  it('undefined when neither is set or usable', async () => {
    await expect(resolveDataSiteUrl({ readTenantProperty: async () => undefined })).resolves.toBeUndefined();
    await expect(resolveDataSiteUrl({ webPartProperty: '', readTenantProperty: async () => 'ftp://x/y' })).resolves.toBeUndefined();
  });

  it('errors reading the tenant property propagate (the host can say why)', async () => {
    await expect(
      resolveDataSiteUrl({
        readTenantProperty: async () => {
          throw new AccessDeniedError();
        },
      }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('readTenantProperty over PnPjs', () => {
  const PAGE_WEB = 'https://contoso.sharepoint.com/sites/intranet';

  function client(fake: FakeSharePoint): ReturnType<typeof spfi> {
    return spfi(PAGE_WEB).using(
      DefaultHeaders(),
      DefaultInit(),
      DefaultParse(),
      LisRetry({ fetch: fake.fetch, sleep: async () => undefined }),
    );
  }

  it("GETs {web}/_api/web/getStorageEntity('lis-data-site-url') and returns Value", async () => {
    const fake = new FakeSharePoint();
    fake.setStorageEntity(DATA_SITE_TENANT_PROPERTY, 'https://contoso.sharepoint.com/sites/lis');
    await expect(readTenantProperty(client(fake))).resolves.toBe('https://contoso.sharepoint.com/sites/lis');
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0].method).toBe('GET');
    expect(fake.requests[0].url).toBe(`${PAGE_WEB}/_api/web/getStorageEntity('lis-data-site-url')`);
  });

  it('undefined when the property is not set (odata.null)', async () => {
    const fake = new FakeSharePoint();
    await expect(readTenantProperty(client(fake))).resolves.toBeUndefined();
  });

  it('escapes the key in the path', async () => {
    const fake = new FakeSharePoint();
    fake.setStorageEntity("lis o'key", 'v');
    await expect(readTenantProperty(client(fake), "lis o'key")).resolves.toBe('v');
    expect(fake.requests[0].url).toBe(`${PAGE_WEB}/_api/web/getStorageEntity('lis%20o''key')`);
  });

  it('403 is AccessDeniedError; 500 is StoreUnavailableError', async () => {
    const fake = new FakeSharePoint();
    fake.failNext({ status: 403 });
    await expect(readTenantProperty(client(fake))).rejects.toBeInstanceOf(AccessDeniedError);
    fake.failNext({ status: 500 });
    await expect(readTenantProperty(client(fake))).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('feeds resolveDataSiteUrl end to end', async () => {
    const fake = new FakeSharePoint();
    fake.setStorageEntity(DATA_SITE_TENANT_PROPERTY, 'https://contoso.sharepoint.com/sites/lis/SitePages/Hem.aspx');
    const sp = client(fake);
    await expect(resolveDataSiteUrl({ webPartProperty: '', readTenantProperty: () => readTenantProperty(sp) })).resolves.toBe(
      'https://contoso.sharepoint.com/sites/lis',
    );
  });
});
