/**
 * The reminder job over the strict fake SharePoint site (tests/contract, read-only) and the fake Graph
 * (tests/graph/fakeGraph.ts): the data is written through the real SharePoint repositories, then the job reads it
 * through its own PnPjs pipeline (bearer token + LisRetry) and sends through the real GraphMailSender.
 */
import type { JobConfig } from '../../functions/src/config';
import { createJobServices, type JobServices } from '../../functions/src/jobServices';
import { ALL_LISTS, type ListDefinition } from '../../src/data/schema';
import { reminderLogList } from '../../src/data/schema/reminderLogList';
import {
  SharePointOrgUnitRepository,
  SharePointRiskActionRepository,
  SharePointRiskAnalysisRepository,
  SharePointRiskRepository,
} from '../../src/data/sharepoint';
import { FakeSharePointSite, spOverSite } from '../contract/fakeSharePointSite';
import { action, analysis, risk } from '../contract/riskRepositories.contract';
import { allAccepted, fakeClock, fakeGraphFetch, type BatchHandler } from '../graph/fakeGraph';
import { ScopedFakeCredential } from './fakeCredential';

export const SITE = 'https://contoso.sharepoint.com/sites/lis';
export const SENDER = 'lis-paminnelser@contoso.se';
/** Monday 30 November 2026, 06:00 in Stockholm. */
export const NOW = new Date('2026-11-30T05:00:00Z');
export const TOMORROW = '2026-12-01';

export const CONFIG: JobConfig = {
  siteUrl: SITE,
  senderMailbox: SENDER,
  credential: 'managedIdentity',
  schedule: '0 0 6 * * 1-5',
  dryRun: false,
  mailsPerMinute: 30,
};

export function person(i: number): { displayName: string; email: string } {
  return { displayName: `Person ${i}`, email: `person${i}@contoso.se` };
}

export function siteLists(): ListDefinition[] {
  const lists = [...ALL_LISTS];
  if (!lists.some((l) => l.url === reminderLogList.url)) lists.push(reminderLogList);
  return lists;
}

/** A site where `people` people each own one open risk action due tomorrow: one digest each (1-day reminder). */
export async function seededSite(people: number): Promise<FakeSharePointSite> {
  const site = new FakeSharePointSite(siteLists(), SITE);
  const { sp } = spOverSite(site);
  const unit = await new SharePointOrgUnitRepository(sp, SITE).create({
    name: 'Vård- och omsorgsförvaltningen',
    kind: 'forvaltning',
    parentId: null,
    representatives: [{ displayName: 'Anna Berg', email: 'anna.berg@contoso.se' }],
    securityContact: null,
    active: true,
  });
  site.createUnitFolders([unit.id]); // the setup's `enhet-<id>` folders, where the unit's items are created
  const storedAnalysis = await new SharePointRiskAnalysisRepository(sp, SITE).create(analysis(unit.id, { nextFollowUpDate: '2027-06-30' }));
  const storedRisk = await new SharePointRiskRepository(sp, SITE).create(risk(storedAnalysis.id));
  const actions = new SharePointRiskActionRepository(sp, SITE);
  for (let i = 0; i < people; i++) {
    await actions.create(action(storedRisk.id, { description: `Åtgärd ${i}`, responsible: person(i), targetDate: TOMORROW }));
  }
  return site;
}

export interface JobHarness {
  site: FakeSharePointSite;
  graph: ReturnType<typeof fakeGraphFetch>;
  credential: ScopedFakeCredential;
  services: JobServices;
  /** Marks where the job's own SharePoint traffic starts (after seeding). */
  mark: () => void;
  /** SharePoint writes since the mark: non-GET requests and non-GET parts of `$batch` requests. */
  writes: () => number;
  logItems: () => number;
}

export function jobOver(site: FakeSharePointSite, handler: BatchHandler = allAccepted(), config: JobConfig = CONFIG): JobHarness {
  const graph = fakeGraphFetch(handler);
  const credential = new ScopedFakeCredential();
  const clock = fakeClock(NOW.getTime());
  const services = createJobServices(config, {
    credential,
    sharePointFetch: site.fetch,
    graphFetch: graph.fetch,
    sleep: async () => undefined,
    senderClock: clock,
    now: () => NOW,
  });
  let requestMark = site.requests.length;
  let partMark = site.batchParts.length;
  return {
    site,
    graph,
    credential,
    services,
    mark: () => {
      requestMark = site.requests.length;
      partMark = site.batchParts.length;
    },
    writes: () =>
      site.requests.slice(requestMark).filter((r) => r.method !== 'GET' && !/\/_api\/\$batch$/i.test(new URL(r.url).pathname)).length +
      site.batchParts.slice(partMark).filter((p) => p.method !== 'GET').length,
    logItems: () => site.list(reminderLogList).itemCount,
  };
}
