import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { Web, type IWeb } from '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { ConflictError, InvalidStoredItemError, StoreUnavailableError } from '../ports/errors';
import type { BrokenItem } from '../ports/OrgUnitRepository';
import { planFor } from '../../domain/access/permissionPlan';
import { ALL_LISTS } from '../schema';
import { httpStatusOf, toStoreError } from './storeErrors';

const ODATA_ACCEPT = 'application/json;odata=minimalmetadata';

/** Items per page: well under SharePoint's 5 000 cap on `$top`. */
export const LIS_PAGE_SIZE = 2000;

/** A list item read back as a domain value, or the reasons it is not one. */
export type ItemMapping<T> = { ok: true; value: T } | { ok: false; id: string; reasons: string[] };

/** '/sites/lis/Lists/LisOrgUnits' for 'https://contoso.sharepoint.com/sites/lis' and 'Lists/LisOrgUnits'. */
export function serverRelativeListUrl(webUrl: string, listUrl: string): string {
  const path = decodeURIComponent(new URL(webUrl).pathname).replace(/\/+$/, '');
  return `${path}/${listUrl.replace(/^\/+/, '')}`;
}

/** Urls of the lists whose items live in unit folders (PERMISSION_PLAN `unitScoped`). */
const UNIT_SCOPED_URLS: readonly string[] = ALL_LISTS.filter((l) => planFor(l.key)?.unitScoped === true).map((l) => l.url.toLowerCase());

/** The column that tells folders (1) from items (0); REST `/items` returns both. */
export const FOLDER_MARKER = 'FSObjType';

/** True for a folder row of `/items` (FSObjType 1, or a folder content type 0x0120…). */
export function isFolderRow(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const row = item as { FSObjType?: unknown; ContentTypeId?: unknown };
  if (row.FSObjType === 1 || row.FSObjType === '1') return true;
  return typeof row.ContentTypeId === 'string' && /^0x0120/i.test(row.ContentTypeId);
}

/** No version to check against: refuse rather than send `If-Match: *`, which would overwrite blindly. */
export function refuseBlindOverwrite(etag: string, entity: string, id: string): void {
  if (!etag || etag.trim() === '*') throw new ConflictError(entity, id);
}

/**
 * One LIS list on the data site, addressed by its url (never its title), with the response format pinned to OData
 * v3 JSON light (what `Accept: application/json` gives by default): its next links are `odata.nextLink`, the only
 * form PnPjs's item paging follows. A host adding an OData v4 Accept header would otherwise get `@odata.nextLink`
 * and silently only the first page.
 */
export class LisListAccess {
  public readonly web: IWeb;
  public readonly webUrl: string;
  public readonly listUrl: string;
  /** Items live in unit folders: reads select FSObjType and drop the folder rows. */
  public readonly unitScoped: boolean;

  public constructor(sp: SPFI, dataSiteUrl: string, listUrl: string) {
    this.webUrl = dataSiteUrl.replace(/\/+$/, '');
    this.web = Web([sp.web, this.webUrl]);
    this.listUrl = serverRelativeListUrl(dataSiteUrl, listUrl);
    this.unitScoped = UNIT_SCOPED_URLS.indexOf(listUrl.replace(/^\/+/, '').toLowerCase()) >= 0;
  }

  /**
   * The $select for a collection read: in a unit-scoped list also FSObjType, so folder rows can be dropped on the
   * client (a `$filter` on FSObjType is not indexed and would hit the list view threshold past 5 000 items).
   */
  public readSelect(select: readonly string[]): string[] {
    return this.unitScoped && select.indexOf(FOLDER_MARKER) < 0 ? [...select, FOLDER_MARKER] : [...select];
  }

  /** The rows of a collection read that are items (folders never reach a mapper). */
  public itemsOnly(rows: readonly unknown[]): unknown[] {
    return rows.filter((row) => !isFolderRow(row));
  }

  /** The list on `web` (default the data site's web; pass a batched web to put requests in a batch). */
  public list(web: IWeb = this.web): IList {
    return web.getList(this.listUrl).using(InjectHeaders({ Accept: ODATA_ACCEPT }));
  }

  /** Every item (never a folder) matching `filter` (if any), page by page. */
  public async readAll(select: readonly string[], expand: readonly string[], filter?: string): Promise<unknown[]> {
    let query = this.list().items.select(...this.readSelect(select)).expand(...expand).top(LIS_PAGE_SIZE);
    if (filter) query = query.filter(filter);
    const items: unknown[] = [];
    for await (const page of query) items.push(...this.itemsOnly(page as unknown[]));
    return items;
  }

  /** Every item matching `filter` (if any), mapped; items that fail the domain rules go to `broken`, never thrown. */
  public async readMapped<T>(
    select: readonly string[],
    expand: readonly string[],
    map: (item: unknown) => ItemMapping<T>,
    entity: string,
    filter?: string,
  ): Promise<{ items: T[]; broken: BrokenItem[] }> {
    let raw: unknown[];
    try {
      raw = await this.readAll(select, expand, filter);
    } catch (error) {
      throw this.collectionError(error, entity, 'list');
    }
    const items: T[] = [];
    const broken: BrokenItem[] = [];
    for (const item of raw) {
      const mapped = map(item);
      if (mapped.ok) items.push(mapped.value);
      else broken.push({ id: mapped.id, reasons: mapped.reasons });
    }
    return { items, broken };
  }

  /**
   * One item by id, mapped; InvalidStoredItemError (naming `id`) when the stored item is broken. A failed request
   * becomes the ports' error naming `requestId` (default `id`).
   */
  public async readOne<T>(
    itemId: number,
    select: readonly string[],
    expand: readonly string[],
    map: (item: unknown) => ItemMapping<T>,
    entity: string,
    id: string,
    requestId: string = id,
  ): Promise<T> {
    let item: unknown;
    try {
      item = await this.list()
        .items.getById(itemId)
        .select(...select)
        .expand(...expand)();
    } catch (error) {
      throw toStoreError(error, entity, requestId);
    }
    const mapped = map(item);
    if (!mapped.ok) throw new InvalidStoredItemError(entity, id, mapped.reasons);
    return mapped.value;
  }

  /** Adds an item and returns its id (errors as for `what`, e.g. 'new'). */
  public async add(values: Record<string, unknown>, entity: string, what: string): Promise<string> {
    let created: unknown;
    try {
      created = await this.list().items.add(values);
    } catch (error) {
      throw this.collectionError(error, entity, what);
    }
    const id = addedItemId(created);
    if (id === undefined) throw toStoreError(new Error('SharePoint did not return the new item id'), entity, what);
    return id;
  }

  /** Saves `values` over the item only if it is still at `etag` (If-Match); 412 becomes ConflictError. */
  public async update(itemId: number, values: Record<string, unknown>, etag: string, entity: string, id: string): Promise<void> {
    try {
      await this.list().items.getById(itemId).update(values, etag);
    } catch (error) {
      throw toStoreError(error, entity, id);
    }
  }

  /** On the items collection a 404 means the list itself is missing: LIS is not installed on the data site. */
  public collectionError(error: unknown, entity: string, what: string): Error {
    if (httpStatusOf(error) === 404) {
      return new StoreUnavailableError(`No list at ${this.listUrl} on ${this.webUrl}: is LIS installed on the data site?`, 404);
    }
    return toStoreError(error, entity, what);
  }
}

/** The id SharePoint returned for an added item. */
export function addedItemId(created: unknown): string | undefined {
  const value = created as { Id?: unknown; ID?: unknown } | null;
  const id = value ? (value.Id ?? value.ID) : undefined;
  return typeof id === 'number' || typeof id === 'string' ? String(id) : undefined;
}
