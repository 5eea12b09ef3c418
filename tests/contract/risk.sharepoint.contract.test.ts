/** @jest-environment node */
import { riskActionsList, riskAnalysesList, riskMatricesList, risksList } from '../../src/data/schema';
import { SharePointRiskActionRepository, SharePointRiskAnalysisRepository, SharePointRiskMatrixRepository, SharePointRiskRepository } from '../../src/data/sharepoint';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';
import { describeRiskRepositoriesContract, type RiskFixture } from './riskRepositories.contract';

const LISTS = [riskMatricesList, riskAnalysesList, risksList, riskActionsList];

function fixture(site: FakeSharePointSite, sp: ReturnType<typeof spOverSite>['sp'], cleanup?: () => Promise<void>): RiskFixture {
  // The setup's unit folders for the fixture's units: analyses, risks and actions are created (and moved) there.
  site.createUnitFolders(['3', '4']);
  return {
    repos: {
      riskMatrices: new SharePointRiskMatrixRepository(sp, site.siteUrl),
      riskAnalyses: new SharePointRiskAnalysisRepository(sp, site.siteUrl),
      risks: new SharePointRiskRepository(sp, site.siteUrl),
      riskActions: new SharePointRiskActionRepository(sp, site.siteUrl),
    },
    unitIds: ['3', '4'],
    objectId: '7',
    cleanup,
  };
}

describeRiskRepositoriesContract('SharePoint (real PnPjs over a fake SharePoint site)', async () => {
  const site = new FakeSharePointSite(LISTS);
  const { sp } = spOverSite(site);
  return fixture(site, sp);
});

describeRiskRepositoriesContract('SharePoint under throttling (every 4th request 429, some 503)', async () => {
  const site = new FakeSharePointSite(LISTS);
  let count = 0;
  site.failNext({ status: 429, headers: { 'Retry-After': '1' }, times: Number.POSITIVE_INFINITY, when: () => ++count % 4 === 1 });
  site.failNext({ status: 503, times: Number.POSITIVE_INFINITY, when: () => count % 8 === 3 });
  const { sp, sleeps } = spOverSite(site);
  return fixture(site, sp, async () => {
    // The first request of every test was throttled and retried after the server's Retry-After.
    expect(sleeps.length).toBeGreaterThan(0);
    expect(sleeps).toContain(1000);
  });
});
