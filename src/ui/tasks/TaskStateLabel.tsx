import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { TaskState } from '../../domain/tasks/Task';
import { useStrings } from '../strings';

const ICONS: Readonly<Record<TaskState, string>> = { forsenad: 'Warning', snart: 'Clock', kommande: 'Calendar' };

/** A task's state as an icon and a word (the colour only repeats what the text says). */
export function TaskStateLabel(props: { state: TaskState }): JSX.Element {
  const strings = useStrings();
  const { semanticColors } = useTheme();
  const color = props.state === 'forsenad' ? semanticColors.errorIcon : props.state === 'snart' ? semanticColors.warningIcon : undefined;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: props.state === 'forsenad' ? 600 : 400 }}>
      <Icon iconName={ICONS[props.state]} aria-hidden={true} style={{ color }} />
      {strings.tasks.states[props.state]}
    </span>
  );
}
