/** @jest-environment node */
import { reminderLogList } from '../../src/data/schema';
import { SharePointReminderLog } from '../../src/data/sharepoint';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { describeReminderLogContract } from './reminderLog.contract';

const SITE = 'https://contoso.sharepoint.com/sites/lis';

describeReminderLogContract('SharePoint (PnPjs over the fake site)', async () => {
  const site = new FakeSharePointSite([reminderLogList], SITE);
  return { log: new SharePointReminderLog(spOverSite(site).sp, SITE) };
});

// Every first attempt is throttled (429 with Retry-After, then 503 in turn); LisRetry sends it again.
describeReminderLogContract('SharePoint under throttling (every other request 429/503)', async () => {
  const site = new FakeSharePointSite([reminderLogList], SITE);
  let count = 0;
  site.failNext({ status: 429, headers: { 'Retry-After': '1' }, times: Number.POSITIVE_INFINITY, when: () => ++count % 4 === 1 });
  site.failNext({ status: 503, times: Number.POSITIVE_INFINITY, when: () => count % 4 === 3 });
  return { log: new SharePointReminderLog(spOverSite(site).sp, SITE) };
});
