/**
 * SharePointRiskAnalysisRepository: risk analyses in `Lists/LisRiskAnalyses` (schema:
 * src/data/schema/riskAnalysesList.ts) through PnPjs v4.
 *
 *   new SharePointRiskAnalysisRepository(sp: SPFI, dataSiteUrl: string)
 *
 * One unit's analyses are read with `LisOwnerUnitId eq <id>` (indexed). Updates send If-Match; 412 becomes
 * ConflictError.
 */
import type { SPFI } from '@pnp/sp';
import type { RiskAnalysis } from '../../domain/risk';
import { NotFoundError } from '../ports/errors';
import type { RiskAnalysisListResult, RiskAnalysisQuery, RiskAnalysisRepository, StoredRiskAnalysis } from '../ports/RiskAnalysisRepository';
import { compareStoreIds } from '../requirementRecord';
import { checkRiskAnalysisRecord, toRiskAnalysisRecord } from '../riskRecord';
import { RiskAnalysisFields, riskAnalysesList } from '../schema/riskAnalysesList';
import { LisListAccess, refuseBlindOverwrite } from './listAccess';
import { indexedEq } from './odata';
import { toItemId } from './orgUnitItem';
import { RISK_ANALYSIS_SELECT, RISK_ITEM_EXPAND, riskAnalysisFromItem, riskAnalysisItemValues } from './riskItem';
import { UnitFolderItems } from './unitFolders';

const ENTITY = 'RiskAnalysis';

export class SharePointRiskAnalysisRepository implements RiskAnalysisRepository {
  private readonly access: LisListAccess;
  private readonly folders: UnitFolderItems;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, riskAnalysesList.url);
    this.folders = new UnitFolderItems(this.access, riskAnalysesList);
  }

  public async list(query: RiskAnalysisQuery = {}): Promise<RiskAnalysisListResult> {
    let filter: string | undefined;
    if (query.ownerUnitId !== undefined) {
      const unitId = toItemId(query.ownerUnitId);
      if (unitId === undefined) return { items: [], broken: [] };
      filter = indexedEq(riskAnalysesList, RiskAnalysisFields.ownerUnit, unitId);
    }
    const { items, broken } = await this.access.readMapped(RISK_ANALYSIS_SELECT, RISK_ITEM_EXPAND, riskAnalysisFromItem, ENTITY, filter);
    items.sort((a, b) => compareStoreIds(a.id, b.id));
    return { items, broken };
  }

  public async get(id: string): Promise<StoredRiskAnalysis> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    return this.access.readOne(itemId, RISK_ANALYSIS_SELECT, RISK_ITEM_EXPAND, riskAnalysisFromItem, ENTITY, id);
  }

  public async create(analysis: RiskAnalysis): Promise<StoredRiskAnalysis> {
    const record = toRiskAnalysisRecord(analysis);
    checkRiskAnalysisRecord(record, 'new');
    checkLookups(record.ownerUnitId, record.classificationObjectId);
    const id = await this.folders.create(record.ownerUnitId, riskAnalysisItemValues(record), ENTITY, 'new');
    return this.get(id);
  }

  public async update(id: string, etag: string, analysis: RiskAnalysis): Promise<StoredRiskAnalysis> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    refuseBlindOverwrite(etag, ENTITY, id);
    const record = toRiskAnalysisRecord(analysis);
    checkRiskAnalysisRecord(record, id);
    checkLookups(record.ownerUnitId, record.classificationObjectId);
    await this.access.update(itemId, riskAnalysisItemValues(record), etag, ENTITY, id);
    // A changed owner unit moves the analysis (its risks and actions follow with the health check's fix).
    await this.folders.moveTo(itemId, record.ownerUnitId, ENTITY, id);
    return this.get(id);
  }
}

/** Lookups hold item ids: anything else cannot be stored (and names nothing on the data site). */
function checkLookups(ownerUnitId: string, classificationObjectId: string | null): void {
  if (toItemId(ownerUnitId) === undefined) throw new NotFoundError('OrgUnit', ownerUnitId);
  if (classificationObjectId !== null && toItemId(classificationObjectId) === undefined) throw new NotFoundError('Classification', classificationObjectId);
}
