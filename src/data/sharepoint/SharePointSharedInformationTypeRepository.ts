/**
 * SharePointSharedInformationTypeRepository: gemensamma informationstyper in `Lists/LisSharedInfoTypes` (schema:
 * src/data/schema/sharedInfoTypesList.ts) through PnPjs v4, with the conventions of SharePointOrgUnitRepository:
 * list by url, selected columns only, paging, If-Match with 412 -> ConflictError, hand-edited items in `broken`.
 */
import type { SPFI } from '@pnp/sp';
import { storedSharedTypeIssues, toSharedInformationTypeRecord } from '../classificationRecord';
import {
  InvalidStoredItemError,
  NotFoundError,
  type SharedInformationTypeDraft,
  type SharedInformationTypeListResult,
  type SharedInformationTypeRepository,
  type StoredSharedInformationType,
} from '../ports';
import { sharedInfoTypesList } from '../schema/sharedInfoTypesList';
import { ITEM_EXPAND, SHARED_INFO_TYPE_SELECT, sharedTypeFromItem, toSharedTypeItemValues } from './classificationItem';
import { LIS_PAGE_SIZE, LisListAccess, refuseBlindOverwrite } from './listAccess';
import { toItemId } from './orgUnitItem';

const ENTITY = 'SharedInformationType';
export const SHARED_INFO_TYPE_PAGE_SIZE = LIS_PAGE_SIZE;

export class SharePointSharedInformationTypeRepository implements SharedInformationTypeRepository {
  private readonly access: LisListAccess;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, sharedInfoTypesList.url);
  }

  public async list(): Promise<SharedInformationTypeListResult> {
    return this.access.readMapped(SHARED_INFO_TYPE_SELECT, ITEM_EXPAND, sharedTypeFromItem, ENTITY);
  }

  public async get(id: string): Promise<StoredSharedInformationType> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    return this.access.readOne(itemId, SHARED_INFO_TYPE_SELECT, ITEM_EXPAND, sharedTypeFromItem, ENTITY, id);
  }

  public async create(draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    this.refuseUnreadable(draft, 'new');
    return this.get(await this.access.add(toSharedTypeItemValues(draft), ENTITY, 'new'));
  }

  public async update(id: string, etag: string, draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    refuseBlindOverwrite(etag, ENTITY, id);
    this.refuseUnreadable(draft, id);
    await this.access.update(itemId, toSharedTypeItemValues(draft), etag, ENTITY, id);
    return this.get(id);
  }

  private refuseUnreadable(draft: SharedInformationTypeDraft, id: string): void {
    const record = toSharedInformationTypeRecord(draft);
    const reasons = storedSharedTypeIssues({ ...JSON.parse(record.contentJson), name: record.name, id });
    if (reasons.length > 0) throw new InvalidStoredItemError(ENTITY, id, reasons);
  }
}
