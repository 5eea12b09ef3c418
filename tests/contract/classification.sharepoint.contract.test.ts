/** @jest-environment node */
import { SharePointClassificationRepository, SharePointSharedInformationTypeRepository } from '../../src/data/sharepoint';
import { classificationsList, classificationVersionsList, orgUnitsList, sharedInfoTypesList } from '../../src/data/schema';
import { describeClassificationRepositoryContract } from './classificationRepository.contract';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { describeSharedInformationTypeRepositoryContract } from './sharedInformationTypeRepository.contract';

function site(): FakeSharePointSite {
  const fake = new FakeSharePointSite([orgUnitsList, classificationsList, classificationVersionsList, sharedInfoTypesList]);
  // The setup's unit folders for the contract's owner units: items are created (and moved) there.
  fake.createUnitFolders(['12', '13']);
  return fake;
}

describeClassificationRepositoryContract('SharePoint (real PnPjs over a fake SharePoint REST server)', async () => {
  const fake = site();
  const { sp } = spOverSite(fake);
  return { repo: new SharePointClassificationRepository(sp, fake.siteUrl) };
});

describeClassificationRepositoryContract('SharePoint under throttling (every 3rd request 429/503)', async () => {
  const fake = site();
  let count = 0;
  fake.failNext({ status: 429, headers: { 'Retry-After': '1' }, times: Number.POSITIVE_INFINITY, when: () => ++count % 6 === 1 });
  fake.failNext({ status: 503, times: Number.POSITIVE_INFINITY, when: () => count % 6 === 4 });
  const { sp, sleeps } = spOverSite(fake);
  return {
    repo: new SharePointClassificationRepository(sp, fake.siteUrl),
    cleanup: async () => {
      // The first request of every test was throttled and retried after a sleep.
      expect(sleeps.length).toBeGreaterThan(0);
      expect(sleeps.every((ms) => ms === 1000)).toBe(true);
    },
  };
});

describeSharedInformationTypeRepositoryContract('SharePoint (real PnPjs over a fake SharePoint REST server)', async () => {
  const fake = site();
  const { sp } = spOverSite(fake);
  return { repo: new SharePointSharedInformationTypeRepository(sp, fake.siteUrl) };
});
