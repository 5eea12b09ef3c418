import { isIsoDate } from '../../classification/calendarDate';
import { isActionOpen } from '../../risk/overdue';
import { isSamePerson } from '../personMatch';
import { taskState, type Task } from '../Task';
import type { TaskSource } from '../TaskSource';

/** Open risk actions (ej påbörjad / pågår) the person is responsible for, by target date. */
export const riskActionSource: TaskSource = {
  kind: 'riskatgard',
  derive(input, person, today): Task[] {
    const risks = new Map(input.risks.map((r) => [r.id, r] as const));
    const analyses = new Map(input.analyses.map((a) => [a.id, a] as const));
    const tasks: Task[] = [];
    for (const action of input.actions) {
      if (!isActionOpen(action) || !isSamePerson(action.responsible, person)) continue;
      if (action.targetDate === null || !isIsoDate(action.targetDate)) continue;
      const risk = risks.get(action.riskId);
      const analysis = risk ? analyses.get(risk.analysisId) : undefined;
      if (!risk || !analysis) continue;
      tasks.push({
        key: `riskatgard:${action.id}`,
        kind: 'riskatgard',
        title: `Genomför åtgärd: ${action.description}`,
        dueDate: action.targetDate,
        state: taskState(action.targetDate, today),
        orgUnitId: analysis.ownerUnitId,
        link: { view: 'risk', params: { analysisId: analysis.id, riskId: risk.id, actionId: action.id } },
      });
    }
    return tasks;
  },
};
