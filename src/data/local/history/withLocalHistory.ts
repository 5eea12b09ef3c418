import type { ItemHistory } from '../../ports/ItemHistory';
import type { ClassificationRepository } from '../../ports/ClassificationRepository';
import type { OrgUnitRepository } from '../../ports/OrgUnitRepository';
import type { RiskActionRepository } from '../../ports/RiskActionRepository';
import type { RiskAnalysisRepository } from '../../ports/RiskAnalysisRepository';
import type { RiskRepository } from '../../ports/RiskRepository';
import type { LisPreviewDatabase } from '../database';
import type { LocalWriteContext } from '../LocalWriteContext';
import { LocalHistoryRecorder } from './LocalHistoryRecorder';
import { LocalItemHistory } from './LocalItemHistory';

export interface AuditedRepositories {
  orgUnits: OrgUnitRepository;
  classifications: ClassificationRepository;
  riskAnalyses: RiskAnalysisRepository;
  risks: RiskRepository;
  riskActions: RiskActionRepository;
}

/** The audited repositories recording every create and update in the `history` store, and the history reader. */
export function withLocalHistory(db: LisPreviewDatabase, context: LocalWriteContext, repositories: AuditedRepositories): AuditedRepositories & { itemHistory: ItemHistory } {
  const recorder = new LocalHistoryRecorder(db, context);
  return {
    orgUnits: recorder.wrap('orgUnit', repositories.orgUnits),
    classifications: recorder.wrap('classification', repositories.classifications),
    riskAnalyses: recorder.wrap('riskAnalysis', repositories.riskAnalyses),
    risks: recorder.wrap('risk', repositories.risks),
    riskActions: recorder.wrap('riskAction', repositories.riskActions),
    itemHistory: new LocalItemHistory(db),
  };
}
