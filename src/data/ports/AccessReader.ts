import type { UserAccess } from '../../domain/access/UserAccess';

/**
 * The signed-in person's access (src/domain/access). SharePoint: their groups on the LIS data site
 * (`web/currentuser/groups`; site collection administrators count as coordinators). Preview: the demo user's role.
 * The UI uses it to show only what the person may do; SharePoint's permissions enforce it regardless.
 */
export interface AccessReader {
  currentAccess(): Promise<UserAccess>;
}
