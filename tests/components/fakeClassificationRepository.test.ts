import { describeClassificationRepositoryContract } from '../contract/classificationRepository.contract';
import { describeSharedInformationTypeRepositoryContract } from '../contract/sharedInformationTypeRepository.contract';
import { FakeClassificationRepository } from './fakeClassificationRepository';
import { FakeSharedInformationTypeRepository } from './fakeSharedInformationTypeRepository';

describeClassificationRepositoryContract('component-test fake', async () => ({ repo: new FakeClassificationRepository() }));
describeSharedInformationTypeRepositoryContract('component-test fake', async () => ({ repo: new FakeSharedInformationTypeRepository() }));
