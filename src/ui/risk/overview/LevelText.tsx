import * as React from 'react';
import type { RiskScore } from '../../../domain/risk';
import { useStrings } from '../../strings';

/** A score as text ("12 Hög") on its level's colour: the level is always readable without the colour. */
export function LevelText(props: { score: RiskScore | null }): JSX.Element {
  const s = useStrings().riskOverview.register;
  if (!props.score) return <span>{s.notAssessed}</span>;
  const { value, level } = props.score;
  return (
    <span
      style={{
        display: 'inline-block',
        padding: '1px 6px',
        borderRadius: 2,
        background: level.colour,
        color: level.textColour,
        border: '1px solid rgba(0,0,0,0.45)',
        whiteSpace: 'nowrap',
      }}
    >
      {s.score(value, level.label)}
    </span>
  );
}
