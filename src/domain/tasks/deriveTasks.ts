import { isIsoDate, type IsoDate } from '../classification/calendarDate';
import { TASK_SOURCES } from './registry';
import type { Task } from './Task';
import type { TaskInput, TaskPerson } from './TaskInput';
import type { TaskSource } from './TaskSource';

/** Earliest due date first, then by key: the same data always gives the same list. */
export function compareTasks(a: Task, b: Task): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Every task of `person` on `today` (`YYYY-MM-DD`, Stockholm calendar) from all sources, one per key, sorted. */
export function deriveTasks(
  input: TaskInput,
  person: TaskPerson,
  today: IsoDate,
  sources: readonly TaskSource[] = TASK_SOURCES
): Task[] {
  if (!isIsoDate(today)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${today}`);
  const byKey = new Map<string, Task>();
  for (const source of sources) {
    for (const task of source.derive(input, person, today)) {
      if (!byKey.has(task.key)) byKey.set(task.key, task);
    }
  }
  return Array.from(byKey.values()).sort(compareTasks);
}
