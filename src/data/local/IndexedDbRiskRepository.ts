import type { Risk } from '../../domain/risk';
import { NotFoundError } from '../ports/errors';
import type { RiskListResult, RiskQuery, RiskRepository, StoredRisk } from '../ports/RiskRepository';
import { checkRiskRecord, parseRiskAnalysisRecord, parseRiskRecord, toRiskRecord } from '../riskRecord';
import type { LisPreviewDatabase } from './database';
import type { LocalWriteContext } from './LocalWriteContext';
import { LocalRiskRows } from './localRiskWrites';
import { parseRiskRow, parseRiskRows } from './riskRows';

/** Risks in the browser's IndexedDB (store `risks`, indexes byAnalysis and byOwnerUnit). */
export class IndexedDbRiskRepository implements RiskRepository {
  private readonly _db: LisPreviewDatabase;
  private readonly _rows: LocalRiskRows<StoredRisk>;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._rows = new LocalRiskRows(db, context, 'risks', 'Risk', parseRiskRecord);
  }

  public async list(query: RiskQuery = {}): Promise<RiskListResult> {
    let rows: unknown[];
    if (query.analysisId !== undefined) rows = await this._db.getAllFromIndex('risks', 'byAnalysis', query.analysisId);
    else if (query.ownerUnitId !== undefined) rows = await this._db.getAllFromIndex('risks', 'byOwnerUnit', query.ownerUnitId);
    else rows = await this._db.getAll('risks');
    const { items, broken } = parseRiskRows(rows, parseRiskRecord);
    return { items: query.ownerUnitId === undefined ? items : items.filter((r) => r.ownerUnitId === query.ownerUnitId), broken };
  }

  public get(id: string): Promise<StoredRisk> {
    return this._rows.get(id);
  }

  public async create(risk: Risk): Promise<StoredRisk> {
    checkRiskRecord(toRiskRecord(risk, '1'), 'new');
    return this._rows.add(toRiskRecord(risk, await this._ownerUnitOf(risk.analysisId)));
  }

  public async update(id: string, etag: string, risk: Risk): Promise<StoredRisk> {
    checkRiskRecord(toRiskRecord(risk, '1'), id);
    return this._rows.put(id, etag, toRiskRecord(risk, await this._ownerUnitOf(risk.analysisId)));
  }

  /** The owner unit of the analysis (NotFoundError when it does not exist or cannot be read). */
  private async _ownerUnitOf(analysisId: string): Promise<string> {
    const row: unknown = await this._db.get('riskAnalyses', analysisId);
    const analysis = row === undefined ? undefined : parseRiskRow(row, parseRiskAnalysisRecord).value;
    if (!analysis) throw new NotFoundError('RiskAnalysis', analysisId);
    return analysis.ownerUnitId;
  }
}
