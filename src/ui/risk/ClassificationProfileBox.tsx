import * as React from 'react';
import { ASPECTS, effectiveProfile, formatProfile } from '../../domain/classification';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import { useStrings } from '../strings';

/** The linked klassningsobjekt's K-R-T-S profile beside the risks: the profile and each aspect's level in words. */
export function ClassificationProfileBox(props: { object: StoredClassification | undefined }): JSX.Element {
  const strings = useStrings();
  const s = strings.risk.detail;
  const { object } = props;
  if (!object) return <p>{s.classificationMissing}</p>;
  const profile = effectiveProfile(object);
  return (
    <div>
      <p style={{ margin: '4px 0', fontSize: 16, fontWeight: 600 }}>{s.classificationProfile(object.name, formatProfile(profile))}</p>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        {ASPECTS.map((aspect) => (
          <li key={aspect}>{s.aspectLevel(aspect, strings.classification.aspects[aspect], profile[aspect], strings.classification.levels[profile[aspect]])}</li>
        ))}
      </ul>
    </div>
  );
}
