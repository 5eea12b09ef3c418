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
