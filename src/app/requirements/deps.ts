import type { ClassificationRepository } from '../../data/ports/ClassificationRepository';
import type { ActionPlanRepository } from '../../data/ports/ActionPlanRepository';
import type { HandoverRepository } from '../../data/ports/HandoverRepository';
import type { RequirementCatalogueRepository } from '../../data/ports/RequirementCatalogueRepository';
import type { Person } from '../../domain/shared/Person';

/**
 * What the requirement use cases need from Services. Declared here (a structural subset of Services) so each use
 * case asks for exactly the ports it uses.
 */
export interface RequirementServices {
  requirements: RequirementCatalogueRepository;
  actionPlans: ActionPlanRepository;
  handovers: HandoverRepository;
  classifications: ClassificationRepository;
  currentUser: Person;
  now: () => Date;
}
