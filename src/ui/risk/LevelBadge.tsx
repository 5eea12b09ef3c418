import * as React from 'react';
import type { RiskScore } from '../../domain/risk';
import { useStrings } from '../strings';

/**
 * A scored value as text with the level's colours: "12 Hög (S3 × K4)". The words carry the meaning; the colour only
 * repeats it (the matrix' text colour is checked for contrast on its background).
 */
export function LevelBadge(props: { score: RiskScore | null; compact?: boolean }): JSX.Element {
  const strings = useStrings();
  const s = strings.risk;
  const { score } = props;
  if (!score) return <span>{s.notAssessed}</span>;
  const text = props.compact
    ? `${score.value} ${score.level.label}`
    : s.scoreText(score.value, score.level.label, score.likelihood, score.consequence);
  return (
    <span
      data-level={score.level.key}
      style={{
        display: 'inline-block',
        padding: '1px 8px',
        borderRadius: 2,
        background: score.level.colour,
        color: score.level.textColour,
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {text}
    </span>
  );
}
