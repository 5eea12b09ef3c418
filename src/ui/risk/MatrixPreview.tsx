import * as React from 'react';
import { riskLevelFor, type RiskMatrix } from '../../domain/risk';
import { useStrings } from '../strings';

const cell: React.CSSProperties = { padding: '4px 8px', border: '1px solid rgba(128,128,128,0.5)', textAlign: 'center', minWidth: 72 };

/** The matrix as a table: one row per likelihood (highest first), one column per consequence; each cell value + level. */
export function MatrixPreview(props: { matrix: RiskMatrix; id: string }): JSX.Element {
  const strings = useStrings();
  const s = strings.risk;
  const { matrix } = props;
  const rows = [...matrix.likelihood].reverse();
  return (
    <table style={{ borderCollapse: 'collapse', margin: '8px 0' }} aria-labelledby={`${props.id}-caption`}>
      <caption id={`${props.id}-caption`} style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>
        {s.matrix.previewLabel}
      </caption>
      <thead>
        <tr>
          <td style={cell} />
          {matrix.consequence.map((k) => (
            <th key={k.value} scope="col" style={cell}>
              {`K${k.value} ${k.label}`}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((l) => (
          <tr key={l.value}>
            <th scope="row" style={{ ...cell, textAlign: 'left' }}>{`S${l.value} ${l.label}`}</th>
            {matrix.consequence.map((k) => {
              const value = l.value * k.value;
              const level = riskLevelFor(matrix, value);
              return (
                <td key={k.value} style={{ ...cell, background: level?.colour, color: level?.textColour }}>
                  {s.matrix.previewCell(value, level ? level.label : '?')}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
