import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import type { OrgUnit } from '../../domain/organisation';
import type { Person } from '../../domain/shared/Person';
import type { Strings } from '../strings';

function withEmail(p: Person): string {
  return p.email ? `${p.displayName} <${p.email}>` : p.displayName;
}

function textCell(text: string, title: string = text): JSX.Element {
  return <span title={title}>{text}</span>;
}

/** Names in the cell (one line, fast to scan); names with e-mail addresses in the tooltip. */
function peopleCell(people: readonly Person[], none: string): JSX.Element {
  if (people.length === 0) return textCell(none);
  return textCell(people.map((p) => p.displayName).join(', '), people.map(withEmail).join(', '));
}

/** The list's columns; `parentName` resolves a parent id to what the user sees. */
export function orgUnitColumns(strings: Strings, parentName: (id: string) => string): IColumn[] {
  const s = strings.organisation;
  return [
    {
      key: 'name',
      name: s.columns.name,
      fieldName: 'name',
      minWidth: 160,
      maxWidth: 280,
      isResizable: true,
      isRowHeader: true,
      onRender: (u: OrgUnit) => <strong style={{ fontWeight: 600 }}>{u.name}</strong>,
    },
    {
      key: 'kind',
      name: s.columns.kind,
      minWidth: 90,
      maxWidth: 140,
      isResizable: true,
      onRender: (u: OrgUnit) => textCell(strings.orgKinds[u.kind] ?? u.kind),
    },
    {
      key: 'parent',
      name: s.columns.parent,
      minWidth: 140,
      maxWidth: 240,
      isResizable: true,
      onRender: (u: OrgUnit) => textCell(u.parentId === null ? s.topLevel : parentName(u.parentId)),
    },
    {
      key: 'representatives',
      name: s.columns.representatives,
      minWidth: 180,
      maxWidth: 320,
      isResizable: true,
      onRender: (u: OrgUnit) => peopleCell(u.representatives, s.noPeople),
    },
    {
      key: 'securityContact',
      name: s.columns.securityContact,
      minWidth: 160,
      maxWidth: 280,
      isResizable: true,
      onRender: (u: OrgUnit) => peopleCell(u.securityContact ? [u.securityContact] : [], s.noPeople),
    },
    {
      key: 'status',
      name: s.columns.status,
      minWidth: 70,
      maxWidth: 90,
      isResizable: true,
      onRender: (u: OrgUnit) => textCell(u.active ? s.status.active : s.status.inactive),
    },
  ];
}
