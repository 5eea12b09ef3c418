import { daysBetween, isIsoDate } from '../../classification/calendarDate';
import { DUE_SOON_DAYS } from '../../classification/reviewStatus';
import { representedUnitIds } from '../personMatch';
import { taskState, type Task } from '../Task';
import type { TaskSource } from '../TaskSource';

/** Risk analyses whose follow-up date is within 60 days or has passed: for the owner unit's representatives. */
export const riskFollowUpSource: TaskSource = {
  kind: 'riskUppfoljning',
  derive(input, person, today): Task[] {
    const units = representedUnitIds(input.orgUnits, person);
    const tasks: Task[] = [];
    for (const analysis of input.analyses) {
      const due = analysis.nextFollowUpDate;
      if (due === null || !isIsoDate(due) || !units.has(analysis.ownerUnitId)) continue;
      if (daysBetween(today, due) > DUE_SOON_DAYS) continue;
      tasks.push({
        key: `riskUppfoljning:${analysis.id}:${due}`,
        kind: 'riskUppfoljning',
        title: `Följ upp riskanalysen ${analysis.name}`,
        dueDate: due,
        state: taskState(due, today),
        orgUnitId: analysis.ownerUnitId,
        link: { view: 'risk', params: { analysisId: analysis.id } },
      });
    }
    return tasks;
  },
};
