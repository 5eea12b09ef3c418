import { toDraft, type OrgUnit } from '../../domain/organisation';
import type { Services } from '../Services';
import { saveOrgUnit } from './saveOrgUnit';

/**
 * Deactivates (or reactivates) a unit. Units are never deleted: classifications and analyses keep pointing at them.
 * Deactivation is refused while active units sit below it; reactivation needs a free name and an active parent.
 */
export function setOrgUnitActive(services: Pick<Services, 'orgUnits'>, unit: OrgUnit, active: boolean): Promise<OrgUnit> {
  return saveOrgUnit(services, { ...toDraft(unit), active }, unit);
}
