import { TASK_STATES, type Task, type TaskState } from '../../domain/tasks/Task';
import type { Strings } from '../strings';

/** The filters of "Mina uppgifter"; `undefined` means all. */
export interface TaskFilter {
  orgUnitId: string | undefined;
  kind: string | undefined;
}

export const NO_TASK_FILTER: TaskFilter = { orgUnitId: undefined, kind: undefined };

export function filterTasks(tasks: readonly Task[], filter: TaskFilter): Task[] {
  return tasks.filter((t) => (filter.orgUnitId === undefined || t.orgUnitId === filter.orgUnitId) && (filter.kind === undefined || t.kind === filter.kind));
}

/** Most urgent first: försenad, snart, kommande; each group keeps the tasks' order (earliest due date first). */
export const GROUP_ORDER: readonly TaskState[] = ['forsenad', 'snart', 'kommande'];

export interface TaskGroupData {
  state: TaskState;
  tasks: Task[];
}

export function groupTasks(tasks: readonly Task[]): TaskGroupData[] {
  return GROUP_ORDER.map((state) => ({ state, tasks: tasks.filter((t) => t.state === state) }));
}

/** The label of a task kind in the UI language; a kind added later without strings shows its key. */
export function kindLabel(strings: Strings, kind: string): string {
  return Object.prototype.hasOwnProperty.call(strings.tasks.kinds, kind) ? strings.tasks.kinds[kind] : kind;
}

export function isTaskState(value: string): value is TaskState {
  return (TASK_STATES as readonly string[]).indexOf(value) >= 0;
}

/** A `YYYY-MM-DD` calendar date as the locale writes it ("28 november 2026", "November 28, 2026"). */
export function formatDueDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}
