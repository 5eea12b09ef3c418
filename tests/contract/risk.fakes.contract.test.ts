/** The component tests' risk fakes must honour the same port contracts as the real adapters. */
import { fakeRiskRepositories } from '../components/fakeRiskRepositories';
import { describeRiskRepositoriesContract } from './riskRepositories.contract';

describeRiskRepositoriesContract('in-memory fakes (component tests)', async () => ({ repos: fakeRiskRepositories([]), unitIds: ['3', '4'], objectId: '7' }));
