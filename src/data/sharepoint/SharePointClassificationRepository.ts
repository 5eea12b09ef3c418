/**
 * SharePointClassificationRepository: klassningsobjekt in `Lists/LisClassifications` and their approved snapshots in
 * `Lists/LisClassificationVersions` (schema: src/data/schema/classificationsList.ts, classificationVersionsList.ts)
 * through PnPjs v4.
 *
 *   new SharePointClassificationRepository(sp: SPFI, dataSiteUrl: string)
 *
 * Same conventions as SharePointOrgUnitRepository: lists addressed by url, only the mapped columns selected,
 * paging with `$top` + next links, filters only on indexed columns (`LisOwnerUnitId eq 12`,
 * `LisClassificationId eq 7`), `If-Match` on updates with 412 -> ConflictError, hand-edited items in `broken`.
 *
 * Snapshots are write-once: addVersion checks that the object exists and that no snapshot of that version exists,
 * then adds one item. Two approvals of the same version cannot race here, because approving updates the object
 * with If-Match first; should duplicates exist anyway (hand-made), listVersions keeps the earliest item per version.
 *
 * Placement (unitFolders.ts): an object is created in its owner unit's folder `enhet-<id>` and moved there when an
 * update changes the owner; a snapshot goes to the folder of its object's owner unit (read with the object check).
 */
import type { SPFI } from '@pnp/sp';
import type { ClassificationObject } from '../../domain/classification';
import { classificationVersionIssues, storedClassificationIssues } from '../classificationRecord';
import {
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  type ClassificationListQuery,
  type ClassificationListResult,
  type ClassificationRepository,
  type ClassificationVersion,
  type StoredClassification,
} from '../ports';
import { ClassificationFields, classificationsList } from '../schema/classificationsList';
import { classificationVersionsList, ClassificationVersionFields } from '../schema/classificationVersionsList';
import { indexedEq } from './odata';
import {
  CLASSIFICATION_SELECT,
  CLASSIFICATION_VERSION_SELECT,
  classificationFromItem,
  ITEM_EXPAND,
  toClassificationItemValues,
  toVersionItemValues,
  versionFromItem,
} from './classificationItem';
import { LIS_PAGE_SIZE, LisListAccess, refuseBlindOverwrite } from './listAccess';
import { toItemId } from './orgUnitItem';
import { toStoreError } from './storeErrors';
import { ownerUnitOfItem, UnitFolderItems } from './unitFolders';

const ENTITY = 'Classification';
const VERSION_ENTITY = 'ClassificationVersion';

/** Items per page: well under SharePoint's 5 000 cap on `$top`. */
export const CLASSIFICATION_PAGE_SIZE = LIS_PAGE_SIZE;

export class SharePointClassificationRepository implements ClassificationRepository {
  private readonly objects: LisListAccess;
  private readonly versions: LisListAccess;
  private readonly objectFolders: UnitFolderItems;
  private readonly versionFolders: UnitFolderItems;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.objects = new LisListAccess(sp, dataSiteUrl, classificationsList.url);
    this.versions = new LisListAccess(sp, dataSiteUrl, classificationVersionsList.url);
    this.objectFolders = new UnitFolderItems(this.objects, classificationsList);
    this.versionFolders = new UnitFolderItems(this.versions, classificationVersionsList);
  }

  /** Every object, or one owner unit's (filtered on the indexed lookup); invalid items go to `broken`. */
  public async list(query: ClassificationListQuery = {}): Promise<ClassificationListResult> {
    let filter: string | undefined;
    if (query.ownerUnitId !== undefined) {
      const ownerItemId = toItemId(query.ownerUnitId);
      // Not an item id: no SharePoint item can have it as owner (and nothing unvetted ever reaches a $filter).
      if (ownerItemId === undefined) return { items: [], broken: [] };
      filter = indexedEq(classificationsList, ClassificationFields.ownerUnit, ownerItemId);
    }
    return this.objects.readMapped(CLASSIFICATION_SELECT, ITEM_EXPAND, classificationFromItem, ENTITY, filter);
  }

  public async get(id: string): Promise<StoredClassification> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    return this.objects.readOne(itemId, CLASSIFICATION_SELECT, ITEM_EXPAND, classificationFromItem, ENTITY, id);
  }

  public async create(object: ClassificationObject): Promise<StoredClassification> {
    this.refuseUnstorable(object, 'new');
    return this.get(await this.objectFolders.create(object.ownerUnitId, toClassificationItemValues(object), ENTITY, 'new'));
  }

  /** Saves over `id` only if it is still at `etag` (If-Match); ConflictError on 412. */
  public async update(id: string, etag: string, object: ClassificationObject): Promise<StoredClassification> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    refuseBlindOverwrite(etag, ENTITY, id);
    this.refuseUnstorable(object, id);
    await this.objects.update(itemId, toClassificationItemValues(object), etag, ENTITY, id);
    // A changed owner unit moves the object into the new unit's folder (a no-op when it is there already). Its
    // snapshots, plan entries and handovers stay where they are until the health check's fix moves them.
    await this.objectFolders.moveTo(itemId, object.ownerUnitId, ENTITY, id);
    return this.get(id);
  }

  /** The object's approved snapshots, oldest first; unreadable snapshot items are left out. */
  public async listVersions(id: string): Promise<ClassificationVersion[]> {
    const itemId = toItemId(id);
    if (itemId === undefined) return [];
    const byVersion = new Map<number, ClassificationVersion>();
    for (const item of await this.versionItems(itemId, id)) {
      const mapped = versionFromItem(item);
      if (mapped.ok && !byVersion.has(mapped.value.version)) byVersion.set(mapped.value.version, mapped.value);
    }
    return Array.from(byVersion.values()).sort((a, b) => a.version - b.version);
  }

  public async addVersion(version: ClassificationVersion): Promise<ClassificationVersion> {
    const key = `${version.objectId}/${version.version}`;
    const reasons = classificationVersionIssues(version);
    if (reasons.length > 0) throw new InvalidStoredItemError(VERSION_ENTITY, key, reasons);
    const objectItemId = toItemId(version.objectId);
    if (objectItemId === undefined) throw new NotFoundError(ENTITY, version.objectId);
    const ownerUnitId = await ownerUnitOfItem(this.objects, objectItemId, ClassificationFields.ownerUnit, ENTITY, version.objectId);
    const existing = await this.versionItems(objectItemId, version.objectId);
    if (existing.some((item) => (item as Record<string, unknown>)[ClassificationVersionFields.version] === version.version)) {
      throw new ConflictError(VERSION_ENTITY, key);
    }
    const newId = toItemId(await this.versionFolders.create(ownerUnitId, toVersionItemValues(version), VERSION_ENTITY, key));
    if (newId === undefined) throw toStoreError(new Error('SharePoint did not return the new item id'), VERSION_ENTITY, key);
    return this.versions.readOne(newId, CLASSIFICATION_VERSION_SELECT, ITEM_EXPAND, versionFromItem, VERSION_ENTITY, key);
  }

  /** Every snapshot item of one object (filtered on the indexed lookup), page by page. */
  private async versionItems(objectItemId: number, id: string): Promise<unknown[]> {
    const items: unknown[] = [];
    try {
      const request = this.versions
        .list()
        .items.select(...this.versions.readSelect(CLASSIFICATION_VERSION_SELECT))
        .expand(...ITEM_EXPAND)
        .filter(indexedEq(classificationVersionsList, ClassificationVersionFields.classification, objectItemId))
        .top(CLASSIFICATION_PAGE_SIZE);
      for await (const page of request) items.push(...this.versions.itemsOnly(page as unknown[]));
    } catch (error) {
      throw this.versions.collectionError(error, VERSION_ENTITY, id);
    }
    return items;
  }

  /** Never store what could not be read back, nor an owner that cannot be a lookup id (it would be dropped). */
  private refuseUnstorable(object: ClassificationObject, id: string): void {
    const reasons = storedClassificationIssues(object);
    if (reasons.length > 0) throw new InvalidStoredItemError(ENTITY, id, reasons);
    if (toItemId(object.ownerUnitId) === undefined) throw new NotFoundError('OrgUnit', object.ownerUnitId);
  }
}
