import type { ActionPlanRepository } from '../../ports/ActionPlanRepository';
import type { ClassificationRepository } from '../../ports/ClassificationRepository';
import type { HandoverRepository } from '../../ports/HandoverRepository';
import type { ItemHistory } from '../../ports/ItemHistory';
import type { OrgUnitRepository } from '../../ports/OrgUnitRepository';
import type { ReminderLog } from '../../ports/ReminderLog';
import type { RequirementCatalogueRepository } from '../../ports/RequirementCatalogueRepository';
import type { RiskActionRepository } from '../../ports/RiskActionRepository';
import type { RiskAnalysisRepository } from '../../ports/RiskAnalysisRepository';
import type { RiskMatrixRepository } from '../../ports/RiskMatrixRepository';
import type { RiskRepository } from '../../ports/RiskRepository';
import type { SharedInformationTypeRepository } from '../../ports/SharedInformationTypeRepository';
import type { TaskInputReader } from '../../ports/TaskInputReader';
import type { AccessSource } from './accessRules';
import { EnforcedItemHistory } from './EnforcedItemHistory';
import { EnforcedReminderLog } from './EnforcedReminderLog';
import {
  EnforcedOrgUnitRepository,
  EnforcedRequirementCatalogueRepository,
  EnforcedRiskMatrixRepository,
  EnforcedSharedInformationTypeRepository,
} from './EnforcedReferenceData';
import { EnforcedActionPlanRepository, EnforcedClassificationRepository, EnforcedHandoverRepository } from './EnforcedRequirementWork';
import { EnforcedRiskActionRepository, EnforcedRiskAnalysisRepository, EnforcedRiskRepository } from './EnforcedRiskWork';
import { EnforcedTaskInputReader } from './EnforcedTaskInputs';
import { UnitLookup } from './UnitLookup';

/** The local repositories the permission model covers. */
export interface EnforceableRepositories {
  orgUnits: OrgUnitRepository;
  classifications: ClassificationRepository;
  sharedInformationTypes: SharedInformationTypeRepository;
  requirements: RequirementCatalogueRepository;
  actionPlans: ActionPlanRepository;
  handovers: HandoverRepository;
  riskMatrices: RiskMatrixRepository;
  riskAnalyses: RiskAnalysisRepository;
  risks: RiskRepository;
  riskActions: RiskActionRepository;
  taskInputs: TaskInputReader;
  reminderLog: ReminderLog;
  itemHistory: ItemHistory;
}

/**
 * The same repositories, behaving for the acting user like SharePoint with the permission model (src/domain/access):
 * reads give only what they may read, writes outside their rights throw AccessDeniedError. `raw` stays unrestricted
 * (the decorators look units up through it). `onRegisterChange` runs after every org unit write (access may change).
 */
export function enforceAccess(raw: EnforceableRepositories, access: AccessSource, onRegisterChange?: () => void): EnforceableRepositories {
  const units = new UnitLookup(raw.classifications, raw.riskAnalyses, raw.risks);
  return {
    orgUnits: new EnforcedOrgUnitRepository(raw.orgUnits, access, onRegisterChange),
    sharedInformationTypes: new EnforcedSharedInformationTypeRepository(raw.sharedInformationTypes, access),
    requirements: new EnforcedRequirementCatalogueRepository(raw.requirements, access),
    riskMatrices: new EnforcedRiskMatrixRepository(raw.riskMatrices, access),
    classifications: new EnforcedClassificationRepository(raw.classifications, access),
    actionPlans: new EnforcedActionPlanRepository(raw.actionPlans, access, units),
    handovers: new EnforcedHandoverRepository(raw.handovers, access, units),
    riskAnalyses: new EnforcedRiskAnalysisRepository(raw.riskAnalyses, access),
    risks: new EnforcedRiskRepository(raw.risks, access, units),
    riskActions: new EnforcedRiskActionRepository(raw.riskActions, access, units),
    taskInputs: new EnforcedTaskInputReader(raw.taskInputs, access),
    reminderLog: new EnforcedReminderLog(raw.reminderLog, access),
    itemHistory: new EnforcedItemHistory(raw.itemHistory, access, units, raw.riskActions),
  };
}
