import type { Person } from '../domain/shared/Person';
import type { OrgUnitRepository } from '../data/ports/OrgUnitRepository';

/**
 * Everything the UI and the use cases need from the outside world, built by a host (web part, preview, job)
 * and handed to the UI through React context. The UI never imports an adapter.
 */
export interface Services {
  orgUnits: OrgUnitRepository;
  /** The signed-in person (from the SPFx context, or the preview's chosen demo user). */
  currentUser: Person;
  /** Time is passed in, never read from Date.now() inside the domain. */
  now: () => Date;
}
