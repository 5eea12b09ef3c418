import * as React from 'react';
import type { CatalogueRowIssue } from '../../domain/requirements';
import { useStrings, validationMessage } from '../strings';
import { cellStyle, headerCellStyle, tableStyle } from './styles';

/** Every problem of a rejected import file: row number, column and what is wrong, in the UI's language. */
export function CatalogueImportErrors(props: { issues: readonly CatalogueRowIssue[] }): JSX.Element {
  const strings = useStrings();
  const s = strings.requirements.catalogue;
  return (
    <table style={tableStyle} aria-label={s.errorsLabel}>
      <thead>
        <tr>
          <th scope="col" style={headerCellStyle}>
            {s.errorColumns.row}
          </th>
          <th scope="col" style={headerCellStyle}>
            {s.errorColumns.column}
          </th>
          <th scope="col" style={headerCellStyle}>
            {s.errorColumns.problem}
          </th>
        </tr>
      </thead>
      <tbody>
        {props.issues.map((issue, i) => (
          <tr key={i}>
            <td style={cellStyle}>{issue.row}</td>
            <td style={cellStyle}>{issue.field === 'file' ? '' : issue.field}</td>
            <td style={cellStyle}>{validationMessage(strings, issue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
