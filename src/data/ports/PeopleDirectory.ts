import { FIXED_GROUP_NAMES } from '../../domain/access/roles';
import type { Person } from '../../domain/shared/Person';

/** Roles LIS needs to know people for before the full permission model (issue 6) maps every role to a group. */
export const DIRECTORY_ROLES = ['coordinator', 'itStaff'] as const;
export type DirectoryRole = (typeof DIRECTORY_ROLES)[number];

/** SharePoint groups on the LIS data site that hold the people of each role (the setup creates them). */
export const DIRECTORY_GROUP_NAMES: Readonly<Record<DirectoryRole, string>> = {
  coordinator: FIXED_GROUP_NAMES.coordinator,
  itStaff: FIXED_GROUP_NAMES.itStaff,
};

/**
 * Who has a role: the coordinators (escalations, "send now") and the IT unit's staff (the handover queue as tasks).
 * Adapters: SharePoint site groups (DIRECTORY_GROUP_NAMES; a missing group is an empty role) and the local demo people.
 */
export interface PeopleDirectory {
  members(role: DirectoryRole): Promise<Person[]>;
}
