import * as React from 'react';
import type { FixResult } from '../../data/ports/PermissionAdmin';
import { useStrings } from '../strings';
import { findingText } from './findingText';

/** Every finding the fix repaired, in the check's own words (the new report is shown by the view). */
export function FixResultSection(props: { result: FixResult }): JSX.Element {
  const strings = useStrings();
  const s = strings.setup;
  const { repaired } = props.result;
  return (
    <section aria-label={s.resultTitle}>
      <h3 style={{ fontSize: 16, fontWeight: 600, margin: '16px 0 4px' }}>{s.resultTitle}</h3>
      {repaired.length === 0 ? (
        <p style={{ margin: 0 }}>{s.noActions}</p>
      ) : (
        <>
          <p style={{ margin: '0 0 4px' }}>{s.actionsDone(repaired.length)}</p>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {repaired.map((finding) => (
              <li key={finding.key}>{findingText(strings, finding)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
