/**
 * The local preview's IndexedDB database `lis-preview`: one object store per aggregate plus `meta` (counters, flags).
 *
 * TO ADD A STORE (later issues): add its row type to `LisPreviewSchema`, append ONE migration to `MIGRATIONS`
 * (never edit a shipped one) and, if it needs seed data, extend LocalStore.ts. The version is the number of
 * migrations, so browsers holding an older database upgrade in place and keep their data.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { OrgUnitRecord } from '../orgUnitRecord';

export const LOCAL_DATABASE_NAME = 'lis-preview';

/** An org unit as the local store keeps it: SharePoint-shaped fields plus identity and a version counter. */
export interface StoredOrgUnitRow extends OrgUnitRecord {
  /** Sequential numeric string, like a SharePoint item id. */
  id: string;
  /** Starts at 1, +1 on every update; the etag is `"<version>"`. */
  version: number;
  /** ISO 8601. */
  modified: string;
  /** Display name of whoever saved last. */
  modifiedBy: string;
}

export interface LisPreviewSchema extends DBSchema {
  orgUnits: { key: string; value: StoredOrgUnitRow };
  /** Small values by key: see MetaKeys. */
  meta: { key: string; value: number | string | boolean };
}

export type LisPreviewDatabase = IDBPDatabase<LisPreviewSchema>;
export type LisStoreName = StoreNames<LisPreviewSchema>;

export const MetaKeys = {
  /** Highest org unit id handed out so far (number). */
  orgUnitsLastId: 'orgUnits.lastId',
  /** Set once the database received its initial data (ISO time); absent in a brand-new database. */
  seededAt: 'seededAt',
} as const;

type UpgradeTransaction = IDBPTransaction<LisPreviewSchema, LisStoreName[], 'versionchange'>;
type Migration = (db: LisPreviewDatabase, transaction: UpgradeTransaction) => void;

/** Migration i upgrades the database from version i to i + 1. Append only. */
const MIGRATIONS: readonly Migration[] = [
  // v1 (issue 2): the organisation register.
  (db) => {
    db.createObjectStore('orgUnits', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
];

export const LOCAL_DATABASE_VERSION = MIGRATIONS.length;

export interface OpenLocalDatabaseOptions {
  /** The IndexedDB implementation; default the browser's `indexedDB`. Tests pass fake-indexeddb's IDBFactory. */
  indexedDB?: IDBFactory;
  /** Default `lis-preview`. */
  name?: string;
  /**
   * Another tab opened a newer version of the database: this connection is closed so the upgrade can go on.
   * A host can tell the user to reload.
   */
  onVersionChange?: () => void;
}

function defaultFactory(): IDBFactory {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this environment');
  return indexedDB;
}

/** Opens (creating or upgrading as needed) the local preview database. */
export function openLocalDatabase(options: OpenLocalDatabaseOptions = {}): Promise<LisPreviewDatabase> {
  const factory = options.indexedDB ?? defaultFactory();
  const request = factory.open(options.name ?? LOCAL_DATABASE_NAME, LOCAL_DATABASE_VERSION);
  request.addEventListener('upgradeneeded', (event: IDBVersionChangeEvent) => {
    const db = wrap(request.result) as unknown as LisPreviewDatabase;
    const transaction = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
    const target = event.newVersion ?? LOCAL_DATABASE_VERSION;
    for (let version = event.oldVersion; version < target; version++) MIGRATIONS[version](db, transaction);
  });
  return (wrap(request) as Promise<unknown> as Promise<LisPreviewDatabase>).then((db) => {
    db.addEventListener('versionchange', () => {
      db.close();
      if (options.onVersionChange) options.onVersionChange();
    });
    return db;
  });
}
