/** The component tests' fakes must honour the same port contracts as the real adapters. */
import { describeActionPlanContract, describeHandoverContract, describeRequirementCatalogueContract } from '../contract/requirementRepositories.contract';
import { FakeActionPlanRepository } from './fakeActionPlanRepository';
import { FakeHandoverRepository } from './fakeHandoverRepository';
import { FakeRequirementCatalogueRepository } from './fakeRequirementCatalogueRepository';

describeRequirementCatalogueContract('in-memory fake (component tests)', async () => ({ repo: new FakeRequirementCatalogueRepository() }));
describeActionPlanContract('in-memory fake (component tests)', async () => ({ repo: new FakeActionPlanRepository(), objectIds: ['7', '8'] }));
describeHandoverContract('in-memory fake (component tests)', async () => ({ repo: new FakeHandoverRepository(), objectIds: ['7', '8'] }));
