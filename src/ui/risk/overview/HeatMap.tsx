import * as React from 'react';
import { heatMap, heatMapCell, type HeatMapBasis, type Risk, type RiskMatrix } from '../../../domain/risk';
import type { HeatMapSelection } from '../../../app/risk/overview';
import { useStrings } from '../../strings';

export interface HeatMapProps {
  /** The risks to count (all scored with `matrix`). */
  risks: readonly Risk[];
  matrix: RiskMatrix;
  /** The selected cell, shown pressed. */
  selected?: HeatMapSelection | null;
  /** Called with the cell chosen by click, Enter or Space, or null when the selected cell is chosen again. Without it the grids are static (print). */
  onSelectCell?: (cell: HeatMapSelection | null) => void;
}

const KINDS: readonly HeatMapBasis[] = ['inherent', 'residual'];

const wrapStyle: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' };
const tableStyle: React.CSSProperties = { borderCollapse: 'separate', borderSpacing: 3 };
const captionStyle: React.CSSProperties = { textAlign: 'left', fontWeight: 600, fontSize: 16, padding: '0 0 6px' };
const axisStyle: React.CSSProperties = { fontWeight: 600, fontSize: 12, padding: '2px 6px', textAlign: 'left', verticalAlign: 'middle', maxWidth: 110 };
const cellBase: React.CSSProperties = {
  width: 84,
  minHeight: 56,
  padding: '4px 2px',
  border: '1px solid rgba(0,0,0,0.45)',
  borderRadius: 2,
  font: 'inherit',
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  boxSizing: 'border-box',
};

function sameCell(a: HeatMapSelection | null | undefined, b: HeatMapSelection): boolean {
  return !!a && a.basis === b.basis && a.likelihood === b.likelihood && a.consequence === b.consequence;
}

/**
 * The värmekarta: inherent and residual risk side by side, sannolikhet (rows, highest first) against konsekvens
 * (columns), with the number of risks per cell. Every cell shows its level as text besides the matrix colour, and
 * when `onSelectCell` is given it is a button (click, Enter or Space) whose label says the whole cell in words.
 */
export function HeatMap(props: HeatMapProps): JSX.Element {
  const strings = useStrings();
  const s = strings.riskOverview.heatMap;
  const { matrix, risks, selected, onSelectCell } = props;
  const rows = [...matrix.likelihood].sort((a, b) => b.value - a.value);
  const columns = [...matrix.consequence].sort((a, b) => a.value - b.value);

  return (
    <div className="lis-heat-map" role="group" aria-label={s.label} style={wrapStyle}>
      {KINDS.map((kind) => {
        const map = heatMap(risks, matrix, kind);
        return (
          <div key={kind}>
            <table style={tableStyle}>
              <caption style={captionStyle}>{kind === 'inherent' ? s.inherentCaption : s.residualCaption}</caption>
              <thead>
                <tr>
                  <td style={axisStyle}>{s.axisCorner}</td>
                  {columns.map((c) => (
                    <th key={c.value} scope="col" style={{ ...axisStyle, textAlign: 'center' }}>
                      <span style={{ fontWeight: 400 }}>{s.consequence}</span>
                      <br />
                      {s.axisValue(c.value, c.label)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.value}>
                    <th scope="row" style={axisStyle}>
                      <span style={{ fontWeight: 400 }}>{s.likelihood}</span>
                      <br />
                      {s.axisValue(r.value, r.label)}
                    </th>
                    {columns.map((c) => {
                      const cell: HeatMapSelection = { basis: kind, likelihood: r.value, consequence: c.value };
                      const counted = heatMapCell(map, r.value, c.value);
                      const count = counted?.count ?? 0;
                      const level = counted?.level ?? null;
                      const levelLabel = level?.label ?? strings.riskOverview.register.unknownLevel;
                      const pressed = sameCell(selected, cell);
                      const style: React.CSSProperties = {
                        ...cellBase,
                        background: level?.colour ?? 'transparent',
                        color: level?.textColour ?? 'inherit',
                        outline: pressed ? '3px solid currentColor' : undefined,
                        outlineOffset: pressed ? -6 : undefined,
                        fontWeight: pressed ? 700 : 400,
                      };
                      // The level text comes first so that what is visible ("Hög 2") is part of the button's name.
                      const content = (
                        <>
                          <span style={{ fontSize: 11 }}>{levelLabel}</span>{' '}
                          <span style={{ fontSize: 18, fontWeight: 600 }}>{count}</span>
                        </>
                      );
                      return (
                        <td key={c.value} style={{ padding: 0 }}>
                          {onSelectCell ? (
                            <button
                              type="button"
                              className="lis-heat-map-cell"
                              style={{ ...style, cursor: 'pointer', width: cellBase.width }}
                              aria-label={s.cellLabel(r.value, r.label, c.value, c.label, count, levelLabel)}
                              aria-pressed={pressed}
                              onClick={() => onSelectCell(pressed ? null : cell)}
                            >
                              {content}
                            </button>
                          ) : (
                            <div style={style}>{content}</div>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            {map.unscored > 0 && <p style={{ margin: '4px 0 0', fontSize: 12 }}>{s.unassessed(map.unscored)}</p>}
            {map.offScale > 0 && <p style={{ margin: '4px 0 0', fontSize: 12 }}>{s.offScale(map.offScale)}</p>}
          </div>
        );
      })}
      <div>
        <p style={{ ...captionStyle, margin: 0 }}>{s.levels}</p>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {matrix.levels.map((level) => (
            <li key={level.key} style={{ display: 'flex', alignItems: 'center', gap: 6, margin: '3px 0', fontSize: 13 }}>
              <span
                aria-hidden={true}
                style={{ display: 'inline-block', width: 16, height: 16, background: level.colour, border: '1px solid rgba(0,0,0,0.45)' }}
              />
              {s.levelRange(level.label, level.min, level.max)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
