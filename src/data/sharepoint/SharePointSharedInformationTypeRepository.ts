/**
 * SharePointSharedInformationTypeRepository: gemensamma informationstyper in `Lists/LisSharedInfoTypes` (schema:
 * src/data/schema/sharedInfoTypesList.ts) through PnPjs v4, with the conventions of SharePointOrgUnitRepository:
 * list by url, selected columns only, paging, If-Match with 412 -> ConflictError, hand-edited items in `broken`.
 */
import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { Web, type IWeb } from '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { storedSharedTypeIssues, toSharedInformationTypeRecord } from '../classificationRecord';
import {
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  StoreUnavailableError,
  type BrokenItem,
  type SharedInformationTypeDraft,
  type SharedInformationTypeListResult,
  type SharedInformationTypeRepository,
  type StoredSharedInformationType,
} from '../ports';
import { sharedInfoTypesList } from '../schema/sharedInfoTypesList';
import { ITEM_EXPAND, SHARED_INFO_TYPE_SELECT, sharedTypeFromItem, toSharedTypeItemValues } from './classificationItem';
import { toItemId } from './orgUnitItem';
import { serverRelativeListUrl } from './SharePointOrgUnitRepository';
import { httpStatusOf, toStoreError } from './storeErrors';

const ENTITY = 'SharedInformationType';
const ODATA_ACCEPT = 'application/json;odata=minimalmetadata';
export const SHARED_INFO_TYPE_PAGE_SIZE = 2000;

export class SharePointSharedInformationTypeRepository implements SharedInformationTypeRepository {
  private readonly web: IWeb;
  private readonly webUrl: string;
  private readonly listUrl: string;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.webUrl = dataSiteUrl.replace(/\/+$/, '');
    this.web = Web([sp.web, this.webUrl]);
    this.listUrl = serverRelativeListUrl(dataSiteUrl, sharedInfoTypesList.url);
  }

  private spList(): IList {
    return this.web.getList(this.listUrl).using(InjectHeaders({ Accept: ODATA_ACCEPT }));
  }

  public async list(): Promise<SharedInformationTypeListResult> {
    const items: StoredSharedInformationType[] = [];
    const broken: BrokenItem[] = [];
    try {
      const request = this.spList()
        .items.select(...SHARED_INFO_TYPE_SELECT)
        .expand(...ITEM_EXPAND)
        .top(SHARED_INFO_TYPE_PAGE_SIZE);
      for await (const page of request) {
        for (const item of page as unknown[]) {
          const mapped = sharedTypeFromItem(item);
          if (mapped.ok) items.push(mapped.value);
          else broken.push({ id: mapped.id, reasons: mapped.reasons });
        }
      }
    } catch (error) {
      throw this.collectionError(error, 'list');
    }
    return { items, broken };
  }

  public async get(id: string): Promise<StoredSharedInformationType> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    let item: unknown;
    try {
      item = await this.spList()
        .items.getById(itemId)
        .select(...SHARED_INFO_TYPE_SELECT)
        .expand(...ITEM_EXPAND)();
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
    const mapped = sharedTypeFromItem(item);
    if (!mapped.ok) throw new InvalidStoredItemError(ENTITY, id, mapped.reasons);
    return mapped.value;
  }

  public async create(draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    this.refuseUnreadable(draft, 'new');
    let created: { Id?: unknown; ID?: unknown };
    try {
      created = (await this.spList().items.add(toSharedTypeItemValues(draft))) as { Id?: unknown; ID?: unknown };
    } catch (error) {
      throw this.collectionError(error, 'new');
    }
    const newId = created.Id ?? created.ID;
    if (typeof newId !== 'number' && typeof newId !== 'string') {
      throw toStoreError(new Error('SharePoint did not return the new item id'), ENTITY, 'new');
    }
    return this.get(String(newId));
  }

  public async update(id: string, etag: string, draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    if (!etag || etag.trim() === '*') throw new ConflictError(ENTITY, id);
    this.refuseUnreadable(draft, id);
    try {
      await this.spList().items.getById(itemId).update(toSharedTypeItemValues(draft), etag);
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
    return this.get(id);
  }

  private refuseUnreadable(draft: SharedInformationTypeDraft, id: string): void {
    const record = toSharedInformationTypeRecord(draft);
    const reasons = storedSharedTypeIssues({ ...JSON.parse(record.contentJson), name: record.name, id });
    if (reasons.length > 0) throw new InvalidStoredItemError(ENTITY, id, reasons);
  }

  private collectionError(error: unknown, what: string): Error {
    if (httpStatusOf(error) === 404) {
      return new StoreUnavailableError(`No list at ${this.listUrl} on ${this.webUrl}: is LIS installed on the data site?`, 404);
    }
    return toStoreError(error, ENTITY, what);
  }
}
