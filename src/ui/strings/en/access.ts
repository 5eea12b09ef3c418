import type { AccessStrings } from '../sv/access';

/** English texts of what the signed-in person may see and do (same keys as accessSv). */
export const accessEn: AccessStrings = {
  checking: 'Checking your permissions…',
  noRoleTitle: 'LIS data is only shown to people who work with information security',
  noRole:
    "Classifications, risk analyses and action plans describe the municipality's weak spots and are therefore only shown to information security coordinators, " +
    "the information owners' representatives and contributors, the IT unit, and readers such as managers and the municipal executive board. You have none of these roles in LIS.",
  noRoleHelp: 'Read the information security policy and guidelines on the intranet. If you need to work in LIS, contact the information security coordinator.',
  loadFailed:
    'Your LIS permissions could not be read, so no data or editing actions are shown. Reload the page or contact the information security coordinator.',
  noReminders: 'You do not have permission to preview or send reminders. The information security coordinator does that.',
  noSetup:
    'You do not have permission to run the permission setup and health check. The information security coordinator does that and also needs to own the LIS site.',
  readOnly: 'You can read this but not change it.',
  readOnlyUnit: "You can read this but not change it. Changes are made by the unit's representatives and contributors or by the information security coordinator.",
  noEditableUnits: 'You cannot create new items: you are not a representative or contributor of any unit in LIS.',
  ownUnitsOnly: "You see your own unit's rows. The municipality-wide register is shown to coordinators and readers.",
};
