import { isIsoDate } from '../../classification/calendarDate';
import { isSamePerson } from '../personMatch';
import { taskState, type Task } from '../Task';
import type { TaskSource } from '../TaskSource';

/** Handlingsplan entries the person is responsible for, with a target date, not yet met (uppfyllt / ej tillämpligt). */
export const actionPlanSource: TaskSource = {
  kind: 'handlingsplan',
  derive(input, person, today): Task[] {
    const objects = new Map(input.classifications.map((c) => [c.id, c] as const));
    const tasks: Task[] = [];
    for (const { objectId, plan } of input.plans) {
      const object = objects.get(objectId);
      if (!object) continue;
      for (const entry of plan.entries) {
        if (entry.status === 'uppfyllt' || entry.status === 'ejTillampligt') continue;
        if (!isSamePerson(entry.responsible, person) || entry.targetDate === null || !isIsoDate(entry.targetDate)) continue;
        tasks.push({
          key: `handlingsplan:${objectId}:${entry.requirementCode}`,
          kind: 'handlingsplan',
          title: `Genomför krav ${entry.requirementCode} för ${object.name}`,
          dueDate: entry.targetDate,
          state: taskState(entry.targetDate, today),
          orgUnitId: object.ownerUnitId,
          link: { view: 'classification', params: { objectId, requirementCode: entry.requirementCode } },
        });
      }
    }
    return tasks;
  },
};
