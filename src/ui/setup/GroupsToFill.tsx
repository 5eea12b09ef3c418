import * as React from 'react';
import { FIXED_GROUP_NAMES, FIXED_ROLES, unitGroupName } from '../../domain/access/roles';
import type { OrgUnit } from '../../domain/organisation/OrgUnit';
import { cellStyle, headerCellStyle, tableStyle } from '../requirements/styles';
import { useStrings } from '../strings';

/** The groups the coordinator fills on the site: the fixed groups and one per active unit, with who belongs there. */
export function GroupsToFill(props: { units: readonly OrgUnit[] }): JSX.Element {
  const s = useStrings().setup;
  const rows = [
    ...FIXED_ROLES.map((role) => ({ group: FIXED_GROUP_NAMES[role], members: s.fixedGroupMembers[role] })),
    ...props.units.filter((u) => u.active).map((u) => ({ group: unitGroupName(u), members: s.unitGroupMembers(u.name) })),
  ];
  return (
    <section aria-label={s.groupsTitle}>
      <h3 style={{ fontSize: 16, fontWeight: 600, margin: '20px 0 4px' }}>{s.groupsTitle}</h3>
      <p style={{ margin: '0 0 4px' }}>{s.groupsIntro}</p>
      <table style={tableStyle}>
        <thead>
          <tr>
            <th scope="col" style={headerCellStyle}>{s.groupColumn}</th>
            <th scope="col" style={headerCellStyle}>{s.membersColumn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.group}>
              <td style={cellStyle}>{r.group}</td>
              <td style={cellStyle}>{r.members}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
