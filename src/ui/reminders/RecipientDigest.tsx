import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { buildDigest, safeHttpUrl, type DigestLinks, type PlannedDigest } from '../../domain/reminders';
import { useStrings } from '../strings';
import { cellStyle, headerCellStyle, tableStyle } from '../requirements/styles';
import { Disclosure } from './Disclosure';
import { roleLabel, stateLabel, stepLabel } from './reminderLabels';

const preStyle: React.CSSProperties = { whiteSpace: 'pre-wrap', fontFamily: 'inherit', margin: '4px 0 12px', padding: 8, border: '1px solid rgba(128,128,128,0.35)' };

/**
 * One recipient of today's run: name, e-mail and counts; expanded, the items of their digest as a table (built from
 * the planned data, never from the mail's HTML) and, on request, the mail's plain text.
 */
export function RecipientDigest(props: { digest: PlannedDigest; links: DigestLinks }): JSX.Element {
  const strings = useStrings();
  const s = strings.reminders;
  const { recipient, items } = props.digest;
  const overdue = items.filter((i) => i.task.state === 'forsenad').length;
  const escalations = items.filter((i) => i.role !== 'ansvarig').length;
  const [showText, setShowText] = React.useState(false);
  const text = React.useMemo(() => (showText ? buildDigest(recipient, items, props.links).text : ''), [showText, recipient, items, props.links]);

  return (
    <Disclosure
      label={recipient.displayName}
      details={
        <span>
          {recipient.email} · {s.today.recipientFacts(items.length, overdue, escalations)}
        </span>
      }
    >
      <table style={tableStyle}>
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{s.today.itemsCaption(recipient.displayName)}</caption>
        <thead>
          <tr>
            <th scope="col" style={headerCellStyle}>{s.columns.task}</th>
            <th scope="col" style={headerCellStyle}>{s.columns.dueDate}</th>
            <th scope="col" style={headerCellStyle}>{s.columns.state}</th>
            <th scope="col" style={headerCellStyle}>{s.columns.step}</th>
            <th scope="col" style={headerCellStyle}>{s.columns.role}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const url = safeHttpUrl(props.links.taskUrl(item.task.link));
            return (
              <tr key={item.key}>
                <th scope="row" style={{ ...cellStyle, fontWeight: 'normal' }}>
                  {url ? <a href={url}>{item.task.title}</a> : item.task.title}
                </th>
                <td style={cellStyle}>{item.task.dueDate}</td>
                <td style={cellStyle}>{stateLabel(s, item.task.state)}</td>
                <td style={cellStyle}>{stepLabel(s, item.step)}</td>
                <td style={cellStyle}>
                  {roleLabel(s, item.role)}
                  {item.role !== 'ansvarig' && (
                    <>
                      <br />
                      <small>{s.roles.responsible(item.responsible.displayName, item.responsible.email)}</small>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ActionButton iconProps={{ iconName: 'TextDocument' }} aria-expanded={showText} onClick={() => setShowText(!showText)}>
        {showText ? s.today.hideText : s.today.showText}
      </ActionButton>
      {showText && (
        <pre style={preStyle} aria-label={s.today.textLabel(recipient.displayName)} tabIndex={0}>
          {text}
        </pre>
      )}
    </Disclosure>
  );
}
