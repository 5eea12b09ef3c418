import * as React from 'react';
import { ComboBox, VirtualizedComboBox, type IComboBoxOption } from '@fluentui/react/lib/ComboBox';
import { parentCandidates, type OrgUnit } from '../../domain/organisation';
import { useStrings } from '../strings';

export interface ParentPickerProps {
  id: string;
  /** The unit being edited; undefined for a new unit. */
  unitId: string | undefined;
  units: readonly OrgUnit[];
  paths: Map<string, string>;
  value: string | null;
  onChange: (parentId: string | null) => void;
  errorMessage?: string;
}

const NONE = '__none__';
/** Long option lists render only what is visible. */
const VIRTUALISE_FROM = 200;

/**
 * Chooses the parent among units that may be one (active, not the unit itself, not below it), shown with their
 * ancestry path so same-named units (two "Kansliet") are told apart; "None (top level)" first.
 */
export function ParentPicker(props: ParentPickerProps): JSX.Element {
  const strings = useStrings();
  const s = strings.organisation.panel;
  const { unitId, units, paths, value } = props;

  const options = React.useMemo<IComboBoxOption[]>(() => {
    const candidates = parentCandidates(unitId, units);
    const current = value !== null ? units.filter((u) => u.id === value)[0] : undefined;
    if (current && candidates.indexOf(current) < 0) candidates.push(current);
    const collator = new Intl.Collator(strings.locale);
    const listed = candidates
      .map((u) => {
        const path = paths.get(u.id) ?? u.name;
        const text = u.active ? path : `${path} (${strings.organisation.status.inactive.toLocaleLowerCase(strings.locale)})`;
        return { key: u.id, text };
      })
      .sort((a, b) => collator.compare(a.text, b.text));
    return [{ key: NONE, text: s.noParent }, ...listed];
  }, [unitId, units, paths, strings, value]);

  const Picker = options.length > VIRTUALISE_FROM ? VirtualizedComboBox : ComboBox;
  return (
    <Picker
      id={props.id}
      label={s.parent}
      placeholder={s.parentPlaceholder}
      options={options}
      selectedKey={value ?? NONE}
      autoComplete="on"
      allowFreeform={false}
      useComboBoxAsMenuWidth={true}
      errorMessage={props.errorMessage}
      onChange={(_e, option) => {
        if (option) props.onChange(option.key === NONE ? null : String(option.key));
      }}
    />
  );
}
