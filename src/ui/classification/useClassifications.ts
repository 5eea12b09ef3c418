import * as React from 'react';
import type { OrgUnit } from '../../domain/organisation';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import { useServices } from '../ServicesContext';

export interface ClassificationsState {
  loading: boolean;
  items: StoredClassification[];
  broken: BrokenItem[];
  /** Every org unit (active and inactive), to name owners and offer active ones in the wizard. */
  units: OrgUnit[];
  error: unknown;
  reload: () => Promise<void>;
}

/** Loads the classification objects and the organisation register; `reload` fetches both again. */
export function useClassifications(): ClassificationsState {
  const { classifications, orgUnits } = useServices();
  const [state, setState] = React.useState<Omit<ClassificationsState, 'reload'>>({
    loading: true,
    items: [],
    broken: [],
    units: [],
    error: undefined,
  });
  const mounted = React.useRef(true);
  const latest = React.useRef(0);

  const reload = React.useCallback(async (): Promise<void> => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const [list, register] = await Promise.all([classifications.list(), orgUnits.list()]);
      if (mounted.current && request === latest.current) {
        setState({ loading: false, items: list.items, broken: list.broken, units: register.units, error: undefined });
      }
    } catch (error) {
      if (mounted.current && request === latest.current) setState((s) => ({ ...s, loading: false, error }));
    }
  }, [classifications, orgUnits]);

  React.useEffect(() => {
    mounted.current = true;
    reload().catch(() => undefined);
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { ...state, reload };
}
