import type { RiskAnalysis } from '../../domain/risk';
import type { RiskAnalysisListResult, RiskAnalysisQuery, RiskAnalysisRepository, StoredRiskAnalysis } from '../ports/RiskAnalysisRepository';
import { checkRiskAnalysisRecord, parseRiskAnalysisRecord, toRiskAnalysisRecord } from '../riskRecord';
import type { LisPreviewDatabase } from './database';
import type { LocalWriteContext } from './LocalWriteContext';
import { LocalRiskRows } from './localRiskWrites';
import { parseRiskRows } from './riskRows';

/** Risk analyses in the browser's IndexedDB (store `riskAnalyses`, index byOwnerUnit). */
export class IndexedDbRiskAnalysisRepository implements RiskAnalysisRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _rows: LocalRiskRows<StoredRiskAnalysis>;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._rows = new LocalRiskRows(db, context, 'riskAnalyses', 'RiskAnalysis', parseRiskAnalysisRecord);
  }

  public async list(query: RiskAnalysisQuery = {}): Promise<RiskAnalysisListResult> {
    const rows =
      query.ownerUnitId !== undefined ? await this._db.getAllFromIndex('riskAnalyses', 'byOwnerUnit', query.ownerUnitId) : await this._db.getAll('riskAnalyses');
    return parseRiskRows(rows, parseRiskAnalysisRecord);
  }

  public get(id: string): Promise<StoredRiskAnalysis> {
    return this._rows.get(id);
  }

  public async create(analysis: RiskAnalysis): Promise<StoredRiskAnalysis> {
    const record = toRiskAnalysisRecord(analysis);
    checkRiskAnalysisRecord(record, 'new');
    return this._rows.add(record);
  }

  public async update(id: string, etag: string, analysis: RiskAnalysis): Promise<StoredRiskAnalysis> {
    const record = toRiskAnalysisRecord(analysis);
    checkRiskAnalysisRecord(record, id);
    return this._rows.put(id, etag, record);
  }
}
