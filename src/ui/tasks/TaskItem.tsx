import * as React from 'react';
import { Link } from '@fluentui/react/lib/Link';
import { useTheme } from '@fluentui/react/lib/Theme';
import { daysBetween, type IsoDate } from '../../domain/classification/calendarDate';
import type { Task } from '../../domain/tasks/Task';
import { useServices } from '../ServicesContext';
import { useStrings } from '../strings';
import { formatDueDate, kindLabel } from './taskPresentation';
import { TaskStateLabel } from './TaskStateLabel';

const itemStyle: React.CSSProperties = { padding: '8px 0', overflowWrap: 'anywhere' };
const metaStyle: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', columnGap: 16, rowGap: 2, margin: '4px 0 0', fontSize: 13 };

/** One task: a real link to where the work is done, then its state, due date, kind and unit. */
export function TaskItem(props: { task: Task; unitName: string; today: IsoDate }): JSX.Element {
  const strings = useStrings();
  const { links } = useServices();
  const { semanticColors } = useTheme();
  const t = strings.tasks;
  const { task } = props;
  return (
    <li style={{ ...itemStyle, borderBottom: `1px solid ${semanticColors.bodyDivider}` }}>
      <Link href={links.taskUrl(task.link)} style={{ fontSize: 15, fontWeight: 600 }}>
        {task.title}
      </Link>
      <div style={metaStyle}>
        <TaskStateLabel state={task.state} />
        <span>
          {t.due(formatDueDate(task.dueDate, strings.locale))} ({t.daysLeft(daysBetween(props.today, task.dueDate))})
        </span>
        <span>{`${t.kindLabel}: ${kindLabel(strings, task.kind)}`}</span>
        <span>{`${t.unitLabel}: ${props.unitName}`}</span>
      </div>
    </li>
  );
}

