import type { ClassificationRepository } from '../../data/ports/ClassificationRepository';
import type { RiskActionRepository } from '../../data/ports/RiskActionRepository';
import type { RiskAnalysisRepository } from '../../data/ports/RiskAnalysisRepository';
import type { RiskMatrixRepository } from '../../data/ports/RiskMatrixRepository';
import type { RiskRepository } from '../../data/ports/RiskRepository';
import type { Person } from '../../domain/shared/Person';

/**
 * What the risk use cases need from Services (a structural subset, so tests pass small fakes): the four risk
 * repositories, the classification register (for an analysis' linked object), who acts and what time it is.
 */
export interface RiskServices {
  riskMatrices: RiskMatrixRepository;
  riskAnalyses: RiskAnalysisRepository;
  risks: RiskRepository;
  riskActions: RiskActionRepository;
  classifications: ClassificationRepository;
  currentUser: Person;
  now: () => Date;
}
