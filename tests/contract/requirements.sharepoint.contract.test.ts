/** @jest-environment node */
import { actionPlanEntriesList, classificationsList, handoversList, requirementsList } from '../../src/data/schema';
import { SharePointActionPlanRepository, SharePointHandoverRepository, SharePointRequirementCatalogueRepository } from '../../src/data/sharepoint';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { describeActionPlanContract, describeHandoverContract, describeRequirementCatalogueContract } from './requirementRepositories.contract';

// Plan entries and handovers are created in the folder of their object's owner unit: objects 7 and 8 exist,
// owned by units 12 and 13, with the setup's unit folders.
const LISTS = [requirementsList, actionPlanEntriesList, handoversList, classificationsList];

function withObjects(site: FakeSharePointSite): FakeSharePointSite {
  site.seedClassificationObject('7', '12');
  site.seedClassificationObject('8', '13');
  return site;
}
const noWait = { sleep: async (): Promise<void> => undefined };

// Small batches so that the default catalogue and the plans go out in several `$batch` requests.
describeRequirementCatalogueContract('SharePoint (real PnPjs over a fake SharePoint site, $batch)', async () => {
  const site = withObjects(new FakeSharePointSite(LISTS));
  const { sp } = spOverSite(site);
  return { repo: new SharePointRequirementCatalogueRepository(sp, site.siteUrl, { maxRequests: 7, ...noWait }) };
});

describeActionPlanContract('SharePoint (real PnPjs over a fake SharePoint site, $batch)', async () => {
  const site = withObjects(new FakeSharePointSite(LISTS));
  const { sp } = spOverSite(site);
  return { repo: new SharePointActionPlanRepository(sp, site.siteUrl, { maxRequests: 3, ...noWait }), objectIds: ['7', '8'] };
});

describeHandoverContract('SharePoint (real PnPjs over a fake SharePoint site)', async () => {
  const site = withObjects(new FakeSharePointSite(LISTS));
  const { sp } = spOverSite(site);
  return { repo: new SharePointHandoverRepository(sp, site.siteUrl), objectIds: ['7', '8'] };
});

// The same contracts while SharePoint throttles: every 5th request to the site is answered 429 (a `$batch` request
// included), and every 4th batch part 429 as well. Retries are invisible to callers.
function throttledSite(): { site: FakeSharePointSite; sleeps: number[]; sp: ReturnType<typeof spOverSite>['sp']; partSleeps: number[] } {
  const site = withObjects(new FakeSharePointSite(LISTS));
  let requests = 0;
  site.failNext({ status: 429, headers: { 'Retry-After': '2' }, times: Number.POSITIVE_INFINITY, when: () => ++requests % 5 === 1 });
  let parts = 0;
  for (const def of LISTS) {
    site.list(def).failNext({ status: 429, headers: { 'Retry-After': '1' }, times: Number.POSITIVE_INFINITY, when: (r) => r.method !== 'GET' && ++parts % 4 === 0 });
  }
  const { sp, sleeps } = spOverSite(site);
  return { site, sp, sleeps, partSleeps: [] };
}

describeRequirementCatalogueContract('SharePoint under throttling (whole batches and single parts)', async () => {
  const { site, sp, sleeps } = throttledSite();
  const partSleeps: number[] = [];
  return {
    repo: new SharePointRequirementCatalogueRepository(sp, site.siteUrl, { maxRequests: 7, sleep: async (ms) => void partSleeps.push(ms) }),
    cleanup: async () => {
      expect(sleeps.length).toBeGreaterThan(0);
      // 2 s: a throttled request (a whole `$batch` included); 1 s: a throttled single write outside a batch.
      expect(sleeps.every((ms) => ms === 2000 || ms === 1000)).toBe(true);
      expect(partSleeps.every((ms) => ms === 1000)).toBe(true);
    },
  };
});

describeActionPlanContract('SharePoint under throttling (whole batches and single parts)', async () => {
  const { site, sp } = throttledSite();
  return { repo: new SharePointActionPlanRepository(sp, site.siteUrl, { maxRequests: 3, ...noWait }), objectIds: ['7', '8'] };
});
