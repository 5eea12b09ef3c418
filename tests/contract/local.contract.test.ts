/** @jest-environment node */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { IndexedDbOrgUnitRepository, openLocalDatabase } from '../../src/data/local';
import { describeOrgUnitRepositoryContract } from './orgUnitRepository.contract';

describeOrgUnitRepositoryContract('local (IndexedDB)', async () => {
  const db = await openLocalDatabase({ indexedDB: new IDBFactory() });
  const repo = new IndexedDbOrgUnitRepository(db, {
    now: () => new Date('2026-03-01T08:00:00.000Z'),
    currentUser: () => ({ displayName: 'Kontrakt Testsson', email: 'kontrakt.testsson@norrkoping.example' }),
  });
  return {
    repo,
    cleanup: async () => {
      db.close();
    },
  };
});
