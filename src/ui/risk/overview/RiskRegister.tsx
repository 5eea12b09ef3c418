import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { filterRegister, type RegisterFilters, type RegisterRow } from '../../../app/risk/overview';
import type { OrgUnit } from '../../../domain/organisation';
import { RISK_ANALYSIS_STATUSES, isRiskAnalysisStatus, type RiskLevelDefinition, type RiskMatrix } from '../../../domain/risk';
import { useStrings } from '../../strings';
import { cellStyle, headerCellStyle, tableStyle, toolbarStyle } from '../../requirements/styles';
import { LevelText } from './LevelText';
import { acceptanceText } from './acceptanceText';

export interface RiskRegisterProps {
  /** Every row in scope (one analysis, one unit or the whole municipality); the filters narrow them. */
  rows: readonly RegisterRow[];
  /** Every matrix version: each risk is scored on its analysis' own version. */
  matrices: readonly RiskMatrix[];
  /** `YYYY-MM-DD`: decides overdue actions and expired acceptances. */
  today: string;
  /** Org units, for the unit filter and column (units under a chosen unit are included). */
  units: readonly OrgUnit[];
  /** The levels offered by the level filter (the latest matrix'). */
  levels: readonly RiskLevelDefinition[];
  /** Controlled filters; without them the register keeps its own. */
  filters?: RegisterFilters;
  onFiltersChange?: (filters: RegisterFilters) => void;
  /** Hide the unit filter and column (a single analysis' register). */
  hideUnit?: boolean;
  /** Hide the analysis filter and column (a single analysis' register). */
  hideAnalysis?: boolean;
}

const ALL = '__all__';
const NO_OWNER = '__none__';

/**
 * The riskregister: a table of risks with their wording, analysis, unit, owner, inherent and residual score (levels as
 * text), treatment, actions (overdue counted) and acceptance, filtered by level, owner, analysis status, overdue
 * actions and unit.
 */
export function RiskRegister(props: RiskRegisterProps): JSX.Element {
  const strings = useStrings();
  const s = strings.riskOverview.register;
  const o = strings.riskOverview;
  const [ownFilters, setOwnFilters] = React.useState<RegisterFilters>({});
  const filters = props.filters ?? ownFilters;
  const setFilters = (next: RegisterFilters): void => {
    if (props.onFiltersChange) props.onFiltersChange(next);
    if (!props.filters) setOwnFilters(next);
  };
  const shown = filterRegister(props.rows, props.matrices, filters, props.units, props.today);
  const unitName = React.useMemo(() => new Map(props.units.map((u) => [u.id, u.name] as const)), [props.units]);

  const levelOptions: IDropdownOption[] = [{ key: ALL, text: s.levelAll }, ...props.levels.map((l) => ({ key: l.key, text: l.label }))];
  const ownerOptions: IDropdownOption[] = React.useMemo(() => {
    const owners = new Map<string, string>();
    let anyWithout = false;
    for (const row of props.rows) {
      if (row.risk.riskOwner) owners.set(row.risk.riskOwner.email.toLowerCase(), row.risk.riskOwner.displayName);
      else anyWithout = true;
    }
    const options = Array.from(owners, ([key, text]) => ({ key, text })).sort((a, b) => a.text.localeCompare(b.text, 'sv'));
    return [{ key: ALL, text: s.ownerAll }, ...options, ...(anyWithout ? [{ key: NO_OWNER, text: s.noOwner }] : [])];
  }, [props.rows, s.ownerAll, s.noOwner]);
  const statusOptions: IDropdownOption[] = [
    { key: ALL, text: s.statusAll },
    ...RISK_ANALYSIS_STATUSES.map((st) => ({ key: st, text: o.analysisStatuses[st] })),
  ];
  const unitOptions: IDropdownOption[] = [
    { key: ALL, text: s.unitAll },
    ...[...props.units]
      .filter((u) => u.active || props.rows.some((r) => r.analysis.ownerUnitId === u.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .map((u) => ({ key: u.id, text: u.name })),
  ];

  const analysisOptions: IDropdownOption[] = React.useMemo(() => {
    const analyses = new Map<string, string>();
    for (const row of props.rows) analyses.set(row.analysis.id, row.analysis.name);
    const options = Array.from(analyses, ([key, text]) => ({ key, text })).sort((a, b) => a.text.localeCompare(b.text, 'sv'));
    return [{ key: ALL, text: s.analysisAll }, ...options];
  }, [props.rows, s.analysisAll]);

  const ownerKey = filters.ownerEmail === undefined ? ALL : filters.ownerEmail === '' ? NO_OWNER : filters.ownerEmail;
  const c = s.columns;
  const headers = [c.risk, ...(props.hideAnalysis ? [] : [c.analysis]), ...(props.hideUnit ? [] : [c.unit]), c.owner, c.inherent, c.residual, c.treatment, c.actions, c.acceptance];

  return (
    <div className="lis-risk-register">
      <div style={toolbarStyle} role="group" aria-label={s.filtersLabel}>
        <Dropdown
          label={s.level}
          options={levelOptions}
          selectedKey={filters.levelKey ?? ALL}
          onChange={(_e, option) => option && setFilters({ ...filters, levelKey: option.key === ALL ? undefined : String(option.key) })}
          styles={{ root: { minWidth: 160 } }}
        />
        <Dropdown
          label={s.owner}
          options={ownerOptions}
          selectedKey={ownerKey}
          onChange={(_e, option) =>
            option &&
            setFilters({ ...filters, ownerEmail: option.key === ALL ? undefined : option.key === NO_OWNER ? '' : String(option.key) })
          }
          styles={{ root: { minWidth: 200 } }}
        />
        <Dropdown
          label={s.status}
          options={statusOptions}
          selectedKey={filters.status ?? ALL}
          onChange={(_e, option) =>
            option && setFilters({ ...filters, status: isRiskAnalysisStatus(option.key) ? option.key : undefined })
          }
          styles={{ root: { minWidth: 160 } }}
        />
        {!props.hideUnit && (
          <Dropdown
            label={s.unit}
            options={unitOptions}
            selectedKey={filters.unitId ?? ALL}
            onChange={(_e, option) => option && setFilters({ ...filters, unitId: option.key === ALL ? undefined : String(option.key) })}
            styles={{ root: { minWidth: 240 } }}
          />
        )}
        {!props.hideAnalysis && (
          <Dropdown
            label={s.analysis}
            options={analysisOptions}
            selectedKey={filters.analysisId ?? ALL}
            onChange={(_e, option) => option && setFilters({ ...filters, analysisId: option.key === ALL ? undefined : String(option.key) })}
            styles={{ root: { minWidth: 240 } }}
          />
        )}
        <Checkbox
          label={s.overdueOnly}
          checked={!!filters.overdueOnly}
          onChange={(_e, checked) => setFilters({ ...filters, overdueOnly: !!checked })}
          styles={{ root: { marginBottom: 6 } }}
        />
      </div>
      <p role="status" aria-live="polite" style={{ margin: '8px 0' }}>
        {s.count(shown.length, props.rows.length)}
      </p>
      {shown.length === 0 ? (
        <p>{props.rows.length === 0 ? s.empty : s.noMatches}</p>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={tableStyle} aria-label={s.listLabel}>
            <thead>
              <tr>
                {headers.map((h) => (
                  <th key={h} scope="col" style={headerCellStyle}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const risk = row.risk;
                return (
                  <tr key={risk.id}>
                    <th scope="row" style={{ ...headerCellStyle, fontWeight: 400, minWidth: 240 }}>
                      <span style={{ fontWeight: 600 }}>{risk.event}</span>
                      <br />
                      <span style={{ fontSize: 12 }}>{o.wording(risk.cause, risk.event, risk.consequence)}</span>
                    </th>
                    {!props.hideAnalysis && <td style={cellStyle}>{row.analysis.name}</td>}
                    {!props.hideUnit && <td style={cellStyle}>{unitName.get(row.analysis.ownerUnitId) ?? s.unknownUnit}</td>}
                    <td style={cellStyle}>{risk.riskOwner?.displayName ?? s.noOwner}</td>
                    <td style={cellStyle}>
                      <LevelText score={row.inherent} />
                    </td>
                    <td style={cellStyle}>
                      <LevelText score={row.residual} />
                    </td>
                    <td style={cellStyle}>{risk.treatment ? o.treatments[risk.treatment] : o.treatments.none}</td>
                    <td style={cellStyle}>{row.actions.length === 0 ? s.noActions : s.actions(row.actions.length, row.overdueActions)}</td>
                    <td style={cellStyle}>{acceptanceText(strings, row.acceptance)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
