import * as React from 'react';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { Label } from '@fluentui/react/lib/Label';
import { ORG_UNIT_KINDS, isOrgUnitKind, type OrgUnitQuery } from '../../domain/organisation';
import { useStrings } from '../strings';

export interface OrgUnitFiltersProps {
  query: OrgUnitQuery;
  onChange: (query: OrgUnitQuery) => void;
}

const ALL = 'all';

/** Free-text search, kind filter and the "show inactive" switch above the list. */
export function OrgUnitFilters(props: OrgUnitFiltersProps): JSX.Element {
  const strings = useStrings();
  const s = strings.organisation;
  const { query, onChange } = props;
  const searchId = 'lis-org-search';
  const kindOptions = React.useMemo<IDropdownOption[]>(
    () => [{ key: ALL, text: s.kindAll }, ...ORG_UNIT_KINDS.map((k) => ({ key: k, text: strings.orgKinds[k] }))],
    [strings],
  );
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', marginBottom: 8 }}>
      <div style={{ minWidth: 240, flex: '1 1 240px', maxWidth: 420 }}>
        <Label htmlFor={searchId}>{s.searchLabel}</Label>
        <SearchBox
          id={searchId}
          placeholder={s.searchPlaceholder}
          value={query.text}
          onChange={(_e, text) => onChange({ ...query, text: text ?? '' })}
          onClear={() => onChange({ ...query, text: '' })}
        />
      </div>
      <Dropdown
        label={s.kindFilterLabel}
        options={kindOptions}
        selectedKey={query.kind}
        onChange={(_e, option) => {
          const key = String(option?.key ?? ALL);
          onChange({ ...query, kind: isOrgUnitKind(key) ? key : 'all' });
        }}
        styles={{ root: { minWidth: 180 } }}
      />
      <Toggle
        label={s.showInactive}
        checked={query.includeInactive}
        onChange={(_e, checked) => onChange({ ...query, includeInactive: !!checked })}
        styles={{ root: { marginBottom: 4 } }}
      />
    </div>
  );
}
