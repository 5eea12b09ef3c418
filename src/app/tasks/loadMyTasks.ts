import { stockholmDate } from '../../domain/classification/calendarDate';
import type { Person } from '../../domain/shared/Person';
import { deriveTasks, type Task } from '../../domain/tasks';
import type { PeopleDirectory } from '../../data/ports/PeopleDirectory';
import type { TaskInputReader } from '../../data/ports/TaskInputReader';
import { normaliseEmail } from '../../domain/shared/Person';
import type { OrgUnit } from '../../domain/organisation/OrgUnit';

export interface MyTasks {
  tasks: Task[];
  /** The units the tasks belong to (for the unit filter and names). */
  orgUnits: OrgUnit[];
  /** Items that could not be read (hand-edited) and were left out. */
  skipped: number;
}

/** The signed-in person's tasks today: their data only (filtered queries), derived by the domain's task sources. */
export async function loadMyTasks(
  deps: { taskInputs: TaskInputReader; people: PeopleDirectory; now: () => Date },
  person: Person,
): Promise<MyTasks> {
  const itStaff = await deps.people.members('itStaff');
  const email = normaliseEmail(person.email);
  const isItStaff = itStaff.some((p) => normaliseEmail(p.email) === email);
  const loaded = await deps.taskInputs.forPerson({ ...person, isItStaff });
  const tasks = deriveTasks(loaded.input, { ...person, isItStaff }, stockholmDate(deps.now()));
  return { tasks, orgUnits: loaded.input.orgUnits.slice(), skipped: loaded.skipped };
}
