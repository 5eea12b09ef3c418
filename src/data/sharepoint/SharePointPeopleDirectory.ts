/**
 * SharePointPeopleDirectory: who holds a LIS role, read from the data site's SharePoint groups
 * (DIRECTORY_GROUP_NAMES) through PnPjs v4.
 *
 *   new SharePointPeopleDirectory(sp: SPFI)   // sp rooted at the LIS data site
 *
 * members(role): `GET _api/web/sitegroups/getByName('<group>')/users?$select=Title,Email,UserPrincipalName`.
 * A group the administrator has not created (404) is an empty role. A user without e-mail falls back to the UPN;
 * users with neither (e.g. "Everyone" claims, security groups without mail) are left out. One person per address.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { DIRECTORY_GROUP_NAMES, type DirectoryRole, type PeopleDirectory } from '../ports/PeopleDirectory';
import { isValidEmail, normaliseEmail, type Person } from '../../domain/shared/Person';
import { httpStatusOf, toStoreError } from './storeErrors';

export const SITE_USER_SELECT: readonly string[] = ['Title', 'Email', 'UserPrincipalName'];

/** A site user as SharePoint returns it -> a person, or null when there is no address to reach them at. */
export function personFromSiteUser(user: unknown): Person | null {
  const raw = (typeof user === 'object' && user !== null ? user : {}) as Record<string, unknown>;
  const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
  const email = [text(raw.Email), text(raw.UserPrincipalName)].find((value) => value !== '' && isValidEmail(value));
  if (!email) return null;
  return { displayName: text(raw.Title) || email, email };
}

export class SharePointPeopleDirectory implements PeopleDirectory {
  private readonly sp: SPFI;

  public constructor(sp: SPFI) {
    this.sp = sp;
  }

  public async members(role: DirectoryRole): Promise<Person[]> {
    const groupName = DIRECTORY_GROUP_NAMES[role];
    let users: unknown[];
    try {
      // PnPjs puts the name into the path as given: double the quotes and URI-encode it here (å, ä, ö, blanks).
      users = (await this.sp.web.siteGroups
        .getByName(encodeURIComponent(groupName.replace(/'/g, "''")))
        .users.select(...SITE_USER_SELECT)()) as unknown[];
    } catch (error) {
      if (httpStatusOf(error) === 404) return [];
      throw toStoreError(error, 'SiteGroup', groupName);
    }
    const people: Person[] = [];
    const seen = new Set<string>();
    for (const user of users) {
      const person = personFromSiteUser(user);
      if (!person || seen.has(normaliseEmail(person.email))) continue;
      seen.add(normaliseEmail(person.email));
      people.push(person);
    }
    return people;
  }
}
