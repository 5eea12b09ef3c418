/** @jest-environment node */
import { SharePointOrgUnitRepository } from '../../src/data/sharepoint';
import { FakeSharePoint, spOverFake } from './fakeSharePoint';
import { describeOrgUnitRepositoryContract } from './orgUnitRepository.contract';

describeOrgUnitRepositoryContract('SharePoint (real PnPjs over a fake SharePoint REST server)', async () => {
  const fake = new FakeSharePoint();
  const { sp } = spOverFake(fake);
  return { repo: new SharePointOrgUnitRepository(sp, fake.siteUrl) };
});

// The same contract while SharePoint throttles the first and every third request after it (429 and 503 in turn):
// retries are invisible to callers.
describeOrgUnitRepositoryContract('SharePoint under throttling (every 3rd request 429/503)', async () => {
  const fake = new FakeSharePoint();
  let count = 0;
  fake.failNext({ status: 429, headers: { 'Retry-After': '1' }, times: Number.POSITIVE_INFINITY, when: () => ++count % 6 === 1 });
  fake.failNext({ status: 503, times: Number.POSITIVE_INFINITY, when: () => count % 6 === 4 });
  const { sp, sleeps } = spOverFake(fake);
  return {
    repo: new SharePointOrgUnitRepository(sp, fake.siteUrl),
    cleanup: async () => {
      // The first request of every test was throttled and retried after a sleep (Retry-After 1 s, or the 1 s first backoff).
      expect(sleeps.length).toBeGreaterThan(0);
      expect(sleeps.every((ms) => ms === 1000)).toBe(true);
    },
  };
});
