/** @jest-environment node */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { IndexedDbClassificationRepository, IndexedDbSharedInformationTypeRepository, openLocalDatabase } from '../../src/data/local';
import { describeClassificationRepositoryContract } from './classificationRepository.contract';
import { describeSharedInformationTypeRepositoryContract } from './sharedInformationTypeRepository.contract';

const context = {
  now: () => new Date('2026-03-01T08:00:00.000Z'),
  currentUser: () => ({ displayName: 'Kontrakt Testsson', email: 'kontrakt.testsson@norrkoping.example' }),
};

describeClassificationRepositoryContract('local (IndexedDB)', async () => {
  const db = await openLocalDatabase({ indexedDB: new IDBFactory() });
  return { repo: new IndexedDbClassificationRepository(db, context), cleanup: async () => db.close() };
});

describeSharedInformationTypeRepositoryContract('local (IndexedDB)', async () => {
  const db = await openLocalDatabase({ indexedDB: new IDBFactory() });
  return { repo: new IndexedDbSharedInformationTypeRepository(db, context), cleanup: async () => db.close() };
});
