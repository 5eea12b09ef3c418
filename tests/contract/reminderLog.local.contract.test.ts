/** @jest-environment node */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { IndexedDbReminderLog, openLocalDatabase } from '../../src/data/local';
import { describeReminderLogContract } from './reminderLog.contract';

describeReminderLogContract('local (IndexedDB)', async () => {
  const db = await openLocalDatabase({ indexedDB: new IDBFactory() });
  return { log: new IndexedDbReminderLog(db), cleanup: async () => db.close() };
});
