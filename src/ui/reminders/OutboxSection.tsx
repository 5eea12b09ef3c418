import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { OutboxMail } from '../../data/ports/Outbox';
import { formatDateTime } from '../shared/formatDateTime';
import { useStrings } from '../strings';
import { Disclosure } from './Disclosure';
import { mailHtmlToText } from './mailText';

const preStyle: React.CSSProperties = { whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: '4px 0 12px', padding: 8, border: '1px solid rgba(128,128,128,0.35)' };

function OutboxEntry(props: { mail: OutboxMail }): JSX.Element {
  const strings = useStrings();
  const s = strings.reminders.outbox;
  const { mail } = props;
  return (
    <Disclosure label={s.mailSummary(mail.to.name, mail.to.address, mail.subject)} details={<span>{s.sentAt(formatDateTime(mail.sentAt, strings.locale))}</span>}>
      <pre style={preStyle} aria-label={s.textLabel(mail.subject)} tabIndex={0}>
        {mailHtmlToText(mail.html)}
      </pre>
    </Disclosure>
  );
}

/** The preview's outbox: what "send now" sent (it never leaves the machine), newest first, and a way to empty it. */
export function OutboxSection(props: { mails: readonly OutboxMail[]; busy: boolean; onClear: () => void }): JSX.Element {
  const s = useStrings().reminders.outbox;
  return (
    <>
      <p style={{ margin: '0 0 8px' }}>{s.explanation}</p>
      {props.mails.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <ul aria-label={s.listLabel} style={{ listStyle: 'none', margin: '0 0 8px', padding: 0 }}>
          {props.mails.map((mail) => (
            <li key={`${mail.id}|${mail.sentAt}`} style={{ borderBottom: '1px solid rgba(128,128,128,0.35)', padding: '2px 0' }}>
              <OutboxEntry mail={mail} />
            </li>
          ))}
        </ul>
      )}
      <DefaultButton text={s.clear} iconProps={{ iconName: 'Delete' }} disabled={props.busy || props.mails.length === 0} onClick={props.onClear} />
    </>
  );
}
