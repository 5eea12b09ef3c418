/** @jest-environment node */
/**
 * SharePointPermissionAdmin.check (reads only) and drift after a completed setup: a grant added by hand to a unit
 * folder, a renamed unit group, an index removed, versioning turned off, a deleted list or field, items outside
 * their unit's folder or with their own permissions, and more unique scopes than SharePoint's guidance — each
 * reported with a stable key, and the fixable ones repaired by fix with exactly the expected write.
 */
import { actionPlanEntriesList, classificationsList, risksList } from '../../src/data/schema';
import { SCOPE_WARNING_LIMIT } from '../../src/data/sharepoint';
import { FIXED_GROUP_NAMES, unitGroupName } from '../../src/domain/access';
import { ROLE_DEF_ID } from './fakeSharePointPermissions';
import { permissionSetup, SITE, UNITS, type PermissionSetup } from './permissionsFixtures';

const CLASSIFICATIONS = `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisClassifications')`;

async function afterSetup(): Promise<PermissionSetup> {
  const setup = permissionSetup();
  const result = await setup.admin.fix(UNITS);
  expect(result.report.findings).toEqual([]);
  return setup;
}

function folder(setup: PermissionSetup, name: string): number {
  const found = setup.site.list(classificationsList).folders().find((f) => f.name === name);
  if (!found) throw new Error(`no folder ${name}`);
  return found.id;
}

const writesSince = (setup: PermissionSetup, from: number): Array<{ method: string; url: string; body?: unknown }> =>
  setup.site.batchParts.slice(from).filter((p) => p.method !== 'GET').map((p) => ({ method: p.method, url: p.url, body: p.body }));

describe('SharePointPermissionAdmin.check', () => {
  it('on a freshly installed site reports the missing setup, and only reads', async () => {
    const { site, admin } = permissionSetup();
    const report = await admin.check(UNITS);
    const count = (kind: string): number => report.findings.filter((f) => f.kind === kind).length;
    expect(count('groupMissing')).toBe(5);
    expect(count('listInheritsPermissions')).toBe(12);
    expect(count('folderMissing')).toBe(14);
    expect(report.findings).toHaveLength(31);
    expect(report.findings.every((f) => f.fixable)).toBe(true);
    expect(report.checked).toEqual({ lists: 12, groups: 5, folders: 14, items: 0 });
    expect(report.checkedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(site.batchParts.every((p) => p.method === 'GET')).toBe(true);
    expect(site.requests.filter((r) => r.method !== 'GET').map((r) => r.url)).toEqual([`${SITE}/_api/$batch`]);
    expect(site.permissions.writes).toEqual([]);
  });

  it('reads web and list state in one $batch with exactly these parts per list', async () => {
    const { site, admin } = permissionSetup();
    await admin.check(UNITS);
    expect(site.batches).toBe(1);
    const parts = site.batchParts.map((p) => p.url);
    expect(parts.slice(0, 6)).toEqual([
      `${SITE}/_api/web/siteGroups?%24select=Id%2CTitle`,
      `${SITE}/_api/web/associatedOwnerGroup?%24select=Id`,
      `${SITE}/_api/web/roleDefinitions/getbytype(2)?%24select=Id%2CRoleTypeKind`,
      `${SITE}/_api/web/roleDefinitions/getbytype(3)?%24select=Id%2CRoleTypeKind`,
      `${SITE}/_api/web/roleDefinitions/getbytype(5)?%24select=Id%2CRoleTypeKind`,
      `${SITE}/_api/web/roleDefinitions/getbytype(6)?%24select=Id%2CRoleTypeKind`,
    ]);
    expect(parts.filter((u) => u.startsWith(CLASSIFICATIONS))).toEqual([
      `${CLASSIFICATIONS}?%24select=Id%2CEnableVersioning%2CEnableFolderCreation%2CHasUniqueRoleAssignments`,
      `${CLASSIFICATIONS}/fields?%24select=InternalName%2CIndexed`,
      `${CLASSIFICATIONS}/roleAssignments?%24select=PrincipalId%2CMember%2FId%2CMember%2FTitle%2CMember%2FPrincipalType%2CRoleDefinitionBindings%2FId%2CRoleDefinitionBindings%2FName%2CRoleDefinitionBindings%2FRoleTypeKind%2CRoleDefinitionBindings%2FHidden&%24expand=Member%2CRoleDefinitionBindings`,
      `${CLASSIFICATIONS}/rootFolder/folders?%24select=Name%2CListItemAllFields%2FId%2CListItemAllFields%2FHasUniqueRoleAssignments&%24expand=ListItemAllFields`,
    ]);
    expect(parts).toHaveLength(6 + 12 * 3 + 7);
    const itemReads = site.requests.filter((r) => r.method === 'GET').map((r) => new URL(r.url));
    expect(itemReads).toHaveLength(7);
    expect(itemReads[0].pathname).toBe("/sites/lis/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisClassifications')/items");
    expect(itemReads[0].searchParams.get('$select')).toBe('Id,FSObjType,FileDirRef,HasUniqueRoleAssignments,LisOwnerUnitId');
    expect(itemReads[0].searchParams.get('$top')).toBe('2000');
  });

  it('a grant added by hand to a unit folder is unexpected; fix removes exactly that one', async () => {
    const setup = await afterSetup();
    const id = folder(setup, 'enhet-12');
    setup.site.permissions.grantByHand(classificationsList.url, id, unitGroupName(UNITS[1]), ROLE_DEF_ID.contribute);
    const report = await setup.admin.check(UNITS);
    expect(report.findings).toEqual([
      {
        key: `grantUnexpected:classifications/enhet-12:${unitGroupName(UNITS[1])}:contribute`,
        kind: 'grantUnexpected',
        severity: 'error',
        listKey: 'classifications',
        subject: unitGroupName(UNITS[1]),
        params: { folder: 'enhet-12', role: 'contribute' },
        fixable: true,
      },
    ]);
    const from = setup.site.batchParts.length;
    const result = await setup.admin.fix(UNITS);
    const principal = setup.site.permissions.groupByTitle(unitGroupName(UNITS[1]))?.Id;
    expect(writesSince(setup, from)).toEqual([{ method: 'POST', url: `${CLASSIFICATIONS}/items(${id})/roleassignments/removeroleassignment(principalid=${String(principal)},roledefid=${ROLE_DEF_ID.contribute})`, body: undefined }]);
    expect(result.repaired.map((f) => f.key)).toEqual([report.findings[0].key]);
    expect(result.report.findings).toEqual([]);
  });

  it('a grant removed by hand from a list is missing; fix adds it', async () => {
    const setup = await afterSetup();
    const settings = setup.site.permissions;
    const reader = settings.groupByTitle(FIXED_GROUP_NAMES.reader)?.Id as number;
    const from = setup.site.batchParts.length;
    // Remove through the REST endpoint itself, as someone would in the browser.
    await fetchPost(setup, `${CLASSIFICATIONS}/roleassignments/removeroleassignment(principalid=${reader},roledefid=${ROLE_DEF_ID.read})`);
    const report = await setup.admin.check(UNITS);
    expect(report.findings.map((f) => f.key)).toEqual([`grantMissing:classifications:${FIXED_GROUP_NAMES.reader}:read`]);
    await setup.admin.fix(UNITS);
    expect(writesSince(setup, from)).toEqual([{ method: 'POST', url: `${CLASSIFICATIONS}/roleassignments/addroleassignment(principalid=${reader},roledefid=${ROLE_DEF_ID.read})`, body: undefined }]);
  });

  it("a renamed unit group (also one with a quote and an ampersand) is drift; fix renames it by id", async () => {
    const setup = await afterSetup();
    setup.site.permissions.renameGroup(unitGroupName(UNITS[1]), "LIS enhet 14: O'Brien & Söner (gammalt namn)");
    const report = await setup.admin.check(UNITS);
    expect(report.findings).toEqual([
      { key: 'groupTitleDrift:14', kind: 'groupTitleDrift', severity: 'warning', subject: "LIS enhet 14: O'Brien & Söner AB", params: { actual: "LIS enhet 14: O'Brien & Söner (gammalt namn)", unitId: '14' }, fixable: true },
    ]);
    const id = setup.site.permissions.groupByTitle("LIS enhet 14: O'Brien & Söner (gammalt namn)")?.Id;
    const from = setup.site.batchParts.length;
    const result = await setup.admin.fix(UNITS);
    expect(writesSince(setup, from)).toEqual([{ method: 'MERGE', url: `${SITE}/_api/web/siteGroups(${String(id)})`, body: { Title: "LIS enhet 14: O'Brien & Söner AB" } }]);
    expect(result.report.findings).toEqual([]);
  });

  it('an index removed by hand is reported and put back with Indexed=true on that field only', async () => {
    const setup = await afterSetup();
    setup.site.permissions.listSettings(classificationsList.url).fields.set('LisStatus', false);
    const report = await setup.admin.check(UNITS);
    expect(report.findings.map((f) => [f.key, f.fixable])).toEqual([['fieldNotIndexed:classifications:LisStatus', true]]);
    const from = setup.site.batchParts.length;
    await setup.admin.fix(UNITS);
    expect(writesSince(setup, from)).toEqual([{ method: 'MERGE', url: `${CLASSIFICATIONS}/fields/getByInternalNameOrTitle('LisStatus')`, body: { Indexed: true } }]);
    expect(setup.site.permissions.listSettings(classificationsList.url).fields.get('LisStatus')).toBe(true);
  });

  it('versioning turned off is reported and turned back on', async () => {
    const setup = await afterSetup();
    setup.site.permissions.listSettings(risksList.url).versioning = false;
    const report = await setup.admin.check(UNITS);
    expect(report.findings.map((f) => f.key)).toEqual(['versioningOff:risks']);
    const from = setup.site.batchParts.length;
    await setup.admin.fix(UNITS);
    expect(writesSince(setup, from)).toEqual([{ method: 'MERGE', url: `${SITE}/_api/web/getList('%2Fsites%2Flis%2FLists%2FLisRisks')`, body: { EnableVersioning: true } }]);
  });

  it('a deleted list or field is reported as not fixable (the app must be re-added) and fix leaves it', async () => {
    const setup = await afterSetup();
    setup.site.permissions.listSettings(actionPlanEntriesList.url).exists = false;
    setup.site.permissions.listSettings(classificationsList.url).fields.delete('LisProfile');
    const report = await setup.admin.check(UNITS);
    expect(report.findings.map((f) => [f.key, f.fixable])).toEqual([
      ['fieldMissing:classifications:LisProfile', false],
      ['listMissing:actionPlanEntries', false],
    ]);
    const result = await setup.admin.fix(UNITS);
    expect(result.repaired).toEqual([]);
    expect(result.report.findings).toHaveLength(2);
  });

  it('a deleted owner-unit column is reported, and the check still reads the other columns', async () => {
    const setup = await afterSetup();
    setup.site.list(risksList).seed({ Title: 'R', LisOwnerUnitId: 12 });
    setup.site.permissions.listSettings(risksList.url).fields.delete('LisOwnerUnit');
    const report = await setup.admin.check(UNITS);
    expect(report.findings.map((f) => f.key)).toEqual(['fieldMissing:risks:LisOwnerUnit']);
    const read = setup.site.requests.filter((r) => r.method === 'GET' && r.url.includes('LisRisks')).pop();
    expect(new URL(read?.url ?? SITE).searchParams.get('$select')).toBe('Id,FSObjType,FileDirRef,HasUniqueRoleAssignments');
  });

  it('items outside their unit folder (own unit column, or through their classification) are moved by fix', async () => {
    const setup = await afterSetup();
    const classifications = setup.site.list(classificationsList);
    const atRoot = classifications.seed({ Title: 'Elevregister', LisOwnerUnitId: 12 });
    const wrongFolder = classifications.seed({ Title: 'Bygglov', LisOwnerUnitId: 14 }, 'enhet-12');
    const rightFolder = classifications.seed({ Title: 'Hemtjänst', LisOwnerUnitId: 12 }, 'enhet-12');
    const entry = setup.site.list(actionPlanEntriesList).seed({ Title: 'K1', LisClassificationId: wrongFolder }, 'enhet-12');
    const report = await setup.admin.check(UNITS);
    expect(report.findings.map((f) => [f.key, f.params])).toEqual([
      [`itemOutsideUnitFolder:classifications:${atRoot}`, { unitId: '12', folder: 'enhet-12' }],
      [`itemOutsideUnitFolder:classifications:${wrongFolder}`, { unitId: '14', folder: 'enhet-14' }],
      [`itemOutsideUnitFolder:actionPlanEntries:${entry}`, { unitId: '14', folder: 'enhet-14' }],
    ]);
    expect(report.checked.items).toBe(4);
    const result = await setup.admin.fix(UNITS);
    expect(result.report.findings).toEqual([]);
    expect(classifications.folderOf(atRoot)).toBe('enhet-12');
    expect(classifications.folderOf(wrongFolder)).toBe('enhet-14');
    expect(classifications.folderOf(rightFolder)).toBe('enhet-12');
    expect(setup.site.list(actionPlanEntriesList).folderOf(entry)).toBe('enhet-14');
  });

  it('an item with its own permissions is a warning; fix resets it to inherit from its folder', async () => {
    const setup = await afterSetup();
    const id = setup.site.list(classificationsList).seed({ Title: 'Delad', LisOwnerUnitId: 12 }, 'enhet-12');
    setup.site.permissions.breakItemByHand(classificationsList.url, id);
    const report = await setup.admin.check(UNITS);
    expect(report.findings.map((f) => [f.key, f.severity])).toEqual([[`itemUniquePermissions:classifications:${id}`, 'warning']]);
    const from = setup.site.batchParts.length;
    await setup.admin.fix(UNITS);
    expect(writesSince(setup, from)).toEqual([{ method: 'POST', url: `${CLASSIFICATIONS}/items(${id})/resetroleinheritance`, body: undefined }]);
    expect(setup.site.permissions.assignmentsOf(classificationsList.url, id)).toBeUndefined();
  });

  it(`more than ${SCOPE_WARNING_LIMIT} unique scopes in a list is a warning (not fixable by itself)`, async () => {
    const setup = await afterSetup();
    const list = setup.site.list(risksList);
    for (let i = 0; i < SCOPE_WARNING_LIMIT; i++) setup.site.permissions.breakItemByHand(risksList.url, list.seed({ Title: `R${i}`, LisOwnerUnitId: 12 }, 'enhet-12'));
    const report = await setup.admin.check(UNITS);
    const high = report.findings.filter((f) => f.kind === 'scopeCountHigh');
    // The list itself, its two unit folders and 5 000 items.
    expect(high).toEqual([{ key: 'scopeCountHigh:risks', kind: 'scopeCountHigh', severity: 'warning', listKey: 'risks', subject: 'Lists/LisRisks', params: { count: SCOPE_WARNING_LIMIT + 3, limit: SCOPE_WARNING_LIMIT }, fixable: false }]);
  });
});

async function fetchPost(setup: PermissionSetup, url: string): Promise<void> {
  const response = await setup.site.fetch(url, { method: 'POST', headers: { Accept: 'application/json' } });
  expect(response.status).toBe(200);
}
