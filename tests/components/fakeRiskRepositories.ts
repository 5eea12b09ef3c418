import { DEFAULT_MATRIX, type RiskMatrix } from '../../src/domain/risk';
import { FakeRiskActionRepository } from './fakeRiskActionRepository';
import { FakeRiskAnalysisRepository } from './fakeRiskAnalysisRepository';
import { FakeRiskMatrixRepository } from './fakeRiskMatrixRepository';
import { FakeRiskRepository } from './fakeRiskRepository';

export interface FakeRiskRepositories {
  riskMatrices: FakeRiskMatrixRepository;
  riskAnalyses: FakeRiskAnalysisRepository;
  risks: FakeRiskRepository;
  riskActions: FakeRiskActionRepository;
}

/**
 * The four risk fakes, linked as the stores are (a risk needs its analysis, an action its risk), for component test
 * services. The matrix store holds `matrices` (default: DEFAULT_MATRIX as version 1); analyses, risks and actions
 * start empty.
 */
export function fakeRiskRepositories(matrices: readonly RiskMatrix[] = [DEFAULT_MATRIX]): FakeRiskRepositories {
  const riskAnalyses = new FakeRiskAnalysisRepository();
  const risks = new FakeRiskRepository(riskAnalyses);
  return { riskMatrices: new FakeRiskMatrixRepository(matrices), riskAnalyses, risks, riskActions: new FakeRiskActionRepository(risks) };
}
