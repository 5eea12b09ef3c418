import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { SendResult } from '../../data/ports/MailSender';
import { useStrings } from '../strings';
import { sendErrorMessage } from './sendErrorMessage';
import { resultRecipient, type SendOutcome } from './sendOutcome';

const listStyle: React.CSSProperties = { margin: '2px 0 4px', paddingLeft: 20 };

/** The outcome of "send now": sent, failed and unresolved (each with its recipients and reasons), skipped; or the error. */
export function SendResultMessage(props: { outcome: SendOutcome; onDismiss: () => void }): JSX.Element {
  const strings = useStrings();
  const s = strings.reminders.send;

  const { outcome } = props;
  let type: MessageBarType;
  let body: React.ReactNode;
  if (outcome.kind === 'error') {
    type = MessageBarType.error;
    body = (
      <>
        <p style={{ margin: 0 }}>{sendErrorMessage(strings, outcome.error)}</p>
        <p style={{ margin: '4px 0 0' }}>{s.partlyLogged}</p>
      </>
    );
  } else {
    const { report, mails } = outcome;
    const problems = report.failed.length + report.unresolved.length;
    type = problems > 0 ? MessageBarType.warning : report.sent.length > 0 ? MessageBarType.success : MessageBarType.info;
    const reasons = (results: SendResult[]): JSX.Element => (
      <ul style={listStyle}>
        {results.map((r) => (
          <li key={r.id}>{s.reasonLine(resultRecipient(mails, r), r.reason || s.noReason)}</li>
        ))}
      </ul>
    );
    const nothing = report.sent.length + problems + report.skipped.length === 0;
    body = (
      <>
        {nothing ? <p style={{ margin: 0 }}>{s.nothing}</p> : <p style={{ margin: 0 }}>{s.sent(report.sent.length)}</p>}
        {report.failed.length > 0 && (
          <>
            <p style={{ margin: '4px 0 0' }}>{s.failed(report.failed.length)}</p>
            {reasons(report.failed)}
          </>
        )}
        {report.unresolved.length > 0 && (
          <>
            <p style={{ margin: '4px 0 0' }}>{s.unresolved(report.unresolved.length)}</p>
            {reasons(report.unresolved)}
          </>
        )}
        {report.skipped.length > 0 && <p style={{ margin: '4px 0 0' }}>{s.skipped(report.skipped.length)}</p>}
        {problems > 0 && <p style={{ margin: '4px 0 0' }}>{s.notRetried}</p>}
      </>
    );
  }

  return (
    <MessageBar messageBarType={type} isMultiline={true} onDismiss={props.onDismiss} dismissButtonAriaLabel={s.dismiss}>
      {body}
    </MessageBar>
  );
}
