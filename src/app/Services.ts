import type { Person } from '../domain/shared/Person';
import type { OrgUnitRepository } from '../data/ports/OrgUnitRepository';
import type { ClassificationRepository } from '../data/ports/ClassificationRepository';
import type { SharedInformationTypeRepository } from '../data/ports/SharedInformationTypeRepository';
import type { RequirementCatalogueRepository } from '../data/ports/RequirementCatalogueRepository';
import type { ActionPlanRepository } from '../data/ports/ActionPlanRepository';
import type { HandoverRepository } from '../data/ports/HandoverRepository';
import type { RiskMatrixRepository } from '../data/ports/RiskMatrixRepository';
import type { RiskAnalysisRepository } from '../data/ports/RiskAnalysisRepository';
import type { RiskRepository } from '../data/ports/RiskRepository';
import type { RiskActionRepository } from '../data/ports/RiskActionRepository';
import type { LisSettings } from './settings';

/**
 * Everything the UI and the use cases need from the outside world, built by a host (web part, preview, job)
 * and handed to the UI through React context. The UI never imports an adapter.
 */
export interface Services {
  orgUnits: OrgUnitRepository;
  /** Klassningsobjekt (current versions) and their approved snapshots. */
  classifications: ClassificationRepository;
  /** Gemensamma informationstyper published by the coordinator. */
  sharedInformationTypes: SharedInformationTypeRepository;
  /** Kravkatalogen. */
  requirements: RequirementCatalogueRepository;
  /** Handlingsplaner: one row per classification object and requirement. */
  actionPlans: ActionPlanRepository;
  /** The IT unit's queue of handed-over technical requirements. */
  handovers: HandoverRepository;
  /** Versions of the municipality's risk matrix (write-once). */
  riskMatrices: RiskMatrixRepository;
  /** Riskanalyser. */
  riskAnalyses: RiskAnalysisRepository;
  /** Risks of the analyses (with the analysis' owner unit, for the municipality-wide register). */
  risks: RiskRepository;
  /** Åtgärder against the risks. */
  riskActions: RiskActionRepository;
  /** The signed-in person (from the SPFx context, or the preview's chosen demo user). */
  currentUser: Person;
  /** Time is passed in, never read from Date.now() inside the domain. */
  now: () => Date;
  /** Organisation-wide settings (review interval …). */
  settings: LisSettings;
}
