/**
 * The local preview's IndexedDB database `lis-preview`: one object store per aggregate plus `meta` (counters, flags).
 *
 * TO ADD A STORE (later issues): add its row type to `LisPreviewSchema`, append ONE migration to `MIGRATIONS`
 * (never edit a shipped one) and, if it needs seed data, extend LocalStore.ts. The version is the number of
 * migrations, so browsers holding an older database upgrade in place and keep their data.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { OrgUnitRecord } from '../orgUnitRecord';
import type { ClassificationRecord, ClassificationVersionRecord, SharedInformationTypeRecord } from '../classificationRecord';
import type { OutboxMail } from '../ports/Outbox';
import type { ReminderLogEntry } from '../ports/ReminderLog';
import type { StoredHistoryRow } from './history/historyRows';

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

/**
 * A row of a store added for issue 3 until its adapter narrows the type: identity, version counter, audit fields
 * and the record's own fields.
 */
export interface StoredRow {
  id: string;
  version: number;
  modified: string;
  modifiedBy: string;
  [field: string]: unknown;
}

/** A classification as the local store keeps it (index byOwnerUnit on `ownerUnitId`). */
export interface StoredClassificationRow extends ClassificationRecord {
  id: string;
  version: number;
  /** Store version counter (the record's own `version` is the classification's version number). */
  rowVersion: number;
  modified: string;
  modifiedBy: string;
}

/** An approved snapshot: id `<objectId>/<version>` so a second snapshot of the same version cannot be added. */
export interface StoredClassificationVersionRow extends ClassificationVersionRecord {
  id: string;
  modified: string;
  modifiedBy: string;
}

/** A shared information type as the local store keeps it. */
export interface StoredSharedInfoTypeRow extends SharedInformationTypeRecord {
  id: string;
  version: number;
  modified: string;
  modifiedBy: string;
}

export interface LisPreviewSchema extends DBSchema {
  orgUnits: { key: string; value: StoredOrgUnitRow };
  /** Issue 3: classification objects (current version), approved version snapshots, shared information types. */
  classifications: { key: string; value: StoredClassificationRow; indexes: { byOwnerUnit: string } };
  classificationVersions: { key: string; value: StoredClassificationVersionRow; indexes: { byObject: string } };
  sharedInfoTypes: { key: string; value: StoredSharedInfoTypeRow };
  /** Issue 3: requirement catalogue, handlingsplan entries, IT handover queue. */
  requirements: { key: string; value: StoredRow };
  actionPlanEntries: { key: string; value: StoredRow; indexes: { byObject: string } };
  handovers: { key: string; value: StoredRow; indexes: { byObject: string; byStatus: string } };
  /** Issue 4: risk matrix versions, risk analyses, risks, risk actions (rows: src/data/local/riskRows.ts). */
  riskMatrices: { key: string; value: StoredRow; indexes: { byVersion: number } };
  riskAnalyses: { key: string; value: StoredRow; indexes: { byOwnerUnit: string } };
  risks: { key: string; value: StoredRow; indexes: { byAnalysis: string; byOwnerUnit: string } };
  riskActions: { key: string; value: StoredRow; indexes: { byRisk: string; byAnalysis: string } };
  /** Issue 5: the reminder log (one row per digest, `at` normalised to toISOString) and the preview's outbox. */
  reminderLog: { key: string; value: ReminderLogEntry; indexes: { byRecordedAt: string } };
  outbox: { key: string; value: OutboxMail & { order: number } };
  /** Small values by key: see MetaKeys. */
  meta: { key: string; value: number | string | boolean };
  /** Issue 6: the audit trail, one row per saved version of a classification, analysis, risk, action or org unit. */
  history: { key: string; value: StoredHistoryRow; indexes: { byItem: [string, string] } };
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
  // v2 (issue 3): classification.
  (db) => {
    db.createObjectStore('classifications', { keyPath: 'id' }).createIndex('byOwnerUnit', 'ownerUnitId');
    db.createObjectStore('classificationVersions', { keyPath: 'id' }).createIndex('byObject', 'objectId');
    db.createObjectStore('sharedInfoTypes', { keyPath: 'id' });
  },
  // v3 (issue 3): requirements, handlingsplan, handover to IT.
  (db) => {
    db.createObjectStore('requirements', { keyPath: 'id' });
    db.createObjectStore('actionPlanEntries', { keyPath: 'id' }).createIndex('byObject', 'objectId');
    const handovers = db.createObjectStore('handovers', { keyPath: 'id' });
    handovers.createIndex('byObject', 'objectId');
    handovers.createIndex('byStatus', 'status');
  },
  // v4 (issue 4): risk analysis.
  (db) => {
    db.createObjectStore('riskMatrices', { keyPath: 'id' }).createIndex('byVersion', 'matrixVersion', { unique: true });
    db.createObjectStore('riskAnalyses', { keyPath: 'id' }).createIndex('byOwnerUnit', 'ownerUnitId');
    const risks = db.createObjectStore('risks', { keyPath: 'id' });
    risks.createIndex('byAnalysis', 'analysisId');
    risks.createIndex('byOwnerUnit', 'ownerUnitId');
    const actions = db.createObjectStore('riskActions', { keyPath: 'id' });
    actions.createIndex('byRisk', 'riskId');
    actions.createIndex('byAnalysis', 'analysisId');
  },
  // v5 (issue 5): reminder log and the preview's outbox.
  (db) => {
    db.createObjectStore('reminderLog', { keyPath: 'key' }).createIndex('byRecordedAt', 'at');
    db.createObjectStore('outbox', { keyPath: 'id' });
  },
  // v6 (issue 6): the audit trail (src/data/local/history).
  (db) => {
    db.createObjectStore('history', { keyPath: 'id' }).createIndex('byItem', ['entity', 'itemId']);
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
