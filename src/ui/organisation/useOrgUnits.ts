import * as React from 'react';
import type { OrgUnit } from '../../domain/organisation';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import { useServices } from '../ServicesContext';

export interface OrgUnitsState {
  loading: boolean;
  units: OrgUnit[];
  broken: BrokenItem[];
  /** The last load failure, if any (units keep their previous value). */
  error: unknown;
  reload: () => Promise<void>;
}

/** Loads the register through the services' repository; `reload` fetches it again. */
export function useOrgUnits(): OrgUnitsState {
  const { orgUnits } = useServices();
  const [state, setState] = React.useState<Omit<OrgUnitsState, 'reload'>>({
    loading: true,
    units: [],
    broken: [],
    error: undefined,
  });
  const mounted = React.useRef(true);
  const latest = React.useRef(0);

  const reload = React.useCallback(async (): Promise<void> => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const result = await orgUnits.list();
      if (mounted.current && request === latest.current) {
        setState({ loading: false, units: result.units, broken: result.broken, error: undefined });
      }
    } catch (error) {
      if (mounted.current && request === latest.current) setState((s) => ({ ...s, loading: false, error }));
    }
  }, [orgUnits]);

  React.useEffect(() => {
    mounted.current = true;
    reload().catch(() => undefined);
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { ...state, reload };
}
