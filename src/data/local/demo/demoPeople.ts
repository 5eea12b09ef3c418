/**
 * The people of the demo's roles (issue 5): who the LocalPeopleDirectory names as coordinators and IT staff, and the
 * people the task demo (tasksDemo.ts) gives work in every state.
 */
import type { Person } from '../../../domain/shared/Person';
import { DEMO_USER, demoPerson } from './demoPerson';
import { DEMO_IT_PEOPLE } from './requirementsDemo';

/** An IT technician who handles the handover queue. */
export const DEMO_IT_TECHNICIAN: Person = { displayName: 'Ivar IT-tekniker', email: 'ivar.it@norrkoping.example' };

/** The municipality's information security coordinator in the register (Kommunstyrelsen's security contact). */
export const DEMO_REGISTER_COORDINATOR: Person = demoPerson('Jonas Åkerlind');

/** Coordinators: the preview's signed-in user and the register's coordinator. */
export const DEMO_COORDINATORS: readonly Person[] = [DEMO_USER, DEMO_REGISTER_COORDINATOR];

/** The IT unit: the people who move handover items in the demo, and the technician. */
export const DEMO_IT_STAFF: readonly Person[] = [...DEMO_IT_PEOPLE, DEMO_IT_TECHNICIAN];

/** Responsible for handlingsplan rows in the demo (requirementsDemo.ts); two of them get work in every state. */
export const DEMO_TASK_PEOPLE: readonly Person[] = [demoPerson('Karin Ek'), demoPerson('Johan Berg')];

/**
 * A representative whose address is on the reserved `.invalid` domain: the preview's outbox answers "unresolved" for
 * it, so the coordinator's view can show a reminder that could not be delivered.
 */
export const DEMO_UNRESOLVED_PERSON: Person = { displayName: 'Gustav Okänd', email: 'gustav.okand@norrkoping.invalid' };

/** Issue 6: the demo's readers (managers, kommunstyrelsen): Kommunstyrelsens ordförande reads every unit's data. */
export const DEMO_READER: Person = demoPerson('Kerstin Läsare');

/** An employee with no LIS role: policy and guidance only, no LIS data. */
export const DEMO_NO_ROLE_PERSON: Person = demoPerson('Elin Medarbetare');

/**
 * Unit editors (contributors) of the demo, by unit name (norrkopingDemo.ts). Karin Ek works for the water utility
 * (a classification with its handlingsplan and IT handovers, and a risk analysis); Johan Berg for
 * Arbetsmarknads- och försörjningsnämnden and its förvaltning (a classification with its handlingsplan). Both are
 * responsible for handlingsplan rows in those units (tasksDemo.ts), so "Mina uppgifter" shows them work they may do.
 */
export const DEMO_UNIT_EDITOR_UNITS: Readonly<Record<string, readonly string[]>> = {
  karin: ['Norrköpings Vatten och Avfall AB', 'Styrelsen för Norrköpings Vatten och Avfall AB'],
  johan: ['Arbetsmarknads- och försörjningsnämnden', 'Arbetsmarknads- och försörjningskontoret'],
};

/** Who has which LIS role in the demo (the preview's "groups"); unit representatives of the register count too. */
export interface DemoRoleMembers {
  coordinator: readonly Person[];
  itStaff: readonly Person[];
  reader: readonly Person[];
  /** Contributors per unit name, besides the unit's owner representatives in the register. */
  units: Readonly<Record<string, readonly Person[]>>;
}

function unitMembers(): Record<string, Person[]> {
  const members: Record<string, Person[]> = {};
  const add = (person: Person, unitNames: readonly string[]): void =>
    unitNames.forEach((name) => {
      members[name] = [...(members[name] ?? []), person];
    });
  add(DEMO_TASK_PEOPLE[0], DEMO_UNIT_EDITOR_UNITS.karin);
  add(DEMO_TASK_PEOPLE[1], DEMO_UNIT_EDITOR_UNITS.johan);
  return members;
}

export const DEMO_ROLE_MEMBERS: DemoRoleMembers = {
  coordinator: DEMO_COORDINATORS,
  itStaff: DEMO_IT_STAFF,
  reader: [DEMO_READER],
  units: unitMembers(),
};
