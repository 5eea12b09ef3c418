import type { Person } from '../../../src/domain/shared';
import { taskState, type Task } from '../../../src/domain/tasks';

export const anna: Person = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' };
export const bo: Person = { displayName: 'Bo Ek', email: 'bo.ek@norrkoping.se' };
export const chef: Person = { displayName: 'Cecilia Chef', email: 'cecilia.chef@norrkoping.se' };
export const sam: Person = { displayName: 'Sam Ordnare', email: 'sam.ordnare@norrkoping.se' };

export function task(key: string, dueDate: string, today: string, orgUnitId: string = 'u1'): Task {
  return {
    key,
    kind: 'riskatgard',
    title: `Uppgift ${key}`,
    dueDate,
    state: taskState(dueDate, today),
    orgUnitId,
    link: { view: 'risk', params: { actionId: key } },
  };
}
