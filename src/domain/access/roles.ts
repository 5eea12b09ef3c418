import type { OrgUnit } from '../organisation/OrgUnit';

/**
 * The roles of the permission model. Each maps to SharePoint groups on the LIS data site, which the setup creates:
 * - coordinator (informationssäkerhetssamordnare): everything, incl. catalogue, risk matrix, organisation, setup;
 * - unit editors: the owner representatives and contributors of one org unit (read and write that unit's
 *   classifications, analyses, actions, follow-ups); one group per unit;
 * - itStaff (IT unit): read the catalogue and the IT queue, update handover status;
 * - reader (managers, kommunstyrelsen): read every unit's data and the roll-ups;
 * - everyone else: no access to the lists (policy and guidance live on the intranet).
 */
export const FIXED_ROLES = ['coordinator', 'itStaff', 'reader'] as const;
export type FixedRole = (typeof FIXED_ROLES)[number];

/** Names of the fixed groups (the same names the people directory reads). */
export const FIXED_GROUP_NAMES: Readonly<Record<FixedRole, string>> = {
  coordinator: 'LIS Informationssäkerhetssamordnare',
  itStaff: 'LIS IT-enheten',
  reader: 'LIS Läsare',
};

export const FIXED_GROUP_DESCRIPTIONS: Readonly<Record<FixedRole, string>> = {
  coordinator: 'Informationssäkerhetssamordnare: läser och ändrar allt i LIS, förvaltar kravkatalog, riskmatris och organisation.',
  itStaff: 'IT-enheten (digitaliseringsenheten): läser kravkatalogen och IT-kön och uppdaterar överlämnade krav.',
  reader: 'Chefer och kommunstyrelsen: läser alla enheters klassningar, riskanalyser och sammanställningar.',
};

const UNIT_GROUP_PREFIX = 'LIS enhet ';
/** SharePoint group titles are limited to 255 characters. */
const MAX_GROUP_TITLE = 255;

/** `LIS enhet 12: Barn- och utbildningsnämnden`: the id makes the group the unit's, the name is for people. */
export function unitGroupName(unit: Pick<OrgUnit, 'id' | 'name'>): string {
  const title = `${UNIT_GROUP_PREFIX}${unit.id}: ${unit.name.replace(/\s+/g, ' ').trim()}`;
  return title.length <= MAX_GROUP_TITLE ? title : `${title.slice(0, MAX_GROUP_TITLE - 1)}…`;
}

/** The unit id of a unit group's title (`LIS enhet 12: …` → '12'), or undefined for any other title. */
export function unitIdOfGroup(title: string): string | undefined {
  const match = /^LIS enhet (\d{1,9}):/.exec(title);
  return match ? match[1] : undefined;
}

export function unitGroupDescription(unit: Pick<OrgUnit, 'name'>): string {
  return `Informationsägarens företrädare och medarbetare som arbetar med ${unit.name} i LIS (läser och ändrar enhetens uppgifter).`;
}

/** The folder of a unit in each unit-scoped list: `enhet-12`. */
export function unitFolderName(unitId: string): string {
  if (!/^\d{1,9}$/.test(unitId)) throw new RangeError(`Not a unit id: ${unitId}`);
  return `enhet-${unitId}`;
}
