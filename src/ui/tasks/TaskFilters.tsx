import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Task } from '../../domain/tasks/Task';
import { useStrings } from '../strings';
import { kindLabel, type TaskFilter } from './taskPresentation';

const ALL = '__all__';

/** Unit and kind filters offering only what the user's tasks contain, and a refresh button; wraps in narrow tabs. */
export function TaskFilters(props: {
  tasks: readonly Task[];
  filter: TaskFilter;
  unitName: (id: string) => string;
  onChange: (filter: TaskFilter) => void;
  onRefresh: () => void;
}): JSX.Element {
  const strings = useStrings();
  const t = strings.tasks;
  const { tasks, unitName } = props;

  const unitOptions = React.useMemo((): IDropdownOption[] => {
    const ids = Array.from(new Set(tasks.map((task) => task.orgUnitId)));
    const options = ids.map((id) => ({ key: id, text: unitName(id) })).sort((a, b) => a.text.localeCompare(b.text, strings.locale));
    return [{ key: ALL, text: t.unitAll }, ...options];
  }, [tasks, unitName, strings.locale, t.unitAll]);

  const kindOptions = React.useMemo((): IDropdownOption[] => {
    const kinds = Array.from(new Set(tasks.map((task) => task.kind)));
    const options = kinds.map((kind) => ({ key: kind, text: kindLabel(strings, kind) })).sort((a, b) => a.text.localeCompare(b.text, strings.locale));
    return [{ key: ALL, text: t.kindAll }, ...options];
  }, [tasks, strings, t.kindAll]);

  const value = (key: string | number | undefined): string | undefined => (key === undefined || key === ALL ? undefined : String(key));
  return (
    <div role="group" aria-label={t.filtersLabel} style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
      <Dropdown
        label={t.unitFilter}
        options={unitOptions}
        selectedKey={props.filter.orgUnitId ?? ALL}
        onChange={(_e, option) => option && props.onChange({ ...props.filter, orgUnitId: value(option.key) })}
        styles={{ root: { flex: '1 1 200px', minWidth: 0, maxWidth: 320 } }}
      />
      <Dropdown
        label={t.kindFilter}
        options={kindOptions}
        selectedKey={props.filter.kind ?? ALL}
        onChange={(_e, option) => option && props.onChange({ ...props.filter, kind: value(option.key) })}
        styles={{ root: { flex: '1 1 200px', minWidth: 0, maxWidth: 320 } }}
      />
      <DefaultButton text={t.refresh} iconProps={{ iconName: 'Refresh' }} onClick={props.onRefresh} />
    </div>
  );
}
