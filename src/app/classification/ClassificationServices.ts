import type { ClassificationRepository } from '../../data/ports/ClassificationRepository';
import type { SharedInformationTypeRepository } from '../../data/ports/SharedInformationTypeRepository';
import type { Person } from '../../domain/shared/Person';
import type { LisSettings } from '../settings';

/**
 * The part of `Services` the classification use cases need (structural, so tests can pass small fakes):
 * the repository, who is acting and what time it is.
 */
export interface ClassificationServices {
  classifications: ClassificationRepository;
  currentUser: Person;
  now: () => Date;
  /** Absent: the defaults (review every 12 months). */
  settings?: Pick<LisSettings, 'reviewIntervalMonths'>;
}

export interface SharedTypeServices {
  sharedInformationTypes: SharedInformationTypeRepository;
}
