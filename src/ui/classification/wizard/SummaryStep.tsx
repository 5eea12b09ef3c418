import * as React from 'react';
import { ASPECTS, effectiveProfile, formatProfile, isBusinessCritical, setProfile, type ClassificationObject } from '../../../domain/classification';
import type { ValidationIssue } from '../../../domain/shared/Validation';
import { useStrings } from '../../strings';
import { CriticalityFields } from '../CriticalityFields';
import { ProfileTable } from '../ProfileTable';
import { SecurityProtectionNotice } from '../SecurityProtectionNotice';

export interface SummaryStepProps {
  object: ClassificationObject;
  issues: readonly ValidationIssue[];
  onChange: (object: ClassificationObject) => void;
}

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 12px 4px 0' };

/** The last step: the object's profile and its drivers, each set's levels, and the samhällsviktig question. */
export function SummaryStep(props: SummaryStepProps): JSX.Element {
  const s = useStrings().classification;
  const { object } = props;
  const critical = isBusinessCritical(effectiveProfile(object));
  return (
    <div>
      <p style={{ marginTop: 0 }}>{s.wizard.summary.intro}</p>
      <h3 style={{ fontSize: 16, fontWeight: 600, margin: '8px 0 0' }}>{s.wizard.summary.profile}</h3>
      <ProfileTable object={object} id="lis-cls-wizard-profile" />
      <SecurityProtectionNotice object={object} />
      <table style={{ borderCollapse: 'collapse', marginTop: 12 }}>
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{s.wizard.summary.setsTable}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>{s.wizard.summary.setColumn}</th>
            {ASPECTS.map((a) => (
              <th key={a} scope="col" style={cell}>
                <abbr title={s.aspects[a]}>{a}</abbr>
              </th>
            ))}
            <th scope="col" style={cell}>{s.columns.profile}</th>
          </tr>
        </thead>
        <tbody>
          {object.sets.map((set) => (
            <tr key={set.id}>
              <th scope="row" style={cell}>{set.name}</th>
              {ASPECTS.map((a) => (
                <td key={a} style={cell}>{set.assessments[a].level}</td>
              ))}
              <td style={cell}>{formatProfile(setProfile(set))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {critical && (
        <section aria-labelledby="lis-cls-wizard-critical" style={{ marginTop: 16 }}>
          <h3 id="lis-cls-wizard-critical" style={{ fontSize: 16, fontWeight: 600, margin: '8px 0 0' }}>
            {s.detail.criticalHeading}
          </h3>
          <CriticalityFields
            value={object.criticality}
            issues={props.issues}
            onChange={(criticality) => props.onChange({ ...object, criticality })}
          />
        </section>
      )}
    </div>
  );
}
