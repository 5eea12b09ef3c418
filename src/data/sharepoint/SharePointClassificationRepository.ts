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
 */
import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { Web, type IWeb } from '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import type { ClassificationObject } from '../../domain/classification';
import { classificationVersionIssues, storedClassificationIssues } from '../classificationRecord';
import {
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  StoreUnavailableError,
  type BrokenItem,
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
import { toItemId } from './orgUnitItem';
import { serverRelativeListUrl } from './SharePointOrgUnitRepository';
import { httpStatusOf, toStoreError } from './storeErrors';

const ENTITY = 'Classification';
const VERSION_ENTITY = 'ClassificationVersion';
const ODATA_ACCEPT = 'application/json;odata=minimalmetadata';

/** Items per page: well under SharePoint's 5 000 cap on `$top`. */
export const CLASSIFICATION_PAGE_SIZE = 2000;

export class SharePointClassificationRepository implements ClassificationRepository {
  private readonly web: IWeb;
  private readonly webUrl: string;
  private readonly objectsUrl: string;
  private readonly versionsUrl: string;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.webUrl = dataSiteUrl.replace(/\/+$/, '');
    this.web = Web([sp.web, this.webUrl]);
    this.objectsUrl = serverRelativeListUrl(dataSiteUrl, classificationsList.url);
    this.versionsUrl = serverRelativeListUrl(dataSiteUrl, classificationVersionsList.url);
  }

  /** A list with the response format pinned to OData v3 JSON light (its next links are what PnPjs pages with). */
  private spList(url: string): IList {
    return this.web.getList(url).using(InjectHeaders({ Accept: ODATA_ACCEPT }));
  }

  /** Every object, or one owner unit's (filtered on the indexed lookup); invalid items go to `broken`. */
  public async list(query: ClassificationListQuery = {}): Promise<ClassificationListResult> {
    const items: StoredClassification[] = [];
    const broken: BrokenItem[] = [];
    let filter: string | undefined;
    if (query.ownerUnitId !== undefined) {
      const ownerItemId = toItemId(query.ownerUnitId);
      // Not an item id: no SharePoint item can have it as owner (and nothing unvetted ever reaches a $filter).
      if (ownerItemId === undefined) return { items, broken };
      filter = indexedEq(classificationsList, ClassificationFields.ownerUnit, ownerItemId);
    }
    try {
      let request = this.spList(this.objectsUrl)
        .items.select(...CLASSIFICATION_SELECT)
        .expand(...ITEM_EXPAND)
        .top(CLASSIFICATION_PAGE_SIZE);
      if (filter !== undefined) request = request.filter(filter);
      for await (const page of request) {
        for (const item of page as unknown[]) {
          const mapped = classificationFromItem(item);
          if (mapped.ok) items.push(mapped.value);
          else broken.push({ id: mapped.id, reasons: mapped.reasons });
        }
      }
    } catch (error) {
      throw this.collectionError(error, this.objectsUrl, ENTITY, 'list');
    }
    return { items, broken };
  }

  public async get(id: string): Promise<StoredClassification> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    let item: unknown;
    try {
      item = await this.spList(this.objectsUrl)
        .items.getById(itemId)
        .select(...CLASSIFICATION_SELECT)
        .expand(...ITEM_EXPAND)();
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
    const mapped = classificationFromItem(item);
    if (!mapped.ok) throw new InvalidStoredItemError(ENTITY, id, mapped.reasons);
    return mapped.value;
  }

  public async create(object: ClassificationObject): Promise<StoredClassification> {
    this.refuseUnstorable(object, 'new');
    let created: { Id?: unknown; ID?: unknown };
    try {
      created = (await this.spList(this.objectsUrl).items.add(toClassificationItemValues(object))) as { Id?: unknown; ID?: unknown };
    } catch (error) {
      throw this.collectionError(error, this.objectsUrl, ENTITY, 'new');
    }
    const newId = created.Id ?? created.ID;
    if (typeof newId !== 'number' && typeof newId !== 'string') {
      throw toStoreError(new Error('SharePoint did not return the new item id'), ENTITY, 'new');
    }
    return this.get(String(newId));
  }

  /** Saves over `id` only if it is still at `etag` (If-Match); ConflictError on 412. */
  public async update(id: string, etag: string, object: ClassificationObject): Promise<StoredClassification> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    // No version to check against: refuse rather than send `If-Match: *`, which would overwrite blindly.
    if (!etag || etag.trim() === '*') throw new ConflictError(ENTITY, id);
    this.refuseUnstorable(object, id);
    try {
      await this.spList(this.objectsUrl).items.getById(itemId).update(toClassificationItemValues(object), etag);
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
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
    await this.assertObjectExists(objectItemId, version.objectId);
    const existing = await this.versionItems(objectItemId, version.objectId);
    if (existing.some((item) => (item as Record<string, unknown>)[ClassificationVersionFields.version] === version.version)) {
      throw new ConflictError(VERSION_ENTITY, key);
    }
    let created: { Id?: unknown; ID?: unknown };
    try {
      created = (await this.spList(this.versionsUrl).items.add(toVersionItemValues(version))) as { Id?: unknown; ID?: unknown };
    } catch (error) {
      throw this.collectionError(error, this.versionsUrl, VERSION_ENTITY, key);
    }
    const newId = toItemId(String(created.Id ?? created.ID ?? ''));
    if (newId === undefined) throw toStoreError(new Error('SharePoint did not return the new item id'), VERSION_ENTITY, key);
    let item: unknown;
    try {
      item = await this.spList(this.versionsUrl)
        .items.getById(newId)
        .select(...CLASSIFICATION_VERSION_SELECT)
        .expand(...ITEM_EXPAND)();
    } catch (error) {
      throw toStoreError(error, VERSION_ENTITY, key);
    }
    const mapped = versionFromItem(item);
    if (!mapped.ok) throw new InvalidStoredItemError(VERSION_ENTITY, key, mapped.reasons);
    return mapped.value;
  }

  /** Every snapshot item of one object (filtered on the indexed lookup), page by page. */
  private async versionItems(objectItemId: number, id: string): Promise<unknown[]> {
    const items: unknown[] = [];
    try {
      const request = this.spList(this.versionsUrl)
        .items.select(...CLASSIFICATION_VERSION_SELECT)
        .expand(...ITEM_EXPAND)
        .filter(indexedEq(classificationVersionsList, ClassificationVersionFields.classification, objectItemId))
        .top(CLASSIFICATION_PAGE_SIZE);
      for await (const page of request) items.push(...(page as unknown[]));
    } catch (error) {
      throw this.collectionError(error, this.versionsUrl, VERSION_ENTITY, id);
    }
    return items;
  }

  private async assertObjectExists(itemId: number, id: string): Promise<void> {
    try {
      await this.spList(this.objectsUrl).items.getById(itemId).select('Id')();
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
  }

  /** Never store what could not be read back, nor an owner that cannot be a lookup id (it would be dropped). */
  private refuseUnstorable(object: ClassificationObject, id: string): void {
    const reasons = storedClassificationIssues(object);
    if (reasons.length > 0) throw new InvalidStoredItemError(ENTITY, id, reasons);
    if (toItemId(object.ownerUnitId) === undefined) throw new NotFoundError('OrgUnit', object.ownerUnitId);
  }

  /** On an items collection a 404 means the list itself is missing: LIS is not installed on the data site. */
  private collectionError(error: unknown, listUrl: string, entity: string, what: string): Error {
    if (httpStatusOf(error) === 404) {
      return new StoreUnavailableError(`No list at ${listUrl} on ${this.webUrl}: is LIS installed on the data site?`, 404);
    }
    return toStoreError(error, entity, what);
  }
}
