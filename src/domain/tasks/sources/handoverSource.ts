import { addDays, stockholmDateOf } from '../dates';
import { taskState, type Task } from '../Task';
import type { TaskSource } from '../TaskSource';

/** IT answers a handed-over item (accept/reject) and completes an accepted one within this many days of the change. */
export const HANDOVER_RESPONSE_DAYS = 30;

/** The IT unit's open queue items (överlämnad, accepterad) for IT staff, due 30 days after their latest change. */
export const handoverSource: TaskSource = {
  kind: 'itOverlamning',
  derive(input, person, today): Task[] {
    if (!person.isItStaff) return [];
    const objects = new Map(input.classifications.map((c) => [c.id, c] as const));
    const tasks: Task[] = [];
    for (const item of input.handovers) {
      if (item.status !== 'overlamnad' && item.status !== 'accepterad') continue;
      const object = objects.get(item.objectId);
      const latest = item.history[item.history.length - 1];
      const changed = latest ? stockholmDateOf(latest.at) : null;
      if (!object || changed === null) continue;
      const dueDate = addDays(changed, HANDOVER_RESPONSE_DAYS);
      const verb = item.status === 'overlamnad' ? 'Ta ställning till' : 'Genomför';
      tasks.push({
        key: `itOverlamning:${item.objectId}:${item.requirementCode}:${item.status}`,
        kind: 'itOverlamning',
        title: `${verb} krav ${item.requirementCode} för ${object.name}`,
        dueDate,
        state: taskState(dueDate, today),
        orgUnitId: object.ownerUnitId,
        link: { view: 'itQueue', params: { objectId: item.objectId, requirementCode: item.requirementCode } },
      });
    }
    return tasks;
  },
};
