/**
 * SharePointHandoverRepository: the IT unit's queue in `Lists/LisHandovers` (schema: src/data/schema/handoversList.ts)
 * through PnPjs v4.
 *
 *   new SharePointHandoverRepository(sp: SPFI, dataSiteUrl: string)
 *
 * Queries filter on indexed columns only: `LisClassificationId eq <id>` for one object (the status, if also asked
 * for, is then checked in memory), `LisHandoverStatus eq '<status>'` for the IT queue's tabs. Updates send If-Match;
 * 412 becomes ConflictError.
 */
import type { SPFI } from '@pnp/sp';
import type { HandoverItem } from '../../domain/requirements';
import { checkHandoverRecord, toHandoverRecord } from '../handoverRecord';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { HandoverListResult, HandoverQuery, HandoverRepository, StoredHandover } from '../ports/HandoverRepository';
import type { BrokenItem } from '../ports/OrgUnitRepository';
import { compareStoreIds } from '../requirementRecord';
import { HandoverFields, handoversList } from '../schema/handoversList';
import { HANDOVER_EXPAND, HANDOVER_SELECT, handoverFromItem, handoverItemValues } from './handoverItem';
import { addedItemId, LisListAccess } from './listAccess';
import { indexedEq } from './odata';
import { toItemId } from './orgUnitItem';
import { toStoreError } from './storeErrors';

const ENTITY = 'Handover';

export class SharePointHandoverRepository implements HandoverRepository {
  private readonly access: LisListAccess;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, handoversList.url);
  }

  public async list(query: HandoverQuery = {}): Promise<HandoverListResult> {
    let filter: string | undefined;
    if (query.objectId !== undefined) {
      const itemId = toItemId(query.objectId);
      if (itemId === undefined) return { items: [], broken: [] };
      filter = indexedEq(handoversList, HandoverFields.classification, itemId);
    } else if (query.status !== undefined) {
      filter = indexedEq(handoversList, HandoverFields.status, query.status);
    }
    let rawItems: unknown[];
    try {
      rawItems = await this.access.readAll(HANDOVER_SELECT, HANDOVER_EXPAND, filter);
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, 'list');
    }
    const items: StoredHandover[] = [];
    const broken: BrokenItem[] = [];
    for (const raw of rawItems) {
      const mapped = handoverFromItem(raw);
      if (!mapped.ok) broken.push({ id: mapped.id, reasons: mapped.reasons });
      else if (query.status === undefined || mapped.item.status === query.status) items.push(mapped.item);
    }
    items.sort((a, b) => compareStoreIds(a.id, b.id));
    return { items, broken };
  }

  public async create(item: HandoverItem): Promise<StoredHandover> {
    if (toItemId(item.objectId) === undefined) throw new NotFoundError('Classification', item.objectId);
    const record = toHandoverRecord(item);
    checkHandoverRecord(record, 'new');
    let created: unknown;
    try {
      created = await this.access.list().items.add(handoverItemValues(record));
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, 'new');
    }
    const id = addedItemId(created);
    if (id === undefined) throw toStoreError(new Error('SharePoint did not return the new item id'), ENTITY, 'new');
    return this.get(id);
  }

  public async update(id: string, etag: string, item: HandoverItem): Promise<StoredHandover> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    if (!etag || etag.trim() === '*') throw new ConflictError(ENTITY, id);
    if (toItemId(item.objectId) === undefined) throw new NotFoundError('Classification', item.objectId);
    const record = toHandoverRecord(item);
    checkHandoverRecord(record, id);
    try {
      await this.access.list().items.getById(itemId).update(handoverItemValues(record), etag);
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
    return this.get(id);
  }

  private async get(id: string): Promise<StoredHandover> {
    let raw: unknown;
    try {
      raw = await this.access
        .list()
        .items.getById(toItemId(id) ?? 0)
        .select(...HANDOVER_SELECT)
        .expand(...HANDOVER_EXPAND)();
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
    const mapped = handoverFromItem(raw);
    if (!mapped.ok) throw new InvalidStoredItemError(ENTITY, id, mapped.reasons);
    return mapped.item;
  }
}
