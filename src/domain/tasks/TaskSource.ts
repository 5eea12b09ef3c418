import type { IsoDate } from '../classification/calendarDate';
import type { Task, TaskKind } from './Task';
import type { TaskInput, TaskPerson } from './TaskInput';

/** One kind of work. Adding a kind is one file with a source and one line in `TASK_SOURCES`. */
export interface TaskSource {
  kind: TaskKind;
  derive(input: TaskInput, person: TaskPerson, today: IsoDate): Task[];
}
