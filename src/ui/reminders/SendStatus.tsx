import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { useStrings } from '../strings';
import { SendResultMessage } from './SendResultMessage';
import type { SendOutcome } from './sendOutcome';

/**
 * Where "send now" reports: the progress while sending, then the result. It takes the focus as soon as sending starts
 * (in the same commit that closes the confirmation dialog, so the dialog does not pull the focus back to the button)
 * and again when the result arrives, so keyboard and screen reader users land on the outcome.
 */
export function SendStatus(props: { sending: boolean; outcome: SendOutcome | undefined; onDismiss: () => void }): JSX.Element {
  const s = useStrings().reminders.send;
  const ref = React.useRef<HTMLDivElement>(null);
  React.useLayoutEffect(() => {
    ref.current?.focus();
  }, [props.sending, props.outcome]);
  return (
    <div ref={ref} tabIndex={-1} role="region" aria-label={s.resultTitle} style={{ margin: '8px 0', outlineOffset: 2 }}>
      {props.sending && <ProgressIndicator label={s.sending} description={s.sendingDetail} />}
      {props.outcome && <SendResultMessage outcome={props.outcome} onDismiss={props.onDismiss} />}
    </div>
  );
}
