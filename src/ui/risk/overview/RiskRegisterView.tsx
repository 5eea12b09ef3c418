import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { filterRegister, isoDay, loadRiskRegister, type LoadedRiskRegister, type RegisterFilters } from '../../../app/risk/overview';
import type { OrgUnit } from '../../../domain/organisation';
import { useAccess } from '../../access';
import { canReadAllUnits, canReadUnit } from '../../../domain/access/UserAccess';
import { useServices } from '../../ServicesContext';
import { errorMessage, useStrings } from '../../strings';
import { BrokenItemsWarning } from '../../organisation/BrokenItemsWarning';
import { toolbarStyle, viewTitleStyle } from '../../requirements/styles';
import { HeatMap } from './HeatMap';
import { RiskRegister } from './RiskRegister';

interface RegisterData extends LoadedRiskRegister {
  units: OrgUnit[];
}

/**
 * Riskregister: the municipality-wide register with its heat map. The filters (unit, level, owner, status, overdue
 * actions) narrow both; choosing a heat map cell narrows the register to that cell.
 */
export default function RiskRegisterView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.riskOverview.view;
  const h = strings.riskOverview.heatMap;
  const [data, setData] = React.useState<RegisterData | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [loading, setLoading] = React.useState(true);
  const [filters, setFilters] = React.useState<RegisterFilters>({});
  const latestRequest = React.useRef(0);

  const reload = React.useCallback(async (): Promise<void> => {
    const request = ++latestRequest.current;
    setLoading(true);
    try {
      const [register, units] = await Promise.all([loadRiskRegister(services), services.orgUnits.list()]);
      if (request !== latestRequest.current) return;
      setData({ ...register, units: units.units, broken: [...register.broken, ...units.broken] });
      setError(undefined);
    } catch (e) {
      if (request === latestRequest.current) setError(e);
    } finally {
      if (request === latestRequest.current) setLoading(false);
    }
  }, [services]);

  React.useEffect(() => {
    reload().catch(() => undefined);
    return () => {
      latestRequest.current += 1;
    };
  }, [reload]);

  const { access } = useAccess();
  const allUnits = canReadAllUnits(access);
  // Coordinators and readers see the whole municipality; a unit's editors only their own units' rows.
  const rows = React.useMemo(() => (data ? data.rows.filter((r) => canReadUnit(access, r.analysis.ownerUnitId)) : []), [data, access]);
  const latest = data?.latest ?? null;
  const today = isoDay(services.now());
  // The heat map follows every filter but its own cell, and counts the risks scored on the latest matrix version.
  const mapRisks = React.useMemo(
    () =>
      data && latest
        ? filterRegister(rows, data.matrices, { ...filters, cell: null }, data.units, today)
            .filter((entry) => entry.analysis.matrixVersion === latest.version)
            .map((entry) => entry.risk)
        : [],
    [data, rows, latest, filters, today]
  );

  return (
    <div className="lis-risk-register-view">
      <h2 style={viewTitleStyle}>{s.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{s.description}</p>
      {!allUnits && <p style={{ margin: '0 0 12px' }}>{strings.access.ownUnitsOnly}</p>}
      <div style={toolbarStyle}>
        <DefaultButton text={s.refresh} iconProps={{ iconName: 'Refresh' }} onClick={() => reload().catch(() => undefined)} />
      </div>
      {error !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={<DefaultButton onClick={() => reload().catch(() => undefined)} text={strings.app.retry} />}
        >
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      {data && <BrokenItemsWarning items={data.broken} />}
      {!data && loading && error === undefined ? (
        <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 24 } }} />
      ) : (
        data && (
          <>
            {latest ? (
              <section aria-label={h.label} style={{ margin: '8px 0 16px' }}>
                <p style={{ margin: '0 0 8px', fontSize: 12 }}>{s.heatMapMatrix(latest.name, latest.version)}</p>
                <HeatMap risks={mapRisks} matrix={latest} selected={filters.cell ?? null} onSelectCell={(cell) => setFilters({ ...filters, cell })} />
                {filters.cell && (
                  <p style={{ display: 'flex', gap: 8, alignItems: 'center', margin: '8px 0 0' }}>
                    <span>
                      {h.selected(filters.cell.basis === 'inherent' ? h.inherent : h.residual, filters.cell.likelihood, filters.cell.consequence)}
                    </span>
                    <DefaultButton text={h.clear} onClick={() => setFilters({ ...filters, cell: null })} />
                  </p>
                )}
              </section>
            ) : (
              <MessageBar messageBarType={MessageBarType.info}>{s.noMatrix}</MessageBar>
            )}
            <RiskRegister rows={rows} matrices={data.matrices} today={today} units={data.units} levels={latest?.levels ?? []} filters={filters} onFiltersChange={setFilters} />
          </>
        )
      )}
    </div>
  );
}
