/**
 * SharePointRiskMatrixRepository: the risk matrix versions in `Lists/LisRiskMatrices` (schema:
 * src/data/schema/riskMatricesList.ts) through PnPjs v4.
 *
 *   new SharePointRiskMatrixRepository(sp: SPFI, dataSiteUrl: string)
 *
 * One item per version, never updated. addVersion first asks for the version on the indexed column
 * (`LisVersion eq <n>`) and refuses a version already stored (ConflictError).
 */
import type { SPFI } from '@pnp/sp';
import type { RiskMatrix } from '../../domain/risk';
import { ConflictError } from '../ports/errors';
import type { RiskMatrixListResult, RiskMatrixRepository, StoredRiskMatrix } from '../ports/RiskMatrixRepository';
import { checkRiskMatrixRecord, toRiskMatrixRecord } from '../riskRecord';
import { RiskMatrixFields, riskMatricesList } from '../schema/riskMatricesList';
import { LisListAccess } from './listAccess';
import { indexedEq } from './odata';
import { RISK_ITEM_EXPAND, RISK_MATRIX_SELECT, riskMatrixFromItem, riskMatrixItemValues } from './riskItem';

const ENTITY = 'RiskMatrix';

export class SharePointRiskMatrixRepository implements RiskMatrixRepository {
  private readonly access: LisListAccess;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, riskMatricesList.url);
  }

  public async list(): Promise<RiskMatrixListResult> {
    const { items, broken } = await this.access.readMapped(RISK_MATRIX_SELECT, RISK_ITEM_EXPAND, riskMatrixFromItem, ENTITY);
    items.sort((a, b) => a.version - b.version);
    return { items, broken };
  }

  public async latest(): Promise<StoredRiskMatrix | null> {
    const { items } = await this.list();
    return items.length > 0 ? items[items.length - 1] : null;
  }

  public async addVersion(matrix: RiskMatrix): Promise<StoredRiskMatrix> {
    const record = toRiskMatrixRecord(matrix);
    checkRiskMatrixRecord(record, 'new');
    const filter = indexedEq(riskMatricesList, RiskMatrixFields.version, record.version);
    let existing: unknown[];
    try {
      existing = await this.access.readAll(['Id'], [], filter);
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, `v${record.version}`);
    }
    if (existing.length > 0) throw new ConflictError(ENTITY, `v${record.version}`);
    const id = await this.access.add(riskMatrixItemValues(record), ENTITY, 'new');
    return this.access.readOne(Number(id), RISK_MATRIX_SELECT, RISK_ITEM_EXPAND, riskMatrixFromItem, ENTITY, id);
  }
}
