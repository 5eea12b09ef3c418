import {
  canEditUnit,
  canManageCatalogue,
  canReadAllUnits,
  canReadUnit,
  canRunSetup,
  canWorkItQueue,
  hasAnyRole,
  NO_ACCESS,
  PERMISSION_PLAN,
  requiredGroups,
  resolveGrants,
  unitFolderName,
  unitGroupName,
  unitIdOfGroup,
  type UserAccess,
} from '../../../src/domain/access';
import { ALL_LISTS } from '../../../src/data/schema';

const units = [
  { id: '3', name: 'Barn- och utbildningsnämnden', active: true },
  { id: '12', name: "O'Brien & Söner AB", active: true },
  { id: '40', name: 'Gamla nämnden', active: false },
];

function access(overrides: Partial<UserAccess>): UserAccess {
  return { ...NO_ACCESS, unitIds: new Set(), ...overrides };
}

describe('roles', () => {
  it('names a unit group by id and name and reads the id back, whatever the name holds', () => {
    expect(unitGroupName(units[1])).toBe("LIS enhet 12: O'Brien & Söner AB");
    expect(unitIdOfGroup(unitGroupName(units[1]))).toBe('12');
    expect(unitIdOfGroup('LIS enhet 12')).toBeUndefined();
    expect(unitIdOfGroup('Kopia av LIS enhet 12: x')).toBeUndefined();
    expect(unitGroupName({ id: '7', name: 'x'.repeat(400) })).toHaveLength(255);
  });

  it('names unit folders only for numeric ids (no path tricks)', () => {
    expect(unitFolderName('12')).toBe('enhet-12');
    expect(() => unitFolderName('../12')).toThrow(RangeError);
  });
});

describe('UserAccess rules', () => {
  const editor = access({ unitIds: new Set(['3']) });
  const coordinator = access({ coordinator: true });
  const reader = access({ reader: true });
  const itStaff = access({ itStaff: true });

  it('gives unit editors their own unit only, readers read-only everything, IT the queue', () => {
    expect([canReadUnit(editor, '3'), canEditUnit(editor, '3'), canReadUnit(editor, '12'), canEditUnit(editor, '12')]).toEqual([true, true, false, false]);
    expect([canReadUnit(reader, '12'), canEditUnit(reader, '12'), canReadAllUnits(reader)]).toEqual([true, false, true]);
    expect([canReadUnit(itStaff, '3'), canWorkItQueue(itStaff), canManageCatalogue(itStaff)]).toEqual([false, true, false]);
    expect([canEditUnit(coordinator, '12'), canManageCatalogue(coordinator), canRunSetup(coordinator)]).toEqual([true, true, true]);
    expect([hasAnyRole(NO_ACCESS), hasAnyRole(editor), canRunSetup(editor)]).toEqual([false, true, false]);
  });
});

describe('permission plan', () => {
  it('covers every LIS list exactly once', () => {
    expect(PERMISSION_PLAN.map((p) => p.listKey).sort()).toEqual(ALL_LISTS.map((l) => l.key).sort());
  });

  it('lets only coordinators write reference data, and keeps each unit’s data in its folder for its own group', () => {
    for (const plan of PERMISSION_PLAN) {
      const writers = resolveGrants(plan.listGrants, units).filter((g) => g.level !== 'read').map((g) => g.group);
      if (plan.listKey === 'handovers') expect(writers).toEqual(['LIS Informationssäkerhetssamordnare', 'LIS IT-enheten']);
      else expect(writers).toEqual(['LIS Informationssäkerhetssamordnare']);
    }
    const classifications = PERMISSION_PLAN.filter((p) => p.listKey === 'classifications')[0];
    expect(classifications.unitScoped).toBe(true);
    expect(resolveGrants(classifications.listGrants, units).map((g) => g.group)).not.toContain(unitGroupName(units[0]));
    expect(resolveGrants(classifications.folderGrants, units, units[1])).toEqual([{ group: "LIS enhet 12: O'Brien & Söner AB", level: 'contribute' }]);
  });

  it('gives every active unit read access to the reference lists, and nobody but coordinators the reminder log', () => {
    const catalogue = PERMISSION_PLAN.filter((p) => p.listKey === 'requirements')[0];
    const groups = resolveGrants(catalogue.listGrants, units).map((g) => g.group);
    expect(groups).toContain(unitGroupName(units[0]));
    expect(groups).not.toContain(unitGroupName(units[2]));
    const log = PERMISSION_PLAN.filter((p) => p.listKey === 'reminderLog')[0];
    expect(resolveGrants(log.listGrants, units)).toEqual([{ group: 'LIS Informationssäkerhetssamordnare', level: 'edit' }]);
  });

  it('requires the fixed groups and one group per unit, inactive units included (their data stays)', () => {
    expect(requiredGroups(units)).toEqual([
      'LIS Informationssäkerhetssamordnare',
      'LIS IT-enheten',
      'LIS Läsare',
      'LIS enhet 3: Barn- och utbildningsnämnden',
      "LIS enhet 12: O'Brien & Söner AB",
      'LIS enhet 40: Gamla nämnden',
    ]);
  });
});
