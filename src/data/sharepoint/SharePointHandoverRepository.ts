/**
 * SharePointHandoverRepository: the IT unit's queue in `Lists/LisHandovers` (schema: src/data/schema/handoversList.ts)
 * through PnPjs v4.
 *
 *   new SharePointHandoverRepository(sp: SPFI, dataSiteUrl: string)
 *
 * Queries filter on indexed columns only: `LisClassificationId eq <id>` for one object (the status, if also asked
 * for, is then checked in memory), `LisHandoverStatus eq '<status>'` for the IT queue's tabs. Updates send If-Match;
 * 412 becomes ConflictError. A new handover is created in the folder of its classification object's owner unit
 * (`enhet-<id>`, read from the object: unitFolders.ts).
 */
import type { SPFI } from '@pnp/sp';
import type { HandoverItem } from '../../domain/requirements';
import { checkHandoverRecord, toHandoverRecord } from '../handoverRecord';
import { NotFoundError } from '../ports/errors';
import type { HandoverListResult, HandoverQuery, HandoverRepository, StoredHandover } from '../ports/HandoverRepository';
import { compareStoreIds } from '../requirementRecord';
import { HandoverFields, handoversList } from '../schema/handoversList';
import { HANDOVER_EXPAND, HANDOVER_SELECT, handoverFromItem, handoverItemValues } from './handoverItem';
import { LisListAccess, refuseBlindOverwrite, type ItemMapping } from './listAccess';
import { indexedEq } from './odata';
import { toItemId } from './orgUnitItem';
import { ownerUnitOfItem, UnitFolderItems } from './unitFolders';
import { ClassificationFields, classificationsList } from '../schema/classificationsList';

const ENTITY = 'Handover';

function mappedHandover(item: unknown): ItemMapping<StoredHandover> {
  const mapped = handoverFromItem(item);
  return mapped.ok ? { ok: true, value: mapped.item } : mapped;
}

export class SharePointHandoverRepository implements HandoverRepository {
  private readonly access: LisListAccess;
  private readonly objects: LisListAccess;
  private readonly folders: UnitFolderItems;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, handoversList.url);
    this.objects = new LisListAccess(sp, dataSiteUrl, classificationsList.url);
    this.folders = new UnitFolderItems(this.access, handoversList);
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
    const { items: read, broken } = await this.access.readMapped(HANDOVER_SELECT, HANDOVER_EXPAND, mappedHandover, ENTITY, filter);
    const items = query.status === undefined ? read : read.filter((item) => item.status === query.status);
    items.sort((a, b) => compareStoreIds(a.id, b.id));
    return { items, broken };
  }

  public async create(item: HandoverItem): Promise<StoredHandover> {
    const objectItemId = toItemId(item.objectId);
    if (objectItemId === undefined) throw new NotFoundError('Classification', item.objectId);
    const record = toHandoverRecord(item);
    checkHandoverRecord(record, 'new');
    const unitId = await ownerUnitOfItem(this.objects, objectItemId, ClassificationFields.ownerUnit, 'Classification', item.objectId);
    const id = await this.folders.create(unitId, handoverItemValues(record), ENTITY, 'new');
    return this.get(id);
  }

  public async update(id: string, etag: string, item: HandoverItem): Promise<StoredHandover> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    refuseBlindOverwrite(etag, ENTITY, id);
    if (toItemId(item.objectId) === undefined) throw new NotFoundError('Classification', item.objectId);
    const record = toHandoverRecord(item);
    checkHandoverRecord(record, id);
    await this.access.update(itemId, handoverItemValues(record), etag, ENTITY, id);
    return this.get(id);
  }

  private async get(id: string): Promise<StoredHandover> {
    return this.access.readOne(toItemId(id) ?? 0, HANDOVER_SELECT, HANDOVER_EXPAND, mappedHandover, ENTITY, id);
  }
}
