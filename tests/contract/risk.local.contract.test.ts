/** @jest-environment node */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import {
  IndexedDbRiskActionRepository,
  IndexedDbRiskAnalysisRepository,
  IndexedDbRiskMatrixRepository,
  IndexedDbRiskRepository,
  openLocalDatabase,
  type LocalWriteContext,
} from '../../src/data/local';
import { describeRiskRepositoriesContract } from './riskRepositories.contract';

const context: LocalWriteContext = {
  now: () => new Date('2026-03-01T08:00:00.000Z'),
  currentUser: () => ({ displayName: 'Kontrakt Testsson', email: 'kontrakt.testsson@norrkoping.example' }),
};

describeRiskRepositoriesContract('local (IndexedDB)', async () => {
  const db = await openLocalDatabase({ indexedDB: new IDBFactory() });
  return {
    repos: {
      riskMatrices: new IndexedDbRiskMatrixRepository(db, context),
      riskAnalyses: new IndexedDbRiskAnalysisRepository(db, context),
      risks: new IndexedDbRiskRepository(db, context),
      riskActions: new IndexedDbRiskActionRepository(db, context),
    },
    unitIds: ['3', '4'],
    objectId: '7',
    cleanup: async () => db.close(),
  };
});
