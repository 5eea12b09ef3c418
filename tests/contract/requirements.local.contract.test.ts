/** @jest-environment node */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { IndexedDbActionPlanRepository, IndexedDbHandoverRepository, IndexedDbRequirementCatalogueRepository, openLocalDatabase, type LocalWriteContext } from '../../src/data/local';
import { describeActionPlanContract, describeHandoverContract, describeRequirementCatalogueContract } from './requirementRepositories.contract';

const context: LocalWriteContext = {
  now: () => new Date('2026-03-01T08:00:00.000Z'),
  currentUser: () => ({ displayName: 'Kontrakt Testsson', email: 'kontrakt.testsson@norrkoping.example' }),
};

async function open(): Promise<{ db: Awaited<ReturnType<typeof openLocalDatabase>>; cleanup: () => Promise<void> }> {
  const db = await openLocalDatabase({ indexedDB: new IDBFactory() });
  return { db, cleanup: async () => db.close() };
}

describeRequirementCatalogueContract('local (IndexedDB)', async () => {
  const { db, cleanup } = await open();
  return { repo: new IndexedDbRequirementCatalogueRepository(db, context), cleanup };
});

describeActionPlanContract('local (IndexedDB)', async () => {
  const { db, cleanup } = await open();
  return { repo: new IndexedDbActionPlanRepository(db, context), objectIds: ['7', '8'], cleanup };
});

describeHandoverContract('local (IndexedDB)', async () => {
  const { db, cleanup } = await open();
  return { repo: new IndexedDbHandoverRepository(db, context), objectIds: ['7', '8'], cleanup };
});
