import type { UserAccess } from '../../../domain/access/UserAccess';
import type { Person } from '../../../domain/shared/Person';
import type { AccessReader } from '../../ports/AccessReader';
import type { OrgUnitRepository } from '../../ports/OrgUnitRepository';
import { DEMO_ROLE_MEMBERS, type DemoRoleMembers } from '../demo/demoPeople';
import { accessOfPerson } from './roleMembership';

/**
 * The preview's AccessReader: the acting user's (the store's `currentUser()`, which follows the user switch) access
 * from the demo's role membership and the register's representatives. The result is kept until the user changes or
 * `invalidate()` is called (the store calls it when the register changes), so enforcing every read costs one
 * register read, not one per call.
 */
export class LocalAccessReader implements AccessReader {
  private readonly _orgUnits: OrgUnitRepository;
  private readonly _currentUser: () => Person;
  private readonly _members: DemoRoleMembers;
  private readonly _cache: boolean;
  private _cached: { email: string; access: Promise<UserAccess> } | undefined;

  /** `cache: false` reads the register on every call (when register writes do not call `invalidate`). */
  public constructor(orgUnits: OrgUnitRepository, currentUser: () => Person, options: { members?: DemoRoleMembers; cache?: boolean } = {}) {
    this._orgUnits = orgUnits;
    this._currentUser = currentUser;
    this._members = options.members ?? DEMO_ROLE_MEMBERS;
    this._cache = options.cache ?? true;
  }

  public currentAccess(): Promise<UserAccess> {
    const person = this._currentUser();
    const email = person.email.trim().toLowerCase();
    if (!this._cache || this._cached?.email !== email) {
      const access = this._orgUnits.list().then(({ units }) => accessOfPerson(person, this._members, units));
      // A failed read is not remembered: the next call tries again.
      access.catch(() => {
        if (this._cached?.access === access) this._cached = undefined;
      });
      this._cached = { email, access };
    }
    return this._cached.access.then(copyAccess);
  }

  /** Forget the cached access (the register, and so the representatives, changed). */
  public invalidate(): void {
    this._cached = undefined;
  }
}

function copyAccess(a: UserAccess): UserAccess {
  return { coordinator: a.coordinator, itStaff: a.itStaff, reader: a.reader, unitIds: new Set(a.unitIds) };
}
