/**
 * The people one can act as in the preview (the shell's user switch), one per role of the permission model
 * (src/domain/access; membership: DEMO_ROLE_MEMBERS): the coordinator, two unit editors with handlingsplan work, an IT
 * technician, a reader (kommunstyrelsens ordförande) and an employee with no LIS role. The store enforces each one's
 * access (openLocalStore enforceAccess). The choice is remembered in localStorage; "Mina uppgifter" follows it.
 */
import { DEMO_IT_TECHNICIAN, DEMO_NO_ROLE_PERSON, DEMO_READER, DEMO_TASK_PEOPLE, DEMO_USER } from '../src/data/local/demo';
import type { Person } from '../src/domain/shared/Person';
import type { ShellLocale } from './shellStrings';

export interface DemoUser {
  id: string;
  person: Person;
  role: Record<ShellLocale, string>;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'samordnare', person: DEMO_USER, role: { 'sv-SE': 'samordnare', 'en-US': 'coordinator' } },
  { id: 'karin', person: DEMO_TASK_PEOPLE[0], role: { 'sv-SE': 'enhetsredaktör, Norrköpings Vatten och Avfall AB', 'en-US': 'unit editor, Norrköpings Vatten och Avfall AB' } },
  { id: 'johan', person: DEMO_TASK_PEOPLE[1], role: { 'sv-SE': 'enhetsredaktör, Arbetsmarknads- och försörjningsnämnden', 'en-US': 'unit editor, Arbetsmarknads- och försörjningsnämnden' } },
  { id: 'it', person: DEMO_IT_TECHNICIAN, role: { 'sv-SE': 'IT-enheten', 'en-US': 'IT unit' } },
  { id: 'lasare', person: DEMO_READER, role: { 'sv-SE': 'läsare, kommunstyrelsens ordförande', 'en-US': 'reader, chair of the municipal executive board' } },
  { id: 'medarbetare', person: DEMO_NO_ROLE_PERSON, role: { 'sv-SE': 'medarbetare utan roll i LIS', 'en-US': 'employee with no LIS role' } },
];

const KEY = 'lis.preview.user';

export function loadDemoUserId(): string {
  try {
    const stored = window.localStorage.getItem(KEY);
    return DEMO_USERS.some((u) => u.id === stored) ? (stored as string) : DEMO_USERS[0].id;
  } catch {
    return DEMO_USERS[0].id;
  }
}

export function saveDemoUserId(id: string): void {
  try {
    window.localStorage.setItem(KEY, id);
  } catch {
    // Private mode: the choice lasts until reload.
  }
}

export function demoUserById(id: string): DemoUser {
  return DEMO_USERS.find((u) => u.id === id) ?? DEMO_USERS[0];
}
