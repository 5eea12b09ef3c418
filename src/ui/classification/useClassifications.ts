import * as React from 'react';
import type { OrgUnit } from '../../domain/organisation';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import { useServices } from '../ServicesContext';
import { useLatestLoad } from '../shared/useLatestLoad';

export interface ClassificationsState {
  loading: boolean;
  items: StoredClassification[];
  broken: BrokenItem[];
  /** Every org unit (active and inactive), to name owners and offer active ones in the wizard. */
  units: OrgUnit[];
  error: unknown;
  reload: () => Promise<void>;
}

type Loaded = Pick<ClassificationsState, 'items' | 'broken' | 'units'>;

const EMPTY: Loaded = { items: [], broken: [], units: [] };

/** Loads the classification objects and the organisation register; `reload` fetches both again. */
export function useClassifications(): ClassificationsState {
  const { classifications, orgUnits } = useServices();
  const load = React.useCallback(async (): Promise<Loaded> => {
    const [list, register] = await Promise.all([classifications.list(), orgUnits.list()]);
    return { items: list.items, broken: list.broken, units: register.units };
  }, [classifications, orgUnits]);
  const { loading, data, error, reload } = useLatestLoad(load, EMPTY);
  return { loading, ...data, error, reload };
}
