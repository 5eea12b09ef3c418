import * as React from 'react';
import type { IsoDate } from '../../domain/classification/calendarDate';
import { useStrings } from '../strings';
import type { TaskGroupData } from './taskPresentation';
import { TaskItem } from './TaskItem';

/** One urgency group: a heading with its count and the tasks as a list (screen readers announce "lista, N objekt"). */
export function TaskGroup(props: { group: TaskGroupData; unitName: (id: string) => string; today: IsoDate }): JSX.Element {
  const strings = useStrings();
  const t = strings.tasks;
  const { state, tasks } = props.group;
  const headingId = `lis-tasks-group-${state}`;
  return (
    <section aria-labelledby={headingId} style={{ marginTop: 16 }}>
      <h3 id={headingId} style={{ fontSize: 18, fontWeight: 600, margin: '0 0 4px' }}>
        {t.groups[state]} <span style={{ fontWeight: 400 }}>({t.groupCount(tasks.length)})</span>
      </h3>
      <ul aria-labelledby={headingId} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {tasks.map((task) => (
          <TaskItem key={task.key} task={task} unitName={props.unitName(task.orgUnitId)} today={props.today} />
        ))}
      </ul>
    </section>
  );
}
