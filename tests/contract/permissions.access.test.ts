/** @jest-environment node */
/**
 * SharePointAccessReader through the real PnPjs pipeline over the strict fake site: one `$batch` with the two
 * current-user GETs, groups → roles (fixed groups by name ignoring case, unit groups by the id in the title), site
 * collection administrators as coordinators, 403 → no access, 401 and 5xx → typed errors.
 */
import { AccessDeniedError, StoreUnavailableError } from '../../src/data/ports';
import { SharePointAccessReader, accessFromGroups } from '../../src/data/sharepoint';
import { FIXED_GROUP_NAMES, NO_ACCESS, unitGroupName } from '../../src/domain/access';
import { reminderLogList } from '../../src/data/schema';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { SITE, UNITS } from './permissionsFixtures';

function setup(): { site: FakeSharePointSite; reader: SharePointAccessReader } {
  const site = new FakeSharePointSite([reminderLogList], SITE);
  return { site, reader: new SharePointAccessReader(spOverSite(site).sp) };
}

describe('SharePointAccessReader', () => {
  it('sends one $batch with exactly the two current-user GETs', async () => {
    const { site, reader } = setup();
    await reader.currentAccess();
    expect(site.requests).toHaveLength(1);
    expect(site.requests[0].method).toBe('POST');
    expect(site.requests[0].url).toBe(`${SITE}/_api/$batch`);
    expect(site.batchParts.map((p) => `${p.method} ${p.url}`)).toEqual([
      `GET ${SITE}/_api/web/currentUser?%24select=Id%2CIsSiteAdmin`,
      `GET ${SITE}/_api/web/currentUser/groups?%24select=Id%2CTitle`,
    ]);
  });

  it('maps the fixed groups and unit groups of the signed-in person', async () => {
    const { site, reader } = setup();
    site.permissions.addGroup(FIXED_GROUP_NAMES.reader);
    site.permissions.addGroup(unitGroupName(UNITS[1]));
    site.permissions.addGroup('LIS enhet 3: Kultur');
    site.permissions.addGroup('Någon annan grupp');
    site.permissions.setCurrentUser({ groups: [FIXED_GROUP_NAMES.reader, unitGroupName(UNITS[1]), 'Någon annan grupp'] });
    const access = await reader.currentAccess();
    expect(access).toEqual({ coordinator: false, itStaff: false, reader: true, unitIds: new Set(['14']) });
  });

  it('a site collection administrator is a coordinator even without the group', async () => {
    const { site, reader } = setup();
    site.permissions.setCurrentUser({ IsSiteAdmin: true, groups: [] });
    expect((await reader.currentAccess()).coordinator).toBe(true);
  });

  it('a member of no LIS group has no role', async () => {
    const { site, reader } = setup();
    site.permissions.setCurrentUser({ groups: ['LIS Data Visitors'] });
    expect(await reader.currentAccess()).toEqual(NO_ACCESS);
  });

  it('403 (no access to the data site at all) is NO_ACCESS, not an error', async () => {
    const { site, reader } = setup();
    site.permissions.failNext({ status: 403, times: 2 });
    expect(await reader.currentAccess()).toEqual(NO_ACCESS);
  });

  it('403 on the whole $batch is NO_ACCESS too', async () => {
    const { site, reader } = setup();
    site.failNext({ status: 403 });
    expect(await reader.currentAccess()).toEqual(NO_ACCESS);
  });

  it('401 (no valid session) is AccessDeniedError; a server error is StoreUnavailableError', async () => {
    const { site, reader } = setup();
    site.permissions.failNext({ status: 401, times: 2 });
    await expect(reader.currentAccess()).rejects.toBeInstanceOf(AccessDeniedError);
    site.permissions.failNext({ status: 500, times: 2 });
    await expect(reader.currentAccess()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('throttled parts are sent again by LisRetry', async () => {
    const { site, reader } = setup();
    site.failNext({ status: 429, headers: { 'Retry-After': '2' } });
    site.permissions.setCurrentUser({ IsSiteAdmin: true });
    expect((await reader.currentAccess()).coordinator).toBe(true);
    expect(site.requests).toHaveLength(2);
  });
});

describe('accessFromGroups', () => {
  it('matches fixed names ignoring case and surrounding blanks; ignores look-alike unit titles', () => {
    const access = accessFromGroups([' lis it-enheten ', 'LIS INFORMATIONSSÄKERHETSSAMORDNARE', 'LIS enhet x: Fel', 'LIS enhet 7 Saknar kolon', 'LIS enhet 0012: Ledande nollor'], false);
    expect(access.itStaff).toBe(true);
    expect(access.coordinator).toBe(true);
    expect(access.reader).toBe(false);
    expect([...access.unitIds]).toEqual(['0012']);
  });
});
