import type { TasksStrings } from '../sv/tasks';

/** English texts of "My tasks" and of opening a view from a task's deep link (same keys as tasksSv). */
export const tasksEn: TasksStrings = {
  nav: {
    myTasks: 'My tasks',
  },
  title: 'My tasks',
  description: 'The work LIS expects from you, ordered by urgency. Choose a task to open it.',
  loading: 'Loading your tasks…',
  filtersLabel: 'Filter tasks',
  unitFilter: 'Unit',
  unitAll: 'All units',
  kindFilter: 'Kind of task',
  kindAll: 'All kinds',
  refresh: 'Refresh',
  count: (shown: number, total: number): string => {
    const noun = (n: number): string => (n === 1 ? 'task' : 'tasks');
    return shown === total ? `${total} ${noun(total)}` : `${shown} of ${total} ${noun(total)}`;
  },
  groups: {
    forsenad: 'Overdue',
    snart: 'Due soon',
    kommande: 'Upcoming',
  },
  groupCount: (count: number): string => `${count} ${count === 1 ? 'task' : 'tasks'}`,
  states: {
    forsenad: 'Overdue',
    snart: 'Due soon',
    kommande: 'Upcoming',
  },
  kinds: {
    klassningOmprovning: 'Classification review',
    klassningFaststallande: 'Classification approval',
    handlingsplan: 'Requirement in action plan',
    riskatgard: 'Risk action',
    riskUppfoljning: 'Risk analysis follow-up',
    itOverlamning: 'Requirement handed over to IT',
  },
  due: (date: string): string => `Due ${date}`,
  daysLeft: (days: number): string =>
    days === 0 ? 'today' : days > 0 ? `in ${days} ${days === 1 ? 'day' : 'days'}` : `${-days} ${days === -1 ? 'day' : 'days'} ago`,
  kindLabel: 'Kind',
  unitLabel: 'Unit',
  stateLabel: 'State',
  unknownUnit: (id: string): string => `Unknown unit (${id})`,
  empty: 'No tasks right now. When LIS needs something from you, it shows up here.',
  noMatches: 'No tasks match the filters.',
  skipped: (count: number): string =>
    `${count} ${count === 1 ? 'item' : 'items'} could not be read and are not included. Tasks may be missing; contact the information security coordinator.`,
  deepLink: {
    objectMissing: (id: string): string =>
      `The classification object the link points to (id ${id}) does not exist, or you are not allowed to see it. Choose an object in the list instead.`,
    requirementFocus: (code: string): string => `The task concerns requirement ${code} in the action plan below.`,
    analysisMissing: (id: string): string =>
      `The risk analysis the link points to (id ${id}) does not exist, or you are not allowed to see it. Choose an analysis in the list instead.`,
    riskMissing: (id: string): string => `The risk the link points to (id ${id}) is no longer in the analysis.`,
    handoverMissing: (code: string, objectId: string): string =>
      `Requirement ${code} for classification object ${objectId} is not in the IT queue, or it has already been settled.`,
    handoverFound: (code: string, name: string): string => `The task concerns requirement ${code} for ${name}. The row is marked in the table.`,
    highlighted: 'Opened from a task',
  },
};
