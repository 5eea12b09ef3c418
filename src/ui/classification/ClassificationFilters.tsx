import * as React from 'react';
import { SearchBox } from '@fluentui/react/lib/SearchBox';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Label } from '@fluentui/react/lib/Label';
import { CLASSIFICATION_STATUSES, REVIEW_STATUSES, type ClassificationStatus, type ReviewStatus } from '../../domain/classification';
import type { OrgUnit } from '../../domain/organisation';
import { useStrings } from '../strings';
import type { ClassificationQuery } from './classificationQuery';

export interface ClassificationFiltersProps {
  query: ClassificationQuery;
  units: readonly OrgUnit[];
  onChange: (query: ClassificationQuery) => void;
}

const ALL = 'all';

/** Search, owner unit, status and review-state filters above the object list. */
export function ClassificationFilters(props: ClassificationFiltersProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification;
  const { query, onChange } = props;
  const searchId = 'lis-cls-search';

  const ownerOptions = React.useMemo<IDropdownOption[]>(
    () => [
      { key: ALL, text: s.filters.ownerAll },
      ...[...props.units].sort((a, b) => a.name.localeCompare(b.name, 'sv-SE')).map((u) => ({ key: u.id, text: u.name })),
    ],
    [props.units, s],
  );
  const statusOptions = React.useMemo<IDropdownOption[]>(
    () => [{ key: ALL, text: s.filters.statusAll }, ...CLASSIFICATION_STATUSES.map((k) => ({ key: k, text: s.status[k] }))],
    [s],
  );
  const reviewOptions = React.useMemo<IDropdownOption[]>(
    () => [{ key: ALL, text: s.filters.reviewAll }, ...REVIEW_STATUSES.map((k) => ({ key: k, text: s.reviewFilter[k] }))],
    [s],
  );

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, alignItems: 'flex-end', marginBottom: 8 }}>
      <div style={{ minWidth: 240, flex: '1 1 240px', maxWidth: 420 }}>
        <Label htmlFor={searchId}>{s.filters.searchLabel}</Label>
        <SearchBox
          id={searchId}
          placeholder={s.filters.searchPlaceholder}
          value={query.text}
          onChange={(_e, text) => onChange({ ...query, text: text ?? '' })}
          onClear={() => onChange({ ...query, text: '' })}
        />
      </div>
      <Dropdown
        label={s.filters.ownerLabel}
        options={ownerOptions}
        selectedKey={query.ownerUnitId}
        onChange={(_e, option) => onChange({ ...query, ownerUnitId: String(option?.key ?? ALL) })}
        styles={{ root: { minWidth: 220 } }}
      />
      <Dropdown
        label={s.filters.statusLabel}
        options={statusOptions}
        selectedKey={query.status}
        onChange={(_e, option) => onChange({ ...query, status: String(option?.key ?? ALL) as ClassificationStatus | 'all' })}
        styles={{ root: { minWidth: 140 } }}
      />
      <Dropdown
        label={s.filters.reviewLabel}
        options={reviewOptions}
        selectedKey={query.review}
        onChange={(_e, option) => onChange({ ...query, review: String(option?.key ?? ALL) as ReviewStatus | 'all' })}
        styles={{ root: { minWidth: 200 } }}
      />
    </div>
  );
}
