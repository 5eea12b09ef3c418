/** The component tests' fake must honour the same port contract as the real adapters. */
import { describeOrgUnitRepositoryContract } from '../contract/orgUnitRepository.contract';
import { FakeOrgUnitRepository } from './fakeOrgUnitRepository';

describeOrgUnitRepositoryContract('in-memory fake (component tests)', async () => ({ repo: new FakeOrgUnitRepository() }));
