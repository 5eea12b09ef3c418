/**
 * SharePointActionPlanRepository: handlingsplaner in `Lists/LisActionPlanEntries` (schema:
 * src/data/schema/actionPlanEntriesList.ts) through PnPjs v4, one item per (classification object, requirement).
 *
 *   new SharePointActionPlanRepository(sp: SPFI, dataSiteUrl: string, options?: BatchOptions)
 *
 * An object's rows are read with `$filter=LisClassificationId eq <id>` (an indexed lookup), page by page.
 * `savePlan` writes the diff (src/data/actionPlanDiff.ts) in `$batch` requests; updates and deletes carry If-Match,
 * a 412 inside the batch becomes ConflictError. Not atomic: rows written before a failure stay written.
 * New rows are created in the folder of the object's owner unit (`enhet-<id>`, read from the object once per save)
 * with AddValidateUpdateItemUsingPath, batched the same way (unitFolders.ts).
 */
import type { SPFI } from '@pnp/sp';
import type { IItem } from '@pnp/sp/items';
import type { IWeb } from '@pnp/sp/webs';
import { normaliseCode, type ActionPlanEntry } from '../../domain/requirements';
import { diffActionPlan, type StoredPlanRow } from '../actionPlanDiff';
import { assemblePlan, checkActionPlanRecord, isParsedRow, toActionPlanEntryRecord } from '../actionPlanRecord';
import type { ActionPlanRepository, ActionPlanToSave, StoredActionPlan, StoredActionPlanEntry } from '../ports/ActionPlanRepository';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import { ActionPlanEntryFields, actionPlanEntriesList } from '../schema/actionPlanEntriesList';
import { ACTION_PLAN_EXPAND, ACTION_PLAN_SELECT, actionPlanFromItem, actionPlanItemValues, type MappedActionPlanItem } from './actionPlanEntryItem';
import { firstFailure, runBatched, type BatchOperation, type BatchOptions } from './batchWrites';
import { LisListAccess, refuseBlindOverwrite } from './listAccess';
import { indexedEq } from './odata';
import { toItemId } from './orgUnitItem';
import { toStoreError } from './storeErrors';
import { ownerUnitOfItem, UnitFolderItems } from './unitFolders';
import { ClassificationFields, classificationsList } from '../schema/classificationsList';

const ENTITY = 'ActionPlanEntry';

export class SharePointActionPlanRepository implements ActionPlanRepository {
  private readonly access: LisListAccess;
  private readonly batchOptions: BatchOptions;
  private readonly objects: LisListAccess;
  private readonly folders: UnitFolderItems;

  public constructor(sp: SPFI, dataSiteUrl: string, options: BatchOptions = {}) {
    this.access = new LisListAccess(sp, dataSiteUrl, actionPlanEntriesList.url);
    this.objects = new LisListAccess(sp, dataSiteUrl, classificationsList.url);
    this.folders = new UnitFolderItems(this.access, actionPlanEntriesList);
    this.batchOptions = options;
  }

  public async getPlan(objectId: string): Promise<StoredActionPlan> {
    const rows = await this.readRows(objectId);
    return assemblePlan(objectId, rows.map((row) => ({ id: row.identity.id, parsed: row.parsed })));
  }

  public async savePlan(objectId: string, plan: ActionPlanToSave): Promise<StoredActionPlan> {
    const rows = await this.readRows(objectId);
    const stored: StoredPlanRow[] = rows.map((row) => ({ id: row.identity.id, etag: row.identity.etag, code: row.code, record: row.record }));
    const writes = diffActionPlan(objectId, stored, plan);
    const objectItemId = toItemId(objectId);
    if (writes.adds.length > 0 && objectItemId === undefined) throw new NotFoundError('Classification', objectId);
    for (const record of [...writes.adds, ...writes.updates.map((u) => u.record)]) checkActionPlanRecord(record, ENTITY);
    const operations: BatchOperation<unknown>[] = [
      ...writes.updates.map((u) => (web: IWeb) => this.item(web, u.id).update(actionPlanItemValues(u.record), u.etag || '*')),
      ...writes.deletes.map((d) => (web: IWeb) => this.item(web, d.id).delete(d.etag || '*')),
    ];
    if (operations.length > 0 || writes.adds.length > 0) {
      // The folder of new rows: the object's owner unit, read before anything is written.
      const unitId = objectItemId !== undefined && writes.adds.length > 0 ? await ownerUnitOfItem(this.objects, objectItemId, ClassificationFields.ownerUnit, 'Classification', objectId) : undefined;
      let results: PromiseSettledResult<unknown>[] = [];
      try {
        if (operations.length > 0) results = await runBatched(this.access.web, operations, this.batchOptions);
      } catch (error) {
        throw this.access.collectionError(error, ENTITY, objectId);
      }
      if (unitId !== undefined) {
        const added = await this.folders.createMany(unitId, writes.adds.map(actionPlanItemValues), ENTITY, objectId, this.batchOptions);
        results = [...results, ...added];
      }
      const conflict = results.find((r) => r.status === 'rejected' && toStoreError(r.reason, ENTITY, objectId) instanceof ConflictError);
      if (conflict) throw new ConflictError(ENTITY, objectId);
      const failure = firstFailure(results);
      if (failure !== undefined) throw toStoreError(failure, ENTITY, objectId);
    }
    return this.getPlan(objectId);
  }

  public async updateEntry(objectId: string, entry: ActionPlanEntry, etag: string): Promise<StoredActionPlanEntry> {
    const code = normaliseCode(entry.requirementCode);
    refuseBlindOverwrite(etag, ENTITY, code);
    const rows = await this.readRows(objectId);
    const row = rows.find((r) => r.code === code && isParsedRow(r.parsed) && 'current' in r.parsed);
    if (!row) throw new NotFoundError(ENTITY, `${objectId}/${code}`);
    const record = toActionPlanEntryRecord(objectId, entry, null);
    checkActionPlanRecord(record, ENTITY);
    try {
      await this.item(this.access.web, row.identity.id).update(actionPlanItemValues(record), etag);
    } catch (error) {
      throw toStoreError(error, ENTITY, `${objectId}/${code}`);
    }
    let item: unknown;
    try {
      item = await this.item(this.access.web, row.identity.id).select(...ACTION_PLAN_SELECT).expand(...ACTION_PLAN_EXPAND)();
    } catch (error) {
      throw toStoreError(error, ENTITY, `${objectId}/${code}`);
    }
    const mapped = actionPlanFromItem(item);
    if (!isParsedRow(mapped.parsed) || !('current' in mapped.parsed)) {
      throw new InvalidStoredItemError(ENTITY, row.identity.id, isParsedRow(mapped.parsed) ? ['retired: expected a current entry'] : mapped.parsed.reasons);
    }
    return mapped.parsed.current;
  }

  private item(web: IWeb, id: string): IItem {
    return this.access.list(web).items.getById(toItemId(id) ?? 0);
  }

  /** The object's rows; none for an id that cannot be an item of LisClassifications. */
  private async readRows(objectId: string): Promise<MappedActionPlanItem[]> {
    const itemId = toItemId(objectId);
    if (itemId === undefined) return [];
    let items: unknown[];
    try {
      items = await this.access.readAll(ACTION_PLAN_SELECT, ACTION_PLAN_EXPAND, indexedEq(actionPlanEntriesList, ActionPlanEntryFields.classification, itemId));
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, objectId);
    }
    // The filter is the server's; a row of another object (never expected) is not this plan's.
    return items.map(actionPlanFromItem).filter((row) => !isParsedRow(row.parsed) || row.parsed.objectId === objectId);
  }
}
