import * as React from 'react';
import { ASPECTS, formatProfile, setProfile, type InformationSet } from '../../../domain/classification';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useStrings } from '../../strings';

export interface InformationSetsSectionProps {
  object: StoredClassification;
  sharedTypeName: (id: string) => string;
}

function SetItem(props: { set: InformationSet; sharedTypeName: (id: string) => string }): JSX.Element {
  const s = useStrings().classification;
  const { set } = props;
  return (
    <li style={{ marginBottom: 12 }}>
      <h5 style={{ fontSize: 15, fontWeight: 600, margin: '8px 0 2px' }}>{set.name}</h5>
      <div>{s.detail.setProfile(formatProfile(setProfile(set)))}</div>
      {set.description && <div>{set.description}</div>}
      <div>{s.detail.setPersonalData(s.personalData[set.personalData.kind], set.personalData.note)}</div>
      {set.sharedTypeId && <div>{s.detail.setShared(props.sharedTypeName(set.sharedTypeId))}</div>}
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {ASPECTS.map((a) => (
          <li key={a}>{s.detail.setMotivering(`${a} – ${s.aspects[a]}`, set.assessments[a].level, set.assessments[a].motivering)}</li>
        ))}
      </ul>
      {(set.loweringRequests ?? []).length > 0 && (
        <ul style={{ margin: '4px 0', paddingLeft: 20 }} aria-label={s.lowerings.heading}>
          {(set.loweringRequests ?? []).map((r) => (
            <li key={r.id}>
              {s.detail.loweringLine(r.aspect, r.fromLevel, r.toLevel, s.detail.loweringStatus[r.status])}
              {r.decisionReason ? ` – ${r.decisionReason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The object's informationsmängder: each set's profile, personal data, shared origin, motiveringar and lowerings. */
export function InformationSetsSection(props: InformationSetsSectionProps): JSX.Element {
  const s = useStrings().classification;
  if (props.object.sets.length === 0) return <p>{s.wizard.sets.none}</p>;
  return (
    <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {props.object.sets.map((set) => (
        <SetItem key={set.id} set={set} sharedTypeName={props.sharedTypeName} />
      ))}
    </ul>
  );
}
