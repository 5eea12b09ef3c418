import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { RISK_ANALYSIS_STATUSES, isRiskAnalysisStatus } from '../../domain/risk';
import type { OrgUnit } from '../../domain/organisation';
import { useStrings } from '../strings';
import type { AnalysisQuery } from './analysisQuery';

export interface AnalysisFiltersProps {
  query: AnalysisQuery;
  units: readonly OrgUnit[];
  onChange: (query: AnalysisQuery) => void;
}

const ALL = 'all';

/** Owner unit and status filters above the analysis list. */
export function AnalysisFilters(props: AnalysisFiltersProps): JSX.Element {
  const strings = useStrings();
  const s = strings.risk;
  const { query, onChange } = props;
  const unitOptions = React.useMemo<IDropdownOption[]>(
    () => [
      { key: ALL, text: s.filters.unitAll },
      ...[...props.units].sort((a, b) => a.name.localeCompare(b.name, 'sv-SE')).map((u) => ({ key: u.id, text: u.name })),
    ],
    [props.units, s],
  );
  const statusOptions = React.useMemo<IDropdownOption[]>(
    () => [{ key: ALL, text: s.filters.statusAll }, ...RISK_ANALYSIS_STATUSES.map((k) => ({ key: k, text: s.statuses[k] }))],
    [s],
  );
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', marginBottom: 8 }}>
      <Dropdown
        label={s.filters.unitLabel}
        options={unitOptions}
        selectedKey={query.ownerUnitId}
        onChange={(_e, option) => onChange({ ...query, ownerUnitId: String(option?.key ?? ALL) })}
        styles={{ root: { minWidth: 240 } }}
      />
      <Dropdown
        label={s.filters.statusLabel}
        options={statusOptions}
        selectedKey={query.status}
        onChange={(_e, option) => {
          const key = String(option?.key ?? ALL);
          onChange({ ...query, status: isRiskAnalysisStatus(key) ? key : ALL });
        }}
        styles={{ root: { minWidth: 160 } }}
      />
    </div>
  );
}
