/**
 * SharePointAccessReader: the signed-in person's LIS roles from their groups on the LIS data site.
 *
 *   new SharePointAccessReader(sp: SPFI)   // sp rooted at the LIS data site
 *
 * One `$batch` with two GETs: `web/currentuser?$select=Id,IsSiteAdmin` and `web/currentuser/groups?$select=Id,Title`.
 * The fixed groups (FIXED_GROUP_NAMES) give coordinator / itStaff / reader; `LIS enhet <id>: …` groups give unit ids;
 * a site collection administrator counts as coordinator (they can change everything on the site anyway).
 *
 * A 403 means the person cannot read the LIS data site at all (no role): NO_ACCESS, so the UI shows the "no access"
 * state instead of an error. A 401 (no valid session) and anything else are thrown as the ports' typed errors.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import '@pnp/sp/batching';
import { FIXED_GROUP_NAMES, NO_ACCESS, unitIdOfGroup, type UserAccess } from '../../../domain/access';
import type { AccessReader } from '../../ports/AccessReader';
import { httpStatusOf, toStoreError } from '../storeErrors';

/** Roles from group titles (case-insensitive, as SharePoint compares group names) and the site-admin flag. */
export function accessFromGroups(groupTitles: readonly string[], isSiteAdmin: boolean): UserAccess {
  const titles = new Set(groupTitles.map((t) => t.trim().toLowerCase()));
  const has = (name: string): boolean => titles.has(name.toLowerCase());
  const unitIds = new Set<string>();
  for (const title of groupTitles) {
    const id = unitIdOfGroup(title.trim());
    if (id !== undefined) unitIds.add(id);
  }
  return {
    coordinator: isSiteAdmin || has(FIXED_GROUP_NAMES.coordinator),
    itStaff: has(FIXED_GROUP_NAMES.itStaff),
    reader: has(FIXED_GROUP_NAMES.reader),
    unitIds,
  };
}

function titlesOf(groups: unknown): string[] {
  if (!Array.isArray(groups)) return [];
  return groups
    .map((g) => (typeof g === 'object' && g !== null ? (g as { Title?: unknown }).Title : undefined))
    .filter((t): t is string => typeof t === 'string');
}

export class SharePointAccessReader implements AccessReader {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async currentAccess(): Promise<UserAccess> {
    const [web, execute] = this.sp.web.batched();
    const user = web.currentUser.select('Id', 'IsSiteAdmin')();
    const groups = web.currentUser.groups.select('Id', 'Title')();
    const settled = Promise.allSettled([user, groups]);
    try {
      await execute();
    } catch (error) {
      return this.failed(error);
    }
    const [userResult, groupsResult] = await settled;
    if (userResult.status === 'rejected') return this.failed(userResult.reason);
    if (groupsResult.status === 'rejected') return this.failed(groupsResult.reason);
    const isSiteAdmin = (userResult.value as { IsSiteAdmin?: unknown }).IsSiteAdmin === true;
    return accessFromGroups(titlesOf(groupsResult.value), isSiteAdmin);
  }

  private failed(error: unknown): UserAccess {
    if (httpStatusOf(error) === 403) return NO_ACCESS;
    throw toStoreError(error, 'CurrentUser', 'groups');
  }
}
