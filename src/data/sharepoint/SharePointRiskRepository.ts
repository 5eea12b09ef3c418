/**
 * SharePointRiskRepository: risks in `Lists/LisRisks` (schema: src/data/schema/risksList.ts) through PnPjs v4.
 *
 *   new SharePointRiskRepository(sp: SPFI, dataSiteUrl: string)
 *
 * Queries filter on indexed lookups only: `LisAnalysisId eq <id>` for one analysis (an owner unit, if also asked
 * for, is then checked in memory), `LisOwnerUnitId eq <id>` for one unit's part of the register. A write reads the
 * analysis first (`Lists/LisRiskAnalyses`) to copy its owner unit onto the risk. Updates send If-Match; 412 becomes
 * ConflictError.
 */
import type { SPFI } from '@pnp/sp';
import type { Risk } from '../../domain/risk';
import { NotFoundError } from '../ports/errors';
import type { RiskListResult, RiskQuery, RiskRepository, StoredRisk } from '../ports/RiskRepository';
import { compareStoreIds } from '../requirementRecord';
import { checkRiskRecord, toRiskRecord } from '../riskRecord';
import { riskAnalysesList } from '../schema/riskAnalysesList';
import { RiskFields, risksList } from '../schema/risksList';
import { LisListAccess, refuseBlindOverwrite } from './listAccess';
import { UnitFolderItems } from './unitFolders';
import { indexedEq } from './odata';
import { toItemId } from './orgUnitItem';
import { RISK_ANALYSIS_SELECT, RISK_ITEM_EXPAND, RISK_SELECT, riskAnalysisFromItem, riskFromItem, riskItemValues } from './riskItem';

const ENTITY = 'Risk';

export class SharePointRiskRepository implements RiskRepository {
  private readonly access: LisListAccess;
  private readonly analyses: LisListAccess;
  private readonly folders: UnitFolderItems;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, risksList.url);
    this.analyses = new LisListAccess(sp, dataSiteUrl, riskAnalysesList.url);
    this.folders = new UnitFolderItems(this.access, risksList);
  }

  public async list(query: RiskQuery = {}): Promise<RiskListResult> {
    let filter: string | undefined;
    if (query.analysisId !== undefined) {
      const analysisId = toItemId(query.analysisId);
      if (analysisId === undefined) return { items: [], broken: [] };
      filter = indexedEq(risksList, RiskFields.analysis, analysisId);
    } else if (query.ownerUnitId !== undefined) {
      const unitId = toItemId(query.ownerUnitId);
      if (unitId === undefined) return { items: [], broken: [] };
      filter = indexedEq(risksList, RiskFields.ownerUnit, unitId);
    }
    const { items: read, broken } = await this.access.readMapped(RISK_SELECT, RISK_ITEM_EXPAND, riskFromItem, ENTITY, filter);
    const items = query.analysisId !== undefined && query.ownerUnitId !== undefined ? read.filter((r) => r.ownerUnitId === query.ownerUnitId) : read;
    items.sort((a, b) => compareStoreIds(a.id, b.id));
    return { items, broken };
  }

  public async get(id: string): Promise<StoredRisk> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    return this.access.readOne(itemId, RISK_SELECT, RISK_ITEM_EXPAND, riskFromItem, ENTITY, id);
  }

  public async create(risk: Risk): Promise<StoredRisk> {
    const record = toRiskRecord(risk, '1');
    checkRiskRecord(record, 'new');
    const ownerUnitId = await this.ownerUnitOf(risk.analysisId);
    const id = await this.folders.create(ownerUnitId, riskItemValues({ ...record, ownerUnitId }), ENTITY, 'new');
    return this.get(id);
  }

  public async update(id: string, etag: string, risk: Risk): Promise<StoredRisk> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    refuseBlindOverwrite(etag, ENTITY, id);
    const record = toRiskRecord(risk, '1');
    checkRiskRecord(record, id);
    const ownerUnitId = await this.ownerUnitOf(risk.analysisId);
    await this.access.update(itemId, riskItemValues({ ...record, ownerUnitId }), etag, ENTITY, id);
    return this.get(id);
  }

  /** The owner unit of the analysis (NotFoundError when it does not exist). */
  private async ownerUnitOf(analysisId: string): Promise<string> {
    const itemId = toItemId(analysisId);
    if (itemId === undefined) throw new NotFoundError('RiskAnalysis', analysisId);
    const analysis = await this.analyses.readOne(itemId, RISK_ANALYSIS_SELECT, RISK_ITEM_EXPAND, riskAnalysisFromItem, 'RiskAnalysis', analysisId);
    return analysis.ownerUnitId;
  }
}
