import type { RiskAction } from '../../domain/risk';
import { NotFoundError } from '../ports/errors';
import type { RiskActionListResult, RiskActionQuery, RiskActionRepository, StoredRiskAction } from '../ports/RiskActionRepository';
import { checkRiskActionRecord, parseRiskActionRecord, parseRiskRecord, toRiskActionRecord } from '../riskRecord';
import type { LisPreviewDatabase } from './database';
import type { LocalWriteContext } from './LocalWriteContext';
import { LocalRiskRows } from './localRiskWrites';
import { parseRiskRow, parseRiskRows } from './riskRows';

/** Risk actions in the browser's IndexedDB (store `riskActions`, indexes byRisk and byAnalysis). */
export class IndexedDbRiskActionRepository implements RiskActionRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _rows: LocalRiskRows<StoredRiskAction>;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._rows = new LocalRiskRows(db, context, 'riskActions', 'RiskAction', parseRiskActionRecord);
  }

  public async list(query: RiskActionQuery = {}): Promise<RiskActionListResult> {
    let rows: unknown[];
    if (query.riskId !== undefined) rows = await this._db.getAllFromIndex('riskActions', 'byRisk', query.riskId);
    else if (query.analysisId !== undefined) rows = await this._db.getAllFromIndex('riskActions', 'byAnalysis', query.analysisId);
    else rows = await this._db.getAll('riskActions');
    const { items, broken } = parseRiskRows(rows, parseRiskActionRecord);
    return { items: query.analysisId === undefined ? items : items.filter((a) => a.analysisId === query.analysisId), broken };
  }

  public async create(action: RiskAction): Promise<StoredRiskAction> {
    checkRiskActionRecord(toRiskActionRecord(action, '1'), 'new');
    return this._rows.add(toRiskActionRecord(action, await this._analysisOf(action.riskId)));
  }

  public async update(id: string, etag: string, action: RiskAction): Promise<StoredRiskAction> {
    checkRiskActionRecord(toRiskActionRecord(action, '1'), id);
    return this._rows.put(id, etag, toRiskActionRecord(action, await this._analysisOf(action.riskId)));
  }

  /** The analysis of the risk (NotFoundError when it does not exist or cannot be read). */
  private async _analysisOf(riskId: string): Promise<string> {
    const row: unknown = await this._db.get('risks', riskId);
    const risk = row === undefined ? undefined : parseRiskRow(row, parseRiskRecord).value;
    if (!risk) throw new NotFoundError('Risk', riskId);
    return risk.analysisId;
  }
}
