import { buildHistory } from '../../../domain/audit';
import type { AuditedEntity, HistoryEntry, ItemHistory } from '../../ports/ItemHistory';
import type { LisPreviewDatabase } from '../database';
import type { StoredHistoryRow } from './historyRows';

/**
 * The local preview's audit trail: the versions LocalHistoryRecorder stored for the item, diffed by the domain,
 * newest first. An item without recorded versions (demo data never edited) has an empty history.
 */
export class LocalItemHistory implements ItemHistory {
  private readonly _db: LisPreviewDatabase;

  public constructor(db: LisPreviewDatabase) {
    this._db = db;
  }

  public async history(entity: AuditedEntity, id: string): Promise<HistoryEntry[]> {
    const rows = (await this._db.getAllFromIndex('history', 'byItem', [entity, id])) as unknown[];
    const versions = rows
      .map((row) => (typeof row === 'object' && row !== null ? (row as Partial<StoredHistoryRow>) : {}))
      .sort((a, b) => (typeof a.version === 'number' ? a.version : 0) - (typeof b.version === 'number' ? b.version : 0))
      .map((row) => ({ version: typeof row.version === 'number' ? String(row.version) : '', at: typeof row.at === 'string' ? row.at : '', by: typeof row.by === 'string' ? row.by : '', value: row.value }));
    return buildHistory(entity, versions);
  }
}
