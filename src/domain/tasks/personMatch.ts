import type { OrgUnit } from '../organisation/OrgUnit';
import { normaliseEmail, type Person } from '../shared/Person';

/** Same person: e-mail addresses equal ignoring case and surrounding blanks; an empty address matches nobody. */
export function isSamePerson(a: Pick<Person, 'email'> | null | undefined, b: Pick<Person, 'email'>): boolean {
  if (!a || !a.email || !b.email) return false;
  const left = normaliseEmail(a.email);
  return left !== '' && left === normaliseEmail(b.email);
}

/** The ids of the units where `person` is one of the information owner's representatives. */
export function representedUnitIds(units: readonly OrgUnit[], person: Pick<Person, 'email'>): Set<string> {
  return new Set(units.filter((u) => u.representatives.some((r) => isSamePerson(r, person))).map((u) => u.id));
}
