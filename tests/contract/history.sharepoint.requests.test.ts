/** @jest-environment node */
/**
 * SharePointItemHistory over the real PnPjs pipeline and the fake site with list versioning
 * (fakeSharePointVersions.ts): the exact versions request per entity, each version mapped by the list's item mapper
 * and diffed newest first, who from the version's Editor.LookupValue, unreadable versions marked, errors mapped.
 */
import { NotFoundError, StoreUnavailableError } from '../../src/data/ports';
import { classificationsList, orgUnitsList, riskActionsList, riskAnalysesList, risksList } from '../../src/data/schema';
import {
  SharePointClassificationRepository,
  SharePointItemHistory,
  SharePointOrgUnitRepository,
  SharePointRiskActionRepository,
  SharePointRiskAnalysisRepository,
  SharePointRiskRepository,
} from '../../src/data/sharepoint';
import { completeDraft } from './classificationFixtures';
import { FakeSharePointSite } from './fakeSharePointSite';
import { FakeSharePointVersions, spOverVersions } from './fakeSharePointVersions';
import { withoutPartialCreation } from '../../src/data/sharepoint/history/SharePointItemHistory';
import { action, analysis, risk } from './riskRepositories.contract';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const LISTS = [orgUnitsList, classificationsList, riskAnalysesList, risksList, riskActionsList];
const versionsUrl = (list: string, id: number): string => `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2F${list}')/items(${id})/versions`;

function setup() {
  const site = new FakeSharePointSite(LISTS, SITE);
  const versions = new FakeSharePointVersions(site, LISTS);
  const sp = spOverVersions(versions, SITE);
  return {
    site,
    versions,
    history: new SharePointItemHistory(sp, SITE),
    units: new SharePointOrgUnitRepository(sp, SITE),
    classifications: new SharePointClassificationRepository(sp, SITE),
    analyses: new SharePointRiskAnalysisRepository(sp, SITE),
    risks: new SharePointRiskRepository(sp, SITE),
    actions: new SharePointRiskActionRepository(sp, SITE),
  };
}

const UNIT = { name: 'Vård- och omsorgsnämnden', kind: 'namnd' as const, parentId: null, representatives: [], securityContact: null, active: true };

/** An org unit with its unit folders in the unit-scoped lists (as the setup creates them). */
async function created(s: ReturnType<typeof setup>) {
  const unit = await s.units.create(UNIT);
  s.site.createUnitFolders([unit.id]);
  return unit;
}

function split(url: string): { path: string; select: string[] } {
  const parsed = new URL(url);
  return { path: `${parsed.origin}${parsed.pathname}`, select: (parsed.searchParams.get('$select') ?? '').split(',') };
}

describe('SharePointItemHistory: requests', () => {
  it('GETs the risk versions with the LIS columns, lookups by name, VersionLabel, Created and Editor', async () => {
    const s = setup();
    const unit = await created(s);
    const stored = await s.analyses.create(analysis(unit.id));
    const saved = await s.risks.create(risk(stored.id));
    await s.history.history('risk', saved.id);
    expect(s.versions.requests).toHaveLength(1);
    const [request] = s.versions.requests;
    expect(split(request.url)).toEqual({
      path: versionsUrl('LisRisks', Number(saved.id)),
      select: ['VersionLabel', 'Created', 'Editor', 'LisAnalysis', 'LisOwnerUnit', 'LisTreatment', 'LisContent'],
    });
    expect(request.headers.accept).toContain('application/json');
  });

  it.each([
    ['classification', 'LisClassifications', ['VersionLabel', 'Created', 'Editor', 'Title', 'LisObjectKind', 'LisOwnerUnit', 'LisStatus', 'LisVersion', 'LisNextReviewDate', 'LisApprovedByName', 'LisApprovedByEmail', 'LisApprovedAt', 'LisContent']],
    ['riskAnalysis', 'LisRiskAnalyses', ['VersionLabel', 'Created', 'Editor', 'Title', 'LisSubjectKind', 'LisClassification', 'LisOwnerUnit', 'LisStatus', 'LisAnalysisDate', 'LisNextFollowUp', 'LisMatrixVersion', 'LisContent']],
    ['riskAction', 'LisRiskActions', ['VersionLabel', 'Created', 'Editor', 'LisRisk', 'LisAnalysis', 'LisStatus', 'LisTargetDate', 'LisContent']],
    ['orgUnit', 'LisOrgUnits', ['VersionLabel', 'Created', 'Editor', 'Title', 'LisKind', 'LisParentUnit', 'LisRepresentatives', 'LisSecurityContactName', 'LisSecurityContactEmail', 'LisActive']],
  ] as const)('%s: versions of the item in %s', async (entity, list, select) => {
    const s = setup();
    const unit = await created(s);
    const c = await s.classifications.create(completeDraft(unit.id));
    const a = await s.analyses.create(analysis(unit.id));
    const r = await s.risks.create(risk(a.id));
    const x = await s.actions.create(action(r.id));
    const id = { classification: c.id, riskAnalysis: a.id, riskAction: x.id, orgUnit: unit.id }[entity];
    await s.history.history(entity, id);
    expect(split(s.versions.requests[0].url)).toEqual({ path: versionsUrl(list, Number(id)), select: [...select] });
  });
});

describe('SharePointItemHistory: entries', () => {
  it('diffs the versions newest first, who from the version Editor, when from Created', async () => {
    const s = setup();
    const unit = await created(s);
    const a = await s.analyses.create(analysis(unit.id, { status: 'pagar', nextFollowUpDate: null }));
    s.site.list(riskAnalysesList).editorName = 'Karin Ekwall';
    await s.analyses.update(a.id, a.etag, { ...analysis(unit.id), status: 'klar', nextFollowUpDate: '2026-09-15' });
    const entries = await s.history.history('riskAnalysis', a.id);
    // A create in a unit folder saves twice (text values, then typed ones): the partial first version is left out.
    expect(entries.map((e) => [e.version, e.by, e.unreadable === true])).toEqual([['3.0', 'Karin Ekwall', false], ['2.0', 'Sara Sandström', false]]);
    expect(entries[0].at).toMatch(/^2026-02-01T09:\d\d:00Z$/);
    expect(entries[0].changes).toEqual([
      { field: 'status', from: 'Pågår', to: 'Klar' },
      { field: 'nextFollowUpDate', from: '', to: '2026-09-15' },
    ]);
    expect(entries[entries.length - 1].changes).toContainEqual({ field: 'ownerUnit', from: '', to: unit.id });
  });

  it("reads a lookup's id from the version's { LookupId } value", async () => {
    const s = setup();
    const parent = await s.units.create(UNIT);
    const child = await s.units.create({ ...UNIT, name: 'Vårdförvaltningen', kind: 'forvaltning' });
    await s.units.update(child.id, child.etag, { ...UNIT, name: 'Vårdförvaltningen', kind: 'forvaltning', parentId: parent.id });
    const [latest] = await s.history.history('orgUnit', child.id);
    expect(latest.changes).toEqual([{ field: 'parent', from: '', to: parent.id }]);
  });

  it('marks a version the mapper rejects, and diffs across it', async () => {
    const s = setup();
    const unit = await created(s);
    const a = await s.analyses.create(analysis(unit.id));
    const r = await s.risks.create(risk(a.id));
    const second = await s.risks.update(r.id, r.etag, risk(a.id, { cause: 'gamla servrar' }));
    await s.risks.update(second.id, second.etag, risk(a.id, { cause: 'gamla servrar', treatment: 'acceptera' }));
    s.versions.editVersion(risksList, Number(r.id), '2.0', { LisContent: '{not json' });
    const entries = await s.history.history('risk', r.id);
    expect(entries.map((e) => [e.version, e.unreadable === true])).toEqual([['3.0', false], ['2.0', true], ['1.0', false]]);
    expect(entries[1].changes).toEqual([]);
    expect(entries[0].changes).toEqual([
      { field: 'cause', from: 'bristande uppdateringar', to: 'gamla servrar' },
      { field: 'treatment', from: 'Reducera', to: 'Acceptera' },
    ]);
  });

  it('NotFoundError for an id that is not an item id (no request) or an item that does not exist', async () => {
    const s = setup();
    await expect(s.history.history('risk', 'abc')).rejects.toBeInstanceOf(NotFoundError);
    expect(s.versions.requests).toHaveLength(0);
    await expect(s.history.history('risk', '99')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('retries a 503 and gives StoreUnavailableError when SharePoint keeps answering it', async () => {
    const s = setup();
    await s.units.create(UNIT);
    s.versions.failNext(503, 1);
    expect(await s.history.history('orgUnit', '1')).toHaveLength(1);
    expect(s.versions.requests).toHaveLength(2);
    s.versions.failNext(503, 100);
    await expect(s.history.history('orgUnit', '1')).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});

describe('withoutPartialCreation', () => {
  const v = (version: string, by: string, value: unknown) => ({ version, at: '', by, value });
  it('drops leading unreadable versions by the creator only when a readable one follows', () => {
    expect(withoutPartialCreation([v('1.0', 'A', undefined), v('2.0', 'A', {}), v('3.0', 'B', undefined)]).map((x) => x.version)).toEqual(['2.0', '3.0']);
    expect(withoutPartialCreation([v('1.0', 'A', undefined), v('2.0', 'B', {})]).map((x) => x.version)).toEqual(['1.0', '2.0']);
    expect(withoutPartialCreation([v('1.0', 'A', undefined), v('2.0', 'A', undefined)]).map((x) => x.version)).toEqual(['1.0', '2.0']);
    expect(withoutPartialCreation([])).toEqual([]);
  });
});
