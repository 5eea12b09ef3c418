import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { acceptanceState, isActionOverdue, tryScore, type RiskMatrix } from '../../domain/risk';
import type { StoredRisk } from '../../data/ports/RiskRepository';
import type { StoredRiskAction } from '../../data/ports/RiskActionRepository';
import { useStrings } from '../strings';
import { cellStyle, headerCellStyle, tableStyle } from '../requirements/styles';
import { LevelBadge } from './LevelBadge';

export interface RisksTableProps {
  /** The risks to show, each with its number in the analysis. */
  rows: ReadonlyArray<{ risk: StoredRisk; number: number }>;
  matrix: RiskMatrix | null;
  actions: readonly StoredRiskAction[];
  today: string;
  /** Open the risk's editing panel; absent for people who may not edit (no open button). */
  onOpen?: (risk: StoredRisk) => void;
}

/** The analysis' risks: the wording, inherent and residual value and level in words, treatment, actions, acceptance. */
export function RisksTable(props: RisksTableProps): JSX.Element {
  const strings = useStrings();
  const s = strings.risk;
  const c = s.detail.riskColumns;
  const { onOpen } = props;
  return (
    <table style={tableStyle} aria-label={s.detail.risksLabel}>
      <thead>
        <tr>
          {[c.number, c.wording, c.inherent, c.treatment, c.residual, c.actions, c.acceptance, ''].map((h, i) => (
            <th key={i} scope="col" style={headerCellStyle}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map(({ risk, number }) => {
          const actions = props.actions.filter((a) => a.riskId === risk.id);
          const done = actions.filter((a) => a.status === 'klar').length;
          const overdue = actions.filter((a) => isActionOverdue(a, props.today)).length;
          const state = acceptanceState(risk, props.today);
          return (
            <tr key={risk.id}>
              <td style={cellStyle}>{number}</td>
              <th scope="row" style={{ ...headerCellStyle, fontWeight: 400 }}>
                {s.wording(risk.cause, risk.event, risk.consequence)}
              </th>
              <td style={cellStyle}>{props.matrix ? <LevelBadge score={tryScore(props.matrix, risk.inherent)} /> : s.notAssessed}</td>
              <td style={cellStyle}>{risk.treatment ? s.treatments[risk.treatment] : s.noTreatment}</td>
              <td style={cellStyle}>{props.matrix ? <LevelBadge score={tryScore(props.matrix, risk.residual)} /> : s.notAssessed}</td>
              <td style={cellStyle}>{s.detail.actionsCount(actions.length, done, overdue)}</td>
              <td style={cellStyle}>
                {s.acceptanceStates[state.state]}
                {state.state === 'valid' && state.validUntil ? ` (${state.validUntil})` : ''}
              </td>
              <td style={cellStyle}>
                {onOpen && <DefaultButton text={c.open} ariaLabel={s.detail.openRisk(number)} disabled={!props.matrix} onClick={() => onOpen(risk)} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
