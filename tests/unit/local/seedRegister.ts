import type { SeedOrgUnit } from '../../../src/data/local';
import type { OrgUnit } from '../../../src/domain/organisation';

/** A seed register as domain units, keys used as ids, so the domain's rules can check it as a whole. */
export function asUnits(register: readonly SeedOrgUnit[]): OrgUnit[] {
  return register.map((u) => ({
    id: u.key,
    etag: '"1"',
    modified: '2026-03-01T08:00:00.000Z',
    modifiedBy: 'seed',
    name: u.name,
    kind: u.kind,
    parentId: u.parentKey,
    representatives: u.representatives,
    securityContact: u.securityContact,
    active: u.active,
  }));
}
