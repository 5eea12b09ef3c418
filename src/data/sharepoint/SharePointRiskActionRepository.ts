/**
 * SharePointRiskActionRepository: risk actions in `Lists/LisRiskActions` (schema: src/data/schema/riskActionsList.ts)
 * through PnPjs v4.
 *
 *   new SharePointRiskActionRepository(sp: SPFI, dataSiteUrl: string)
 *
 * Queries filter on indexed lookups only: `LisRiskId eq <id>` for one risk (an analysis, if also asked for, is then
 * checked in memory), `LisAnalysisId eq <id>` for one analysis. A write reads the risk first (`Lists/LisRisks`) to
 * copy its analysis onto the action. Updates send If-Match; 412 becomes ConflictError.
 */
import type { SPFI } from '@pnp/sp';
import type { RiskAction } from '../../domain/risk';
import { NotFoundError } from '../ports/errors';
import type { RiskActionListResult, RiskActionQuery, RiskActionRepository, StoredRiskAction } from '../ports/RiskActionRepository';
import { compareStoreIds } from '../requirementRecord';
import { checkRiskActionRecord, toRiskActionRecord } from '../riskRecord';
import { RiskActionFields, riskActionsList } from '../schema/riskActionsList';
import { risksList } from '../schema/risksList';
import { LisListAccess, refuseBlindOverwrite } from './listAccess';
import { UnitFolderItems } from './unitFolders';
import { indexedEq } from './odata';
import { toItemId } from './orgUnitItem';
import { RISK_ACTION_SELECT, RISK_ITEM_EXPAND, RISK_SELECT, riskActionFromItem, riskActionItemValues, riskFromItem } from './riskItem';

const ENTITY = 'RiskAction';

export class SharePointRiskActionRepository implements RiskActionRepository {
  private readonly access: LisListAccess;
  private readonly risks: LisListAccess;
  private readonly folders: UnitFolderItems;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, riskActionsList.url);
    this.risks = new LisListAccess(sp, dataSiteUrl, risksList.url);
    this.folders = new UnitFolderItems(this.access, riskActionsList);
  }

  public async list(query: RiskActionQuery = {}): Promise<RiskActionListResult> {
    let filter: string | undefined;
    if (query.riskId !== undefined) {
      const riskId = toItemId(query.riskId);
      if (riskId === undefined) return { items: [], broken: [] };
      filter = indexedEq(riskActionsList, RiskActionFields.risk, riskId);
    } else if (query.analysisId !== undefined) {
      const analysisId = toItemId(query.analysisId);
      if (analysisId === undefined) return { items: [], broken: [] };
      filter = indexedEq(riskActionsList, RiskActionFields.analysis, analysisId);
    }
    const { items: read, broken } = await this.access.readMapped(RISK_ACTION_SELECT, RISK_ITEM_EXPAND, riskActionFromItem, ENTITY, filter);
    const items = query.riskId !== undefined && query.analysisId !== undefined ? read.filter((a) => a.analysisId === query.analysisId) : read;
    items.sort((a, b) => compareStoreIds(a.id, b.id));
    return { items, broken };
  }

  public async create(action: RiskAction): Promise<StoredRiskAction> {
    const record = toRiskActionRecord(action, '1');
    checkRiskActionRecord(record, 'new');
    // The risk carries its analysis and (denormalised) the analysis' owner unit: the action's folder.
    const risk = await this.riskOf(action.riskId);
    const id = await this.folders.create(risk.ownerUnitId, riskActionItemValues({ ...record, analysisId: risk.analysisId }), ENTITY, 'new');
    return this.get(id);
  }

  public async update(id: string, etag: string, action: RiskAction): Promise<StoredRiskAction> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    refuseBlindOverwrite(etag, ENTITY, id);
    const record = toRiskActionRecord(action, '1');
    checkRiskActionRecord(record, id);
    const analysisId = await this.analysisOf(action.riskId);
    await this.access.update(itemId, riskActionItemValues({ ...record, analysisId }), etag, ENTITY, id);
    return this.get(id);
  }

  private async get(id: string): Promise<StoredRiskAction> {
    return this.access.readOne(toItemId(id) ?? 0, RISK_ACTION_SELECT, RISK_ITEM_EXPAND, riskActionFromItem, ENTITY, id);
  }

  /** The analysis of the risk (NotFoundError when the risk does not exist). */
  private async analysisOf(riskId: string): Promise<string> {
    return (await this.riskOf(riskId)).analysisId;
  }

  private async riskOf(riskId: string): Promise<{ analysisId: string; ownerUnitId: string }> {
    const itemId = toItemId(riskId);
    if (itemId === undefined) throw new NotFoundError('Risk', riskId);
    return this.risks.readOne(itemId, RISK_SELECT, RISK_ITEM_EXPAND, riskFromItem, 'Risk', riskId);
  }
}
