import * as React from 'react';
import type { OrgUnit } from '../../domain/organisation';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import type { StoredRiskMatrix } from '../../data/ports/RiskMatrixRepository';
import { useServices } from '../ServicesContext';

export interface RiskAnalysesState {
  loading: boolean;
  items: StoredRiskAnalysis[];
  broken: BrokenItem[];
  /** Every org unit, to name owners and offer active ones in the form. */
  units: OrgUnit[];
  /** Klassningsobjekt an analysis may be linked to. */
  objects: StoredClassification[];
  /** The newest matrix version (a new analysis is scored with it); null when none is stored. */
  latestMatrix: StoredRiskMatrix | null;
  error: unknown;
  reload: () => Promise<void>;
}

/** Loads the analyses, the organisation register, the classification objects and the latest matrix. */
export function useRiskAnalyses(): RiskAnalysesState {
  const { riskAnalyses, orgUnits, classifications, riskMatrices } = useServices();
  const [state, setState] = React.useState<Omit<RiskAnalysesState, 'reload'>>({
    loading: true,
    items: [],
    broken: [],
    units: [],
    objects: [],
    latestMatrix: null,
    error: undefined,
  });
  const mounted = React.useRef(true);
  const latest = React.useRef(0);

  const reload = React.useCallback(async (): Promise<void> => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const [list, register, objects, matrix] = await Promise.all([
        riskAnalyses.list(),
        orgUnits.list(),
        classifications.list(),
        riskMatrices.latest(),
      ]);
      if (mounted.current && request === latest.current) {
        setState({
          loading: false,
          items: list.items,
          broken: [...list.broken, ...objects.broken],
          units: register.units,
          objects: objects.items,
          latestMatrix: matrix,
          error: undefined,
        });
      }
    } catch (error) {
      if (mounted.current && request === latest.current) setState((s) => ({ ...s, loading: false, error }));
    }
  }, [riskAnalyses, orgUnits, classifications, riskMatrices]);

  React.useEffect(() => {
    mounted.current = true;
    reload().catch(() => undefined);
    return () => {
      mounted.current = false;
    };
  }, [reload]);

  return { ...state, reload };
}
