import * as React from 'react';
import type { ReminderLogEntry } from '../../data/ports/ReminderLog';
import { formatDateTime } from '../shared/formatDateTime';
import { useStrings } from '../strings';
import { cellStyle, headerCellStyle, tableStyle } from '../requirements/styles';

/** The latest entries of the reminder log, newest first: time, recipient, subject, status (as text) and reason. */
export function ReminderLogTable(props: { entries: readonly ReminderLogEntry[] }): JSX.Element {
  const strings = useStrings();
  const s = strings.reminders;
  if (props.entries.length === 0) return <p>{s.log.empty}</p>;
  return (
    <table style={tableStyle} aria-label={s.log.tableLabel}>
      <thead>
        <tr>
          <th scope="col" style={headerCellStyle}>{s.columns.time}</th>
          <th scope="col" style={headerCellStyle}>{s.columns.recipient}</th>
          <th scope="col" style={headerCellStyle}>{s.columns.subject}</th>
          <th scope="col" style={headerCellStyle}>{s.columns.status}</th>
          <th scope="col" style={headerCellStyle}>{s.columns.reason}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr key={`${entry.key}|${entry.at}`}>
            <td style={cellStyle}>{formatDateTime(entry.at, strings.locale)}</td>
            <td style={cellStyle}>{entry.recipient}</td>
            <td style={cellStyle}>{entry.subject}</td>
            <td style={cellStyle}>{s.log.status[entry.status] ?? entry.status}</td>
            <td style={cellStyle}>{entry.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
