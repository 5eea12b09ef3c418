/** @jest-environment node */
/**
 * The exact requests of SharePointReminderLog and SharePointPeopleDirectory through the real PnPjs pipeline over the
 * strict fake site: urls, $filter on indexed columns only (Title, LisRecordedAt) with escaped literals, $select,
 * $orderby, paging past 5 000, the item values written, a duplicate digest (unique Title) treated as recorded,
 * hand-edited rows skipped, 429 retried, missing groups as empty roles.
 */
import { DIRECTORY_GROUP_NAMES, StoreUnavailableError } from '../../src/data/ports';
import { reminderLogList } from '../../src/data/schema';
import { SharePointPeopleDirectory, SharePointReminderLog } from '../../src/data/sharepoint';
import { FakeSharePointSite, spOverSite, type RecordedSiteRequest } from './fakeSharePointSite';
import { reminderEntry } from './reminderLog.contract';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const ITEMS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisReminderLog')/items`;

function setup(): { site: FakeSharePointSite; log: SharePointReminderLog; people: SharePointPeopleDirectory; sleeps: number[] } {
  const site = new FakeSharePointSite([reminderLogList], SITE);
  const { sp, sleeps } = spOverSite(site);
  return { site, log: new SharePointReminderLog(sp, SITE), people: new SharePointPeopleDirectory(sp), sleeps };
}

const pathOf = (r: { url: string }): string => `${new URL(r.url).origin}${new URL(r.url).pathname}`;
const params = (r: { url: string }): URLSearchParams => new URL(r.url).searchParams;

describe('SharePointReminderLog: requests', () => {
  it('has(key) asks for one item by the indexed Title, the key escaped', async () => {
    const { site, log } = setup();
    await log.has("digest:o'brien&söner@norrkoping.example");
    expect(site.requests).toHaveLength(1);
    const [request] = site.requests;
    expect(request.method).toBe('GET');
    expect(pathOf(request)).toBe(ITEMS);
    expect(params(request).get('$filter')).toBe("Title eq 'digest:o''brien&söner@norrkoping.example'");
    expect(params(request).get('$select')).toBe('Id');
    expect(params(request).get('$top')).toBe('1');
    expect(request.url).toContain('%24filter=Title+eq+%27digest%3Ao%27%27brien%26s%C3%B6ner%40norrkoping.example%27');
  });

  it('record(entry) is one POST with exactly the mapped values', async () => {
    const { site, log } = setup();
    await log.record(reminderEntry('d-1', '2026-11-28T06:00:00Z', { status: 'unresolved', reason: 'Mottagaren finns inte', reminderKeys: ['k1', "k'2"] }));
    expect(site.requests).toHaveLength(1);
    const [request] = site.requests as RecordedSiteRequest[];
    expect(request.method).toBe('POST');
    expect(pathOf(request)).toBe(ITEMS);
    expect(JSON.parse(request.rawBody as string)).toEqual({
      Title: 'd-1',
      LisReminderStatus: 'unresolved',
      LisReminderReason: 'Mottagaren finns inte',
      LisRecipientEmail: 'karin.ek@norrkoping.example',
      LisSubject: 'LIS: 2 uppgifter att göra',
      LisRecordedAt: '2026-11-28T06:00:00.000Z',
      LisReminderKeys: '["k1","k\'2"]',
    });
  });

  it('a subject longer than a Text column holds is shortened, not refused', async () => {
    const { site, log } = setup();
    await log.record(reminderEntry('d-long', '2026-11-28T06:00:00Z', { subject: 'x'.repeat(400) }));
    expect((site.list(reminderLogList).raw(1)?.LisSubject as string).length).toBe(255);
  });

  it('a duplicate digest id (SharePoint: SPDuplicateValuesFoundException on the unique Title) counts as recorded', async () => {
    const { site, log } = setup();
    await log.record(reminderEntry('d-1', '2026-11-28T06:00:00Z'));
    await expect(log.record(reminderEntry('d-1', '2026-11-28T06:05:00Z', { status: 'failed' }))).resolves.toBeUndefined();
    expect(site.list(reminderLogList).itemCount).toBe(1);
    expect(site.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
  });

  it('other failures of record() are the ports’ typed errors', async () => {
    const { site, log } = setup();
    site.failNext({ status: 500 });
    await expect(log.record(reminderEntry('d-1', '2026-11-28T06:00:00Z'))).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('record() survives a 429 with Retry-After (one retry, waited as told)', async () => {
    const { site, log, sleeps } = setup();
    site.failNext({ status: 429, headers: { 'Retry-After': '7' } });
    await log.record(reminderEntry('d-1', '2026-11-28T06:00:00Z'));
    expect(sleeps).toEqual([7000]);
    expect(site.list(reminderLogList).itemCount).toBe(1);
  });

  it('sentKeys(since) filters on the indexed time column, selects only Title and the keys, and pages past 5 000', async () => {
    const { site, log } = setup();
    const list = site.list(reminderLogList);
    for (let i = 0; i < 5003; i++) {
      list.seed({ Title: `d-${i}`, LisReminderStatus: 'sent', LisRecipientEmail: 'a@b.example', LisRecordedAt: '2026-11-20T06:00:00Z', LisReminderKeys: JSON.stringify([`k-${i}`]) });
    }
    list.seed({ Title: 'old', LisReminderStatus: 'sent', LisRecipientEmail: 'a@b.example', LisRecordedAt: '2026-01-01T06:00:00Z', LisReminderKeys: '["k-old"]' });
    list.seed({ Title: 'hand-edited', LisReminderStatus: 'sent', LisRecipientEmail: 'a@b.example', LisRecordedAt: '2026-11-21T06:00:00Z', LisReminderKeys: '[oops' });
    const keys = await log.sentKeys(new Date('2026-09-01T00:00:00.999Z'));
    expect(keys.size).toBe(5003 * 2 + 1);
    expect(keys.has('k-5002')).toBe(true);
    expect(keys.has('hand-edited')).toBe(true);
    expect(keys.has('old')).toBe(false);
    expect(site.requests).toHaveLength(3);
    const [first] = site.requests;
    expect(params(first).get('$filter')).toBe("LisRecordedAt ge datetime'2026-09-01T00:00:00Z'");
    expect(params(first).get('$select')).toBe('Title,LisReminderKeys');
    expect(params(first).get('$top')).toBe('2000');
    expect(site.requests.slice(1).every((r) => r.url.includes('skiptoken'))).toBe(true);
  });

  it('recent(limit) orders by the recording time, newest first, and skips rows that cannot be read', async () => {
    const { site, log } = setup();
    const list = site.list(reminderLogList);
    list.seed({ Title: 'a', LisReminderStatus: 'sent', LisRecipientEmail: 'a@b.example', LisRecordedAt: '2026-11-26T06:00:00Z', LisReminderKeys: '[]' });
    list.seed({ Title: 'broken', LisReminderStatus: 'sent', LisRecipientEmail: 'a@b.example', LisRecordedAt: '2026-11-28T06:00:00Z', LisReminderKeys: 'not json' });
    list.seed({ Title: 'c', LisReminderStatus: 'maybe', LisRecipientEmail: 'a@b.example', LisRecordedAt: '2026-11-28T07:00:00Z', LisReminderKeys: '[]' });
    list.seed({ Title: 'b', LisReminderStatus: 'failed', LisReminderReason: 'Graph 500', LisRecipientEmail: 'a@b.example', LisRecordedAt: '2026-11-27T06:00:00Z', LisReminderKeys: '["k"]' });
    const entries = await log.recent(50);
    expect(entries.map((e) => e.key)).toEqual(['b', 'a']);
    expect(entries[0]).toEqual({ key: 'b', status: 'failed', reason: 'Graph 500', recipient: 'a@b.example', subject: '', at: '2026-11-27T06:00:00.000Z', reminderKeys: ['k'] });
    const [request] = site.requests;
    expect(params(request).get('$orderby')).toBe('LisRecordedAt desc');
    expect(params(request).get('$top')).toBe('50');
    expect(params(request).get('$select')?.split(',')).toEqual(['Id', 'Title', 'LisReminderStatus', 'LisReminderReason', 'LisRecipientEmail', 'LisSubject', 'LisRecordedAt', 'LisReminderKeys']);
  });

  it('recent() never asks for more than SharePoint allows', async () => {
    const { site, log } = setup();
    await log.recent(100000);
    expect(params(site.requests[0]).get('$top')).toBe('5000');
  });

  it('a missing list (LIS not installed) is StoreUnavailableError', async () => {
    const site = new FakeSharePointSite([], SITE);
    const log = new SharePointReminderLog(spOverSite(site).sp, SITE);
    await expect(log.has('x')).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('SharePointPeopleDirectory: requests', () => {
  it('reads the role’s site group by name, selecting only name, e-mail and UPN', async () => {
    const { site, people } = setup();
    site.setGroup(DIRECTORY_GROUP_NAMES.coordinator, [{ Title: 'Sara Nyborg', Email: 'Sara.Nyborg@norrkoping.example', UserPrincipalName: 'sara.nyborg@norrkoping.example' }]);
    expect(await people.members('coordinator')).toEqual([{ displayName: 'Sara Nyborg', email: 'Sara.Nyborg@norrkoping.example' }]);
    expect(site.requests).toHaveLength(1);
    const [request] = site.requests;
    expect(request.method).toBe('GET');
    expect(pathOf(request)).toBe(`${SITE}/_api/web/siteGroups/getByName('LIS%20Informationss%C3%A4kerhetssamordnare')/users`);
    expect(params(request).get('$select')).toBe('Title,Email,UserPrincipalName');
  });

  it('falls back to the UPN, skips users with neither e-mail nor UPN, and lists each address once', async () => {
    const { site, people } = setup();
    site.setGroup(DIRECTORY_GROUP_NAMES.itStaff, [
      { Title: 'Ivar IT-tekniker', Email: '', UserPrincipalName: 'ivar.it@norrkoping.example' },
      { Title: 'Alla användare', Email: '', UserPrincipalName: null },
      { Title: 'Petra Holmgren', Email: 'petra.holmgren@norrkoping.example', UserPrincipalName: 'petra.holmgren@norrkoping.example' },
      { Title: 'Petra (igen)', Email: 'PETRA.HOLMGREN@norrkoping.example', UserPrincipalName: null },
    ]);
    expect(await people.members('itStaff')).toEqual([
      { displayName: 'Ivar IT-tekniker', email: 'ivar.it@norrkoping.example' },
      { displayName: 'Petra Holmgren', email: 'petra.holmgren@norrkoping.example' },
    ]);
  });

  it('a group that does not exist (404) is an empty role', async () => {
    const { people } = setup();
    expect(await people.members('itStaff')).toEqual([]);
  });

  it('retries a throttled request; other failures are typed errors', async () => {
    const { site, people, sleeps } = setup();
    site.setGroup(DIRECTORY_GROUP_NAMES.coordinator, [{ Title: 'Sara', Email: 'sara@norrkoping.example' }]);
    site.failNext({ status: 429, headers: { 'Retry-After': '2' } });
    expect(await people.members('coordinator')).toHaveLength(1);
    expect(sleeps).toEqual([2000]);
    site.failNext({ status: 500 });
    await expect(people.members('coordinator')).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
