import * as React from 'react';
import type { DigestLinks, PlannedDigest } from '../../domain/reminders';
import { useStrings } from '../strings';
import { RecipientDigest } from './RecipientDigest';

/** Today's recipients, one expandable entry each (sorted by e-mail, as planned). */
export function RecipientList(props: { digests: readonly PlannedDigest[]; links: DigestLinks }): JSX.Element {
  const s = useStrings().reminders.today;
  return (
    <ul aria-label={s.recipientsLabel} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {props.digests.map((digest) => (
        <li key={digest.recipient.email.toLowerCase()} style={{ borderBottom: '1px solid rgba(128,128,128,0.35)', padding: '2px 0' }}>
          <RecipientDigest digest={digest} links={props.links} />
        </li>
      ))}
    </ul>
  );
}
