import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { stockholmDate } from '../../domain/classification/calendarDate';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings } from '../strings';
import { filterTasks, groupTasks, NO_TASK_FILTER, type TaskFilter } from './taskPresentation';
import { TaskFilters } from './TaskFilters';
import { TaskGroup } from './TaskGroup';
import { useMyTasks } from './useMyTasks';

/**
 * Mina uppgifter: the signed-in user's work, derived from the data, grouped by urgency (försenade, snart, kommande)
 * with counts, filterable by unit and kind; each task links to the view where it is done. Fits a 320 px Teams tab.
 */
export default function MyTasksView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const t = strings.tasks;
  const { loading, data, error, reload } = useMyTasks();
  const [filter, setFilter] = React.useState<TaskFilter>(NO_TASK_FILTER);
  // Read once per mount, like the other views: the grouping does not shift while the user looks at it.
  const today = React.useMemo(() => stockholmDate(services.now()), [services]);

  const unitsById = React.useMemo(() => new Map(data.orgUnits.map((u) => [u.id, u.name] as const)), [data.orgUnits]);
  const unitName = React.useCallback((id: string): string => unitsById.get(id) ?? t.unknownUnit(id), [unitsById, t]);
  const shown = React.useMemo(() => filterTasks(data.tasks, filter), [data.tasks, filter]);
  const groups = groupTasks(shown).filter((g) => g.tasks.length > 0);
  const refresh = (): void => {
    reload().catch(() => undefined);
  };
  const initialLoad = loading && data.tasks.length === 0 && error === undefined;

  return (
    <div className="lis-my-tasks" style={{ maxWidth: 960, minWidth: 0 }}>
      <h2 style={{ fontSize: 24, fontWeight: 600, margin: '0 0 4px' }}>{t.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{t.description}</p>
      <TaskFilters tasks={data.tasks} filter={filter} unitName={unitName} onChange={setFilter} onRefresh={refresh} />
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton onClick={refresh} text={strings.app.retry} />}>
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      {data.skipped > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {t.skipped(data.skipped)}
        </MessageBar>
      )}
      {initialLoad ? (
        <Spinner size={SpinnerSize.large} label={t.loading} styles={{ root: { margin: 24 } }} />
      ) : (
        <>
          <div role="status" aria-live="polite" style={{ margin: '12px 0 0', display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
            <span>{t.count(shown.length, data.tasks.length)}</span>
            {loading && <Spinner size={SpinnerSize.small} label={t.loading} labelPosition="right" />}
          </div>
          {groups.map((group) => (
            <TaskGroup key={group.state} group={group} unitName={unitName} today={today} />
          ))}
          {shown.length === 0 && error === undefined && <p style={{ margin: '16px 0' }}>{data.tasks.length === 0 ? t.empty : t.noMatches}</p>}
        </>
      )}
    </div>
  );
}
