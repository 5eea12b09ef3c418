import * as React from 'react';
import { ASPECTS, aggregateProfile, formatProfile, type ClassificationObject } from '../../domain/classification';
import { useStrings } from '../strings';

export interface ProfileTableProps {
  object: Pick<ClassificationObject, 'sets' | 'manualRaises'>;
  /** An id for the caption, so a section can point at it. */
  id: string;
}

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 12px 4px 0', verticalAlign: 'top' };

/**
 * The object's profile (`K2-R3-T2-S2`) and, per aspect, its level in words and which information set drives it
 * (the maximum principle), or the manual raise that lifts it.
 */
export function ProfileTable(props: ProfileTableProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification;
  const aggregated = aggregateProfile(props.object);
  const names = new Map(props.object.sets.map((set) => [set.id, set.name] as [string, string]));
  return (
    <div>
      <p style={{ fontSize: 20, fontWeight: 600, margin: '4px 0 8px' }} data-testid="lis-cls-profile">
        {formatProfile(aggregated.profile)}
      </p>
      {aggregated.empty && <p>{s.detail.noSets}</p>}
      <table style={{ borderCollapse: 'collapse' }} aria-labelledby={`${props.id}-caption`}>
        <caption id={`${props.id}-caption`} style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>
          {s.detail.profileLabel}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>{s.detail.raiseAspect}</th>
            <th scope="col" style={cell}>{s.wizard.aspect.levelLabel}</th>
            <th scope="col" style={cell}>{s.detail.drivenByColumn}</th>
          </tr>
        </thead>
        <tbody>
          {ASPECTS.map((aspect) => {
            const level = aggregated.profile[aspect];
            const raise = props.object.manualRaises[aspect];
            const drivers = aggregated.drivers[aspect].map((id) => names.get(id) ?? id);
            const raised = aggregated.raised.indexOf(aspect) >= 0 && raise;
            return (
              <tr key={aspect}>
                <th scope="row" style={cell}>{`${aspect} – ${s.aspects[aspect]}`}</th>
                <td style={cell}>{s.levelOption(level, s.levels[level])}</td>
                <td style={cell}>
                  {raised ? s.detail.raisedManually(raise.level, raise.motivering) : drivers.length > 0 ? drivers.join(', ') : s.detail.noDriver}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
