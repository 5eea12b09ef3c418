import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { LocalWriteContext } from '../../../src/data/local';

/** A fresh, isolated IndexedDB (fake-indexeddb) per test: nothing leaks between tests. */
export function freshIndexedDb(): IDBFactory {
  return new IDBFactory();
}

/** A controllable clock and user for the local store. */
export function testContext(displayName: string = 'Anna Testsson', start: string = '2026-03-01T08:00:00.000Z'): LocalWriteContext & {
  advance(ms: number): void;
} {
  let time = Date.parse(start);
  return {
    now: () => new Date(time),
    currentUser: () => ({ displayName, email: 'anna.testsson@norrkoping.example' }),
    advance(ms: number) {
      time += ms;
    },
  };
}
