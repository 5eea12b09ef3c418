import type { HealthFindingKind } from '../../../data/ports/PermissionAdmin';
import type { Explain, SetupStrings } from '../sv/setup';

const kindTitles: Record<HealthFindingKind, string> = {
  listMissing: 'Missing lists',
  fieldMissing: 'Missing columns',
  fieldNotIndexed: 'Columns without an index',
  versioningOff: 'Versioning turned off',
  groupMissing: 'Missing groups',
  groupTitleDrift: 'Groups with the wrong name',
  listInheritsPermissions: "Lists inheriting the site's permissions",
  grantMissing: 'Missing permissions',
  grantUnexpected: 'Permissions that should not be there',
  folderMissing: 'Missing unit folders',
  folderInheritsPermissions: 'Unit folders without their own permissions',
  itemOutsideUnitFolder: "Items outside their unit's folder",
  itemUniquePermissions: 'Items with their own permissions',
  scopeCountHigh: 'Many unique permissions',
};

const explain: Record<HealthFindingKind, Explain> = {
  listMissing: ({ list }) => `The list ${list} does not exist on the site.`,
  fieldMissing: ({ list, subject }) => `The column ${subject} is missing from the list ${list}.`,
  fieldNotIndexed: ({ list, subject }) =>
    `The column ${subject} in ${list} is not indexed. LIS filters on it, and without an index the queries stop working once the list passes 5,000 items.`,
  versioningOff: ({ list }) => `Versioning is turned off in ${list}. The change history (who changed what and when) depends on it.`,
  groupMissing: ({ subject }) => `The group "${subject}" does not exist on the site.`,
  groupTitleDrift: ({ subject, expected }) =>
    expected ? `The group "${subject}" should be called "${expected}" (the unit's name has changed).` : `The group "${subject}" does not have the name the permission model gives it.`,
  listInheritsPermissions: ({ list }) => `${list} inherits the site's permissions, so everyone with access to the site can read the list.`,
  grantMissing: ({ list, subject, expected }) => `The group "${subject}" lacks the ${expected ?? 'required'} permission in ${list}.`,
  grantUnexpected: ({ list, subject, actual }) =>
    `"${subject}" has a permission${actual ? ` (${actual})` : ''} in ${list} that the permission model does not give. It will be removed.`,
  folderMissing: ({ list, subject }) => `The folder ${subject} is missing from ${list}.`,
  folderInheritsPermissions: ({ list, subject }) =>
    `The folder ${subject} in ${list} inherits the list's permissions, so the unit's group cannot work with its items.`,
  itemOutsideUnitFolder: ({ list, subject }) => `Item ${subject} in ${list} is outside its unit's folder and therefore has the wrong permissions.`,
  itemUniquePermissions: ({ list, subject }) =>
    `Item ${subject} in ${list} has its own permissions. LIS sets permissions per unit folder, so the item's own permissions will be reset.`,
  scopeCountHigh: ({ list, count }) => `${list} has ${count ?? 'many'} unique permission scopes. SharePoint recommends at most 5,000 per list.`,
};

/** English texts of the coordinator's setup and health check (same keys as setupSv). */
export const setupEn: SetupStrings = {
  nav: 'Permissions and health check',
  title: 'Permissions and health check',
  description:
    'Checks that the LIS site follows the permission model: the groups exist, the lists have their own permissions, every unit has its folder and the columns LIS filters on are indexed. The check changes nothing; "Fix" repairs what can be repaired.',
  loading: 'Checking the site…',
  commandsLabel: 'Health check',
  rerun: 'Run the check again',
  fix: 'Fix',
  fixing: 'Fixing… This can take a few minutes on a large site.',
  nothingToFix: 'There is nothing the button can fix.',
  checkedAt: (when: string): string => `Checked ${when}`,
  summaryTitle: 'Summary',
  checked: (c) => `Checked ${c.lists} lists, ${c.groups} groups, ${c.folders} folders and ${c.items} items.`,
  counts: (errors: number, warnings: number): string =>
    `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
  healthy: "Everything matches the permission model and the lists' schema.",
  findingsTitle: 'Findings',
  severity: { error: 'Error', warning: 'Warning' },
  fixableYes: 'Fixed by "Fix".',
  notFixable: 'Cannot be fixed by the button.',
  reinstallApp: 'Add the LIS app to the site again (Site contents → New → App) to create the missing lists and columns.',
  scopeAdvice: 'Move items into their unit folders and remove permissions on single items ("Fix" does that).',
  kindTitles,
  explain,
  levels: { read: 'Read', contribute: 'Contribute', edit: 'Edit' },
  confirm: {
    title: 'Fix the findings?',
    intro: 'LIS will do the following on the site:',
    steps: [
      'create the missing groups (the fixed groups and one group per unit),',
      "break permission inheritance on the LIS lists and give the groups the permissions the model defines,",
      "create each unit's folder in the lists holding unit data and give the unit's group permission to it,",
      "move items into their unit's folder and reset permissions on single items,",
      'create indexes on the columns LIS filters on.',
    ],
    safe: 'It is safe to run again: whatever is already right is not changed. You need to own the site.',
    confirm: 'Fix',
  },
  resultTitle: 'Result of the fix',
  noActions: 'Nothing needed changing.',
  actionsDone: (n: number): string => `${n} ${n === 1 ? 'problem was' : 'problems were'} fixed:`,
  groupsTitle: 'Groups to fill',
  groupsIntro: 'Add people to the groups on the site (Settings → Site permissions). Each person gets the access of the group.',
  groupColumn: 'Group',
  membersColumn: 'Who belongs there',
  fixedGroupMembers: {
    coordinator: 'Information security coordinators. Read and change everything, manage the catalogue, risk matrix and organisation.',
    itStaff: 'The IT unit. Reads the requirement catalogue and the IT queue and updates handed-over requirements.',
    reader: "Managers and the municipal executive board. Read every unit's classifications, risk analyses and summaries.",
  },
  unitGroupMembers: (unit: string): string => `The information owner's representatives and contributors for ${unit}. Read and change the unit's data.`,
};
