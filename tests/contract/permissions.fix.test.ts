/** @jest-environment node */
/**
 * SharePointPermissionAdmin.fix through the real PnPjs pipeline over the strict fake site: the exact writes (group
 * bodies, list and field MERGEs, breakroleinheritance, addroleassignment/removeroleassignment, folder creation), the
 * state it leaves (who holds what on lists and unit folders), idempotency (a second run writes nothing), 429
 * retried, 403 → AccessDeniedError naming the missing right.
 */
import { AccessDeniedError } from '../../src/data/ports';
import { actionPlanEntriesList, classificationsList, handoversList, orgUnitsList, reminderLogList } from '../../src/data/schema';
import { NEEDS_MANAGE_PERMISSIONS } from '../../src/data/sharepoint';
import { FIXED_GROUP_NAMES, unitGroupName } from '../../src/domain/access';
import { permissionSetup, SITE, unit, UNITS } from './permissionsFixtures';

const folderId = (setup: ReturnType<typeof permissionSetup>, listUrl: string, name: string): number => {
  const list = setup.site.list([classificationsList, actionPlanEntriesList, handoversList].find((l) => l.url === listUrl) ?? classificationsList);
  const folder = list.folders().find((f) => f.name === name);
  if (!folder) throw new Error(`no folder ${name}`);
  return folder.id;
};

const writeParts = (setup: ReturnType<typeof permissionSetup>, from = 0): string[] =>
  setup.site.batchParts.slice(from).filter((p) => p.method !== 'GET').map((p) => `${p.method} ${decodeURIComponent(p.url).slice(SITE.length)}`);

describe('SharePointPermissionAdmin.fix on a freshly installed site', () => {
  it('creates the groups with their descriptions, visible membership and the exact titles', async () => {
    const setup = permissionSetup();
    await setup.admin.fix(UNITS);
    const creates = setup.site.batchParts.filter((p) => p.method === 'POST' && p.url === `${SITE}/_api/web/siteGroups`);
    expect(creates.map((p) => p.body)).toEqual([
      expect.objectContaining({ Title: 'LIS Informationssäkerhetssamordnare', OnlyAllowMembersViewMembership: false, AllowMembersEditMembership: false, AllowRequestToJoinLeave: false }),
      expect.objectContaining({ Title: 'LIS IT-enheten' }),
      expect.objectContaining({ Title: 'LIS Läsare' }),
      expect.objectContaining({ Title: 'LIS enhet 12: Barn- och utbildningsnämnden' }),
      expect.objectContaining({ Title: "LIS enhet 14: O'Brien & Söner AB", Description: "Informationsägarens företrädare och medarbetare som arbetar med O'Brien & Söner AB i LIS (läser och ändrar enhetens uppgifter)." }),
    ]);
    // Names are matched on the client: no group name ever goes into a url or a filter.
    expect(setup.site.requests.concat(setup.site.batchParts as never[]).some((r) => /getByName|\$filter=.*Title/i.test(decodeURIComponent(r.url)))).toBe(false);
  });

  it('breaks inheritance without copying, spelt as the REST reference does (no blank in the url)', async () => {
    const setup = permissionSetup();
    await setup.admin.fix(UNITS);
    const breaks = writeParts(setup).filter((w) => w.includes('breakroleinheritance'));
    expect(breaks).toContain("POST /_api/web/getList('/sites/lis/Lists/LisOrgUnits')/breakroleinheritance(copyroleassignments=false,clearsubscopes=false)");
    expect(breaks).toContain(`POST /_api/web/getList('/sites/lis/Lists/LisClassifications')/items(${folderId(setup, classificationsList.url, 'enhet-12')})/breakroleinheritance(copyroleassignments=false,clearsubscopes=false)`);
    expect(breaks).toHaveLength(12 + 7 * UNITS.length);
    expect(setup.site.batchParts.every((p) => !/\s/.test(p.url))).toBe(true);
  });

  it('turns on folder creation before creating the unit folders (AddValidateUpdateItemUsingPath, folder type)', async () => {
    const setup = permissionSetup();
    await setup.admin.fix(UNITS);
    const parts = setup.site.batchParts;
    const enable = parts.findIndex((p) => p.method === 'MERGE' && p.url.endsWith("getList('%2Fsites%2Flis%2FLists%2FLisClassifications')"));
    const create = parts.findIndex((p) => p.url.endsWith('/AddValidateUpdateItemUsingPath()'));
    expect(parts[enable].body).toEqual({ EnableFolderCreation: true });
    expect(parts[enable].batch).toBeLessThan(parts[create].batch);
    expect(parts[create].body).toEqual({
      bNewDocumentUpdate: false,
      formValues: [{ FieldName: 'Title', FieldValue: 'enhet-12' }],
      listItemCreateInfo: { FolderPath: { DecodedUrl: '/sites/lis/Lists/LisClassifications' }, LeafName: { DecodedUrl: 'enhet-12' }, UnderlyingObjectType: 1 },
    });
  });

  it('leaves exactly the model: list grants, folder grants, site owners with Full Control, not the person who ran it', async () => {
    const setup = permissionSetup();
    const result = await setup.admin.fix(UNITS);
    expect(result.report.findings).toEqual([]);
    const p = setup.site.permissions;
    expect(p.assignmentsOf(orgUnitsList.url)).toEqual({
      'LIS Data Owners': ['Full Control'],
      [FIXED_GROUP_NAMES.coordinator]: ['Edit'],
      [FIXED_GROUP_NAMES.reader]: ['Read'],
      [FIXED_GROUP_NAMES.itStaff]: ['Read'],
      [unitGroupName(UNITS[0])]: ['Read'],
      [unitGroupName(UNITS[1])]: ['Read'],
    });
    expect(p.assignmentsOf(classificationsList.url)).toEqual({
      'LIS Data Owners': ['Full Control'],
      [FIXED_GROUP_NAMES.coordinator]: ['Edit'],
      [FIXED_GROUP_NAMES.reader]: ['Read'],
      [FIXED_GROUP_NAMES.itStaff]: ['Read'],
    });
    expect(p.assignmentsOf(classificationsList.url, folderId(setup, classificationsList.url, 'enhet-14'))).toEqual({
      'LIS Data Owners': ['Full Control'],
      [FIXED_GROUP_NAMES.coordinator]: ['Edit'],
      [FIXED_GROUP_NAMES.reader]: ['Read'],
      [FIXED_GROUP_NAMES.itStaff]: ['Read'],
      [unitGroupName(UNITS[1])]: ['Contribute'],
    });
    expect(p.assignmentsOf(handoversList.url, folderId(setup, handoversList.url, 'enhet-12'))).toEqual({
      'LIS Data Owners': ['Full Control'],
      [FIXED_GROUP_NAMES.coordinator]: ['Edit'],
      [FIXED_GROUP_NAMES.reader]: ['Read'],
      [FIXED_GROUP_NAMES.itStaff]: ['Contribute'],
      [unitGroupName(UNITS[0])]: ['Contribute'],
    });
    expect(p.assignmentsOf(reminderLogList.url)).toEqual({ 'LIS Data Owners': ['Full Control'], [FIXED_GROUP_NAMES.coordinator]: ['Edit'] });
    expect(writeParts(setup)).toContain(`POST /_api/web/getList('/sites/lis/Lists/LisReminderLog')/roleassignments/removeroleassignment(principalid=7,roledefid=1073741829)`);
  });

  it('returns the findings it repaired; a second run finds nothing and writes nothing', async () => {
    const setup = permissionSetup();
    const before = await setup.admin.check(UNITS);
    const first = await setup.admin.fix(UNITS);
    const keys = first.repaired.map((f) => f.key);
    expect(keys).toContain(`groupMissing:${FIXED_GROUP_NAMES.reader}`);
    expect(keys).toContain('folderMissing:classifications/enhet-14');
    expect(keys).toContain(`grantMissing:classifications/enhet-14:${unitGroupName(UNITS[1])}:contribute`);
    expect(keys).toContain('listInheritsPermissions:reminderLog');
    // Everything the check found and could fix is among the repaired findings (grants of new folders come on top).
    expect(keys).toEqual(expect.arrayContaining(before.findings.filter((f) => f.fixable).map((f) => f.key)));
    expect(new Set(first.repaired.map((f) => f.kind))).toEqual(new Set(['groupMissing', 'listInheritsPermissions', 'folderMissing', 'grantMissing', 'grantUnexpected']));
    const writes = setup.site.permissions.writes.length;
    const parts = setup.site.batchParts.length;
    const requests = setup.site.requests.length;
    const second = await setup.admin.fix(UNITS);
    expect(second.repaired).toEqual([]);
    expect(second.report.findings).toEqual([]);
    expect(setup.site.permissions.writes.length).toBe(writes);
    expect(writeParts(setup, parts)).toEqual([]);
    // One read pass: the web/list $batch, the folders' role assignments, one items page per unit-scoped list.
    expect(setup.site.requests.length - requests).toBe(2 + 7);
  });

  it('a unit added later gets its group, folders and read grants on the reference lists', async () => {
    const setup = permissionSetup();
    await setup.admin.fix(UNITS);
    const units = [...UNITS, unit('20', 'Kultur- och fritidsnämnden')];
    const report = await setup.admin.check(units);
    const kinds = report.findings.map((f) => f.kind);
    expect(kinds.filter((k) => k === 'groupMissing')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'folderMissing')).toHaveLength(7);
    const fixed = await setup.admin.fix(units);
    expect(fixed.report.findings).toEqual([]);
    expect(setup.site.permissions.assignmentsOf(orgUnitsList.url)?.['LIS enhet 20: Kultur- och fritidsnämnden']).toEqual(['Read']);
  });

  it('an inactive unit keeps its group and folder but gets no read grant on the reference lists', async () => {
    const setup = permissionSetup();
    const units = [UNITS[0], unit('30', 'Gamla nämnden', false)];
    const result = await setup.admin.fix(units);
    expect(result.report.findings).toEqual([]);
    expect(setup.site.permissions.groupByTitle('LIS enhet 30: Gamla nämnden')).toBeDefined();
    expect(setup.site.permissions.assignmentsOf(orgUnitsList.url)?.['LIS enhet 30: Gamla nämnden']).toBeUndefined();
    expect(setup.site.permissions.assignmentsOf(classificationsList.url, folderId(setup, classificationsList.url, 'enhet-30'))?.['LIS enhet 30: Gamla nämnden']).toEqual(['Contribute']);
  });
});

describe('SharePointPermissionAdmin.fix: throttling and missing rights', () => {
  it('a part answered 429 is sent again after Retry-After, and the run completes', async () => {
    const setup = permissionSetup();
    await setup.admin.check(UNITS);
    setup.site.permissions.failNext({ status: 429, headers: { 'Retry-After': '3' }, when: (r) => r.url.includes('addroleassignment') });
    const before = setup.sleeps.length;
    const result = await setup.admin.fix(UNITS);
    expect(result.report.findings).toEqual([]);
    expect(setup.sleeps.slice(before)).toEqual([3000]);
    // The throttled grant went out twice: once refused, once in a later $batch.
    const first = setup.site.batchParts.find((p) => p.url.includes('addroleassignment'));
    expect(setup.site.batchParts.filter((p) => p.url === first?.url)).toHaveLength(2);
  });

  it('403 on the writes → AccessDeniedError saying Manage Permissions (site owner) is needed', async () => {
    const setup = permissionSetup();
    setup.site.permissions.denyWrites = true;
    const error = await setup.admin.fix(UNITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as Error).message).toContain(NEEDS_MANAGE_PERMISSIONS);
    expect((error as Error).message).toMatch(/Manage Permissions.*site owner/);
    expect(setup.site.permissions.writes).toEqual([]);
  });

  it('403 on reading role assignments (no Enumerate Permissions) → AccessDeniedError from check', async () => {
    const setup = permissionSetup();
    setup.site.permissions.failNext({ status: 403, times: 100 });
    await expect(setup.admin.check(UNITS)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
