import { compareSiteState, repairSiteState, type SiteFinding } from '../../../src/domain/access/compareSiteState';

/** The repair steps planned for the fixable findings, in order. */
function fixActions(findings: readonly SiteFinding[]): string[] {
  return findings.reduce<string[]>((all, f) => all.concat(f.fixable ? f.actions : []), []);
}
import { desiredSiteState, type SiteState } from '../../../src/domain/access/siteState';
import { FIXED_GROUP_NAMES, PERMISSION_PLAN, unitGroupName } from '../../../src/domain/access';

const units = [
  { id: '1', name: 'Kommunstyrelsen', active: true },
  { id: '2', name: 'Socialnämnden', active: true },
  { id: '3', name: 'Äldrenämnden', active: false },
];
const schema = [{ listKey: 'classifications', indexedFields: ['LisOwnerUnit', 'LisStatus'] }];

const clone = (s: SiteState): SiteState => JSON.parse(JSON.stringify(s)) as SiteState;

describe('desired site state and its comparison (pure; shared by the SharePoint and the preview admin)', () => {
  const desired = desiredSiteState(units, schema);

  it('the desired state follows PERMISSION_PLAN: groups, broken inheritance, grants, one folder per unit in unit-scoped lists', () => {
    expect(desired.groups).toEqual([...Object.values(FIXED_GROUP_NAMES), ...units.map(unitGroupName)]);
    expect(Object.keys(desired.lists)).toEqual(PERMISSION_PLAN.map((p) => p.listKey));
    expect(desired.lists.classifications.inherits).toBe(false);
    expect(desired.lists.classifications.indexedFields).toEqual(['LisOwnerUnit', 'LisStatus']);
    expect(Object.keys(desired.lists.classifications.folders)).toEqual(['enhet-1', 'enhet-2', 'enhet-3']);
    expect(desired.lists.classifications.folders['enhet-2'].grants).toEqual([{ group: unitGroupName(units[1]), level: 'contribute' }]);
    expect(desired.lists.orgUnits.folders).toEqual({});
    // Reference data: every active unit's group reads it (the inactive unit's does not).
    expect(desired.lists.orgUnits.grants.filter((g) => g.group.startsWith('LIS enhet')).map((g) => g.group)).toEqual([unitGroupName(units[0]), unitGroupName(units[1])]);
    expect(desired.lists.reminderLog.grants).toEqual([{ group: FIXED_GROUP_NAMES.coordinator, level: 'edit' }]);
  });

  it('no findings when actual equals desired', () => {
    expect(compareSiteState(desired, clone(desired))).toEqual([]);
  });

  it('a changed level is one grant missing and one unexpected; a renamed unit is title drift, not a missing group', () => {
    const actual = clone(desired);
    actual.lists.risks.grants = actual.lists.risks.grants.map((g) => (g.group === FIXED_GROUP_NAMES.reader ? { ...g, level: 'edit' as const } : g));
    const oldTitle = 'LIS enhet 2: Socialnämnden (gamla)';
    actual.groups = actual.groups.map((g) => (g === unitGroupName(units[1]) ? oldTitle : g));
    const rename = (grants: Array<{ group: string; level: 'read' | 'contribute' | 'edit' }>) => grants.map((g) => (g.group === unitGroupName(units[1]) ? { ...g, group: oldTitle } : g));
    Object.values(actual.lists).forEach((l) => {
      l.grants = rename(l.grants);
      Object.values(l.folders).forEach((f) => (f.grants = rename(f.grants)));
    });
    const findings = compareSiteState(desired, actual);
    expect(findings.map((f) => f.key)).toEqual([
      `groupTitleDrift:${unitGroupName(units[1])}`,
      'grantMissing:risks:LIS Läsare:read',
      'grantUnexpected:risks:LIS Läsare:edit',
    ]);
    expect(fixActions(findings)).toEqual([`renameGroup:${oldTitle}=>${unitGroupName(units[1])}`, 'addGrant:risks:LIS Läsare:read', 'removeGrant:risks:LIS Läsare:edit']);
    expect(compareSiteState(desired, repairSiteState(desired, actual))).toEqual([]);
  });

  it('a missing list cannot be fixed (the app must be added again) and stays reported after a repair', () => {
    const actual = clone(desired);
    delete actual.lists.handovers;
    const findings = compareSiteState(desired, actual);
    expect(findings).toEqual([expect.objectContaining({ key: 'listMissing:handovers', fixable: false, actions: [] })]);
    expect(fixActions(findings)).toEqual([]);
    expect(compareSiteState(desired, repairSiteState(desired, actual)).map((f) => f.key)).toEqual(['listMissing:handovers']);
  });

  it('an inheriting folder and versioning off are reported and repaired; extra indexes are left alone', () => {
    const actual = clone(desired);
    actual.lists.classifications.folders['enhet-1'] = { inherits: true, grants: [] };
    actual.lists.classifications.versioning = false;
    actual.lists.classifications.indexedFields.push('Extra');
    const findings = compareSiteState(desired, actual);
    expect(findings.map((f) => f.key)).toEqual(['versioningOff:classifications', 'folderInheritsPermissions:classifications/enhet-1']);
    expect(fixActions(findings)).toEqual([
      'enableVersioning:classifications',
      'breakInheritance:classifications/enhet-1',
      `addGrant:classifications/enhet-1:${unitGroupName(units[0])}:contribute`,
    ]);
    const repaired = repairSiteState(desired, actual);
    expect(compareSiteState(desired, repaired)).toEqual([]);
    expect(repaired.lists.classifications.indexedFields).toContain('Extra');
  });
});
