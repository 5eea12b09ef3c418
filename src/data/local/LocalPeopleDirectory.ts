import type { DirectoryRole, PeopleDirectory } from '../ports/PeopleDirectory';
import type { Person } from '../../domain/shared/Person';
import { DEMO_COORDINATORS, DEMO_IT_STAFF } from './demo/demoPeople';

/** The preview's people per role: the demo coordinators and IT staff (or the roles given). */
export class LocalPeopleDirectory implements PeopleDirectory {
  private readonly _roles: Readonly<Record<DirectoryRole, readonly Person[]>>;

  public constructor(roles: Partial<Record<DirectoryRole, readonly Person[]>> = {}) {
    this._roles = { coordinator: roles.coordinator ?? DEMO_COORDINATORS, itStaff: roles.itStaff ?? DEMO_IT_STAFF };
  }

  public async members(role: DirectoryRole): Promise<Person[]> {
    return this._roles[role].map((p) => ({ ...p }));
  }
}
