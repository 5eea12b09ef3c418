/**
 * The people one can act as in the preview (the shell's user switch): the coordinator, two people with handlingsplan
 * work and an IT technician. The choice is remembered in localStorage; "Mina uppgifter" follows it.
 */
import { DEMO_IT_TECHNICIAN, DEMO_TASK_PEOPLE, DEMO_USER } from '../src/data/local/demo';
import type { Person } from '../src/domain/shared/Person';
import type { ShellLocale } from './shellStrings';

export interface DemoUser {
  id: string;
  person: Person;
  role: Record<ShellLocale, string>;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { id: 'samordnare', person: DEMO_USER, role: { 'sv-SE': 'samordnare', 'en-US': 'coordinator' } },
  { id: 'karin', person: DEMO_TASK_PEOPLE[0], role: { 'sv-SE': 'ansvarig för krav', 'en-US': 'responsible for requirements' } },
  { id: 'johan', person: DEMO_TASK_PEOPLE[1], role: { 'sv-SE': 'ansvarig för krav', 'en-US': 'responsible for requirements' } },
  { id: 'it', person: DEMO_IT_TECHNICIAN, role: { 'sv-SE': 'IT-enheten', 'en-US': 'IT unit' } },
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
