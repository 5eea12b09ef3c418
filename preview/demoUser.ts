import type { Person } from '../src/domain/shared/Person';

/** The preview's signed-in person: an invented coordinator on the reserved `.example` domain. */
export const DEMO_USER: Person = {
  displayName: 'Samordnare Demo',
  email: 'samordnare.demo@norrkoping.example',
};
