/** @jest-environment node */
import { openLocalStore, type LocalStore } from '../../../src/data/local';
import { DEMO_EVERYONE, SITE_STATE_META_KEY } from '../../../src/data/local/access/simulatedSite';
import { DEMO_READER, DEMO_TASK_PEOPLE } from '../../../src/data/local/demo/demoPeople';
import { DEMO_USER } from '../../../src/data/local/demo/demoPerson';
import { AccessDeniedError } from '../../../src/data/ports';
import { PERMISSION_PLAN, unitGroupName } from '../../../src/domain/access';
import type { OrgUnit } from '../../../src/domain/organisation';
import type { Person } from '../../../src/domain/shared/Person';
import { freshIndexedDb, testContext } from './helpers';

describe('LocalPermissionAdmin: the preview\u2019s simulated setup and health check', () => {
  let store: LocalStore;
  let acting: Person;
  let units: OrgUnit[];
  let newest: OrgUnit;

  beforeEach(async () => {
    acting = DEMO_USER;
    store = await openLocalStore({ ...testContext(), currentUser: () => acting, indexedDB: freshIndexedDb(), enforceAccess: true });
    units = (await store.orgUnits.list()).units;
    newest = units.filter((u) => u.active).reduce((a, b) => (Number(b.id) > Number(a.id) ? b : a));
  });
  afterEach(() => store.close());

  const scopedLists = PERMISSION_PLAN.filter((p) => p.unitScoped).map((p) => p.listKey);

  it('the first check reports the demo\u2019s drift with the SharePoint admin\u2019s kinds and keys', async () => {
    const report = await store.permissionAdmin.check(units);
    const keys = report.findings.map((f) => f.key);
    const group = unitGroupName(newest);
    expect(keys).toEqual(
      expect.arrayContaining([
        `groupMissing:${group}`,
        'listInheritsPermissions:risks',
        `grantUnexpected:riskAnalyses:${DEMO_EVERYONE}:read`,
        `grantMissing:orgUnits:${group}:read`,
        ...scopedLists.filter((l) => l !== 'risks').map((l) => `folderMissing:${l}/enhet-${newest.id}`),
      ]),
    );
    expect(report.findings.filter((f) => f.kind === 'fieldNotIndexed').map((f) => f.listKey)).toEqual(['actionPlanEntries']);
    expect(report.findings.every((f) => f.fixable)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    // Only the newest unit's group is missing, and only the drift above is reported.
    expect(report.findings.filter((f) => f.kind === 'groupMissing')).toHaveLength(1);
    expect(report.findings.filter((f) => f.kind === 'grantUnexpected')).toHaveLength(1);
    expect(report.checked).toEqual({ lists: 12, groups: 3 + units.length, folders: scopedLists.length * units.length, items: expect.any(Number) });
    expect(report.checked.items).toBeGreaterThan(100);
    expect(report.checkedAt).toBe('2026-03-01T08:00:00.000Z');
  });

  it('check only reads: a second check reports the same', async () => {
    const first = await store.permissionAdmin.check(units);
    const second = await store.permissionAdmin.check(units);
    expect(second.findings).toEqual(first.findings);
  });

  it('fix repairs everything and says what it did; a second fix does nothing', async () => {
    const before = await store.permissionAdmin.check(units);
    const result = await store.permissionAdmin.fix(units);
    const group = unitGroupName(newest);
    expect(result.repaired.map((f) => f.key)).toEqual(before.findings.filter((f) => f.fixable).map((f) => f.key));
    expect(result.repaired.map((f) => f.key)).toEqual(
      expect.arrayContaining([
        `groupMissing:${group}`,
        'listInheritsPermissions:risks',
        `grantUnexpected:riskAnalyses:${DEMO_EVERYONE}:read`,
        `folderMissing:classifications/enhet-${newest.id}`,
      ]),
    );
    expect(result.report.findings).toEqual([]);
    expect((await store.permissionAdmin.check(units)).findings).toEqual([]);
    const again = await store.permissionAdmin.fix(units);
    expect(again.repaired).toEqual([]);
    expect(again.report.findings).toEqual([]);
  });

  it('a unit added after the fix shows up as drift (its group, grants and folders), and the fix adds it', async () => {
    await store.permissionAdmin.fix(units);
    const added = await store.orgUnits.create({ name: 'Nya nämnden', kind: 'namnd', parentId: null, representatives: [], securityContact: null, active: true });
    const withNew = (await store.orgUnits.list()).units;
    const findings = (await store.permissionAdmin.check(withNew)).findings;
    expect(findings.map((f) => f.kind).sort()).toEqual(
      ['groupMissing', ...Array(4).fill('grantMissing'), ...Array(scopedLists.length).fill('folderMissing')].sort(),
    );
    expect(findings.filter((f) => f.kind === 'grantMissing').every((f) => f.subject === unitGroupName(added))).toBe(true);
    expect((await store.permissionAdmin.fix(withNew)).report.findings).toEqual([]);
  });

  it('the state persists in the store (a reload keeps the fix) and "reset demo data" brings the drift back', async () => {
    await store.permissionAdmin.fix(units);
    expect(typeof (await store.db.get('meta', SITE_STATE_META_KEY))).toBe('string');
    await store.resetDemoData();
    expect((await store.permissionAdmin.check(units)).findings.length).toBeGreaterThan(5);
  });

  it('only coordinators run it (like the site\u2019s Manage Permissions right)', async () => {
    for (const person of [DEMO_TASK_PEOPLE[0], DEMO_READER]) {
      acting = person;
      await expect(store.permissionAdmin.check(units)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(store.permissionAdmin.fix(units)).rejects.toBeInstanceOf(AccessDeniedError);
    }
    acting = DEMO_USER;
    expect((await store.permissionAdmin.check(units)).findings.length).toBeGreaterThan(0);
  });
});
