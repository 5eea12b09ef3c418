import * as React from 'react';
import { CommandBarButton } from '@fluentui/react/lib/Button';
import type { OrgUnit } from '../../domain/organisation';
import { useStrings } from '../strings';

export interface OrgUnitCommandsProps {
  selected: OrgUnit | undefined;
  busy: boolean;
  /** New, edit and (de)activate are shown only to those who manage the organisation. */
  canManage: boolean;
  onCreate: () => void;
  onEdit: (unit: OrgUnit) => void;
  onSetActive: (unit: OrgUnit, active: boolean) => void;
  onRefresh: () => void;
}

const buttonStyles = { root: { height: 40, padding: '0 8px' } };

/** The actions over the list: new, edit, (de)activate the selected unit, refresh. */
export function OrgUnitCommands(props: OrgUnitCommandsProps): JSX.Element {
  const s = useStrings().organisation;
  const { selected, busy } = props;
  return (
    <div role="group" aria-label={s.commandsLabel} style={{ display: 'flex', flexWrap: 'wrap', marginBottom: 8 }}>
      {props.canManage && (
        <>
          <CommandBarButton iconProps={{ iconName: 'Add' }} text={s.commands.create} onClick={props.onCreate} styles={buttonStyles} />
          <CommandBarButton
            iconProps={{ iconName: 'Edit' }}
            text={s.commands.edit}
            disabled={!selected}
            onClick={() => selected && props.onEdit(selected)}
            styles={buttonStyles}
          />
          {selected && !selected.active ? (
            <CommandBarButton
              iconProps={{ iconName: 'PlayResume' }}
              text={s.commands.activate}
              disabled={busy}
              onClick={() => props.onSetActive(selected, true)}
              styles={buttonStyles}
            />
          ) : (
            <CommandBarButton
              iconProps={{ iconName: 'Blocked' }}
              text={s.commands.deactivate}
              disabled={!selected || busy}
              onClick={() => selected && props.onSetActive(selected, false)}
              styles={buttonStyles}
            />
          )}
        </>
      )}
      <CommandBarButton
        iconProps={{ iconName: 'Refresh' }}
        text={s.commands.refresh}
        disabled={busy}
        onClick={props.onRefresh}
        styles={buttonStyles}
      />
    </div>
  );
}
