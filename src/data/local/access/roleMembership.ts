import type { UserAccess } from '../../../domain/access/UserAccess';
import type { OrgUnit } from '../../../domain/organisation/OrgUnit';
import type { Person } from '../../../domain/shared/Person';
import { isSamePerson } from '../../../domain/tasks/personMatch';
import type { DemoRoleMembers } from '../demo/demoPeople';

/**
 * A person's access from the demo's role membership (the preview's "groups"): the fixed roles by list, the units by
 * name (resolved to ids among `units`), and every unit whose owner representatives include the person (the register
 * is the source of who represents a unit; SharePoint's setup puts them in the unit's group).
 */
export function accessOfPerson(person: Pick<Person, 'email'>, members: DemoRoleMembers, units: readonly OrgUnit[]): UserAccess {
  const isIn = (people: readonly Person[] | undefined): boolean => (people ?? []).some((p) => isSamePerson(p, person));
  const unitIds = new Set<string>();
  for (const unit of units) {
    if (unit.representatives.some((r) => isSamePerson(r, person)) || isIn(members.units[unit.name])) unitIds.add(unit.id);
  }
  return { coordinator: isIn(members.coordinator), itStaff: isIn(members.itStaff), reader: isIn(members.reader), unitIds };
}
