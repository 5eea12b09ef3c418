import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { Web, type IWeb } from '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import { StoreUnavailableError } from '../ports/errors';
import { serverRelativeListUrl } from './SharePointOrgUnitRepository';
import { httpStatusOf, toStoreError } from './storeErrors';

const ODATA_ACCEPT = 'application/json;odata=minimalmetadata';

/** Items per page: well under SharePoint's 5 000 cap on `$top`. */
export const LIS_PAGE_SIZE = 2000;

/**
 * One LIS list on the data site, addressed by its url (never its title), with the response format pinned to OData
 * v3 JSON light so that PnPjs's paging follows `odata.nextLink` (see SharePointOrgUnitRepository).
 */
export class LisListAccess {
  public readonly web: IWeb;
  public readonly webUrl: string;
  public readonly listUrl: string;

  public constructor(sp: SPFI, dataSiteUrl: string, listUrl: string) {
    this.webUrl = dataSiteUrl.replace(/\/+$/, '');
    this.web = Web([sp.web, this.webUrl]);
    this.listUrl = serverRelativeListUrl(dataSiteUrl, listUrl);
  }

  /** The list on `web` (default the data site's web; pass a batched web to put requests in a batch). */
  public list(web: IWeb = this.web): IList {
    return web.getList(this.listUrl).using(InjectHeaders({ Accept: ODATA_ACCEPT }));
  }

  /** Every item matching `filter` (if any), page by page. */
  public async readAll(select: readonly string[], expand: readonly string[], filter?: string): Promise<unknown[]> {
    let query = this.list().items.select(...select).expand(...expand).top(LIS_PAGE_SIZE);
    if (filter) query = query.filter(filter);
    const items: unknown[] = [];
    for await (const page of query) items.push(...(page as unknown[]));
    return items;
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
