import * as React from 'react';
import { loadMyTasks, type MyTasks } from '../../app/tasks';
import { useServices } from '../ServicesContext';
import { useLatestLoad, type LoadState } from '../shared/useLatestLoad';

const NONE: MyTasks = { tasks: [], orgUnits: [], skipped: 0 };

/** The signed-in user's tasks (one filtered read per list through services.taskInputs); `reload` reads again. */
export function useMyTasks(): LoadState<MyTasks> {
  const { taskInputs, people, now, currentUser } = useServices();
  const load = React.useCallback(() => loadMyTasks({ taskInputs, people, now }, currentUser), [taskInputs, people, now, currentUser]);
  return useLatestLoad(load, NONE);
}
