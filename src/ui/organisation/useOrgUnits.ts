import * as React from 'react';
import type { OrgUnit } from '../../domain/organisation';
import type { BrokenItem, OrgUnitListResult } from '../../data/ports/OrgUnitRepository';
import { useServices } from '../ServicesContext';
import { useLatestLoad } from '../shared/useLatestLoad';

export interface OrgUnitsState {
  loading: boolean;
  units: OrgUnit[];
  broken: BrokenItem[];
  /** The last load failure, if any (units keep their previous value). */
  error: unknown;
  reload: () => Promise<void>;
}

const EMPTY: OrgUnitListResult = { units: [], broken: [] };

/** Loads the register through the services' repository; `reload` fetches it again. */
export function useOrgUnits(): OrgUnitsState {
  const { orgUnits } = useServices();
  const load = React.useCallback(() => orgUnits.list(), [orgUnits]);
  const { loading, data, error, reload } = useLatestLoad(load, EMPTY);
  return { loading, units: data.units, broken: data.broken, error, reload };
}
