import { daysBetween, type IsoDate } from '../classification/calendarDate';

/** What kind of work a task is (ASCII keys; shown through the UI strings). Later issues add kinds with a new source. */
export type TaskKind = string;

export const TASK_STATES = ['kommande', 'snart', 'forsenad'] as const;
/** kommande / snart / försenad. */
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_STATE_LABELS_SV: Readonly<Record<TaskState, string>> = {
  kommande: 'Kommande',
  snart: 'Snart',
  forsenad: 'Försenad',
};

/** A task due within this many days (and not yet overdue) is "snart". */
export const TASK_SOON_DAYS = 14;

/** Where a task opens: a view key of the UI (e.g. `classification`) and its parameters. */
export interface TaskLink {
  view: string;
  params: Readonly<Record<string, string>>;
}

/** One piece of work LIS expects from a person, derived from the data (never stored). */
export interface Task {
  /** Stable across runs for the same piece of work: the reminder log refers to it. */
  key: string;
  kind: TaskKind;
  /** Swedish title. */
  title: string;
  /** `YYYY-MM-DD` on the Europe/Stockholm calendar. */
  dueDate: IsoDate;
  state: TaskState;
  orgUnitId: string;
  link: TaskLink;
}

/** försenad after the due date; snart from 14 days before it up to and including the day itself; else kommande. */
export function taskState(dueDate: IsoDate, today: IsoDate): TaskState {
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return 'forsenad';
  if (daysLeft <= TASK_SOON_DAYS) return 'snart';
  return 'kommande';
}
