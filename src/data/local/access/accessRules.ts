import { canEditUnit, canReadAllUnits, canReadUnit, type UserAccess } from '../../../domain/access/UserAccess';
import { AccessDeniedError } from '../../ports/errors';
import type { BrokenItem } from '../../ports/OrgUnitRepository';

/** Where the enforcement layer gets the acting user's access (LocalAccessReader). */
export interface AccessSource {
  currentAccess(): Promise<UserAccess>;
}

/** Throws AccessDeniedError (SharePoint's 403) unless `allowed`. */
export function requireThat(allowed: boolean, action: string): void {
  if (!allowed) throw new AccessDeniedError(`Access denied: ${action}`);
}

/** Read a unit's data; data whose unit is unknown (a dangling reference) only for those who read every unit. */
export function mayReadUnit(a: UserAccess, unitId: string | undefined): boolean {
  return unitId === undefined ? canReadAllUnits(a) : canReadUnit(a, unitId);
}

/** Change a unit's data; data whose unit is unknown only for coordinators. */
export function mayEditUnit(a: UserAccess, unitId: string | undefined): boolean {
  return unitId === undefined ? a.coordinator : canEditUnit(a, unitId);
}

/**
 * A list result trimmed to what the person may read. Broken items (unreadable rows) have no trustworthy unit: only
 * those who read every unit see them, so a malformed row never leaks across units.
 */
export function trimmed<T>(result: { items: T[]; broken: BrokenItem[] }, a: UserAccess, unitOf: (item: T) => string | undefined): { items: T[]; broken: BrokenItem[] } {
  return { items: result.items.filter((item) => mayReadUnit(a, unitOf(item))), broken: canReadAllUnits(a) ? result.broken : [] };
}
