/**
 * SharePointOrgUnitRepository: the organisation register in the SharePoint list `Lists/LisOrgUnits` (schema:
 * src/data/schema/orgUnitsList.ts) through PnPjs v4.
 *
 *   new SharePointOrgUnitRepository(sp: SPFI, dataSiteUrl: string)
 *
 *   - `sp`: a PnPjs root with the host's behaviors, e.g. `spfi(dataSiteUrl).using(SPFx(context), LisRetry())`.
 *   - `dataSiteUrl`: absolute url of the LIS data site (see resolveDataSiteUrl). Requests go to this web whatever
 *     url `sp` was rooted at; the list is addressed by its url (`web.getList('/sites/lis/Lists/LisOrgUnits')`),
 *     never by its (Swedish, renameable) title.
 *
 * Reads select only the mapped columns and page with `$top` + next links (past the 5 000-item threshold).
 * Items that fail the domain rules are reported in `broken`, never thrown from `list()`. Updates send `If-Match`
 * with the unit's etag; 412 becomes ConflictError. Errors are the ports' typed errors.
 */
import { InjectHeaders } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import { Web, type IWeb } from '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import type { OrgUnit, OrgUnitDraft } from '../../domain/organisation';
import { ConflictError, InvalidStoredItemError, NotFoundError, StoreUnavailableError, type BrokenItem, type OrgUnitListResult, type OrgUnitRepository } from '../ports';
import { orgUnitsList } from '../schema/orgUnitsList';
import { fromItem, ORG_UNIT_EXPAND, ORG_UNIT_SELECT, toItemId, toItemValues } from './orgUnitItem';
import { httpStatusOf, toStoreError } from './storeErrors';

const ENTITY = 'OrgUnit';
const ODATA_ACCEPT = 'application/json;odata=minimalmetadata';

/** Items per page: well under SharePoint's 5 000 cap on `$top`, few round trips for a kommunkoncern. */
export const ORG_UNIT_PAGE_SIZE = 2000;

/** '/sites/lis/Lists/LisOrgUnits' for 'https://contoso.sharepoint.com/sites/lis' and 'Lists/LisOrgUnits'. */
export function serverRelativeListUrl(webUrl: string, listUrl: string): string {
  const path = decodeURIComponent(new URL(webUrl).pathname).replace(/\/+$/, '');
  return `${path}/${listUrl.replace(/^\/+/, '')}`;
}

export class SharePointOrgUnitRepository implements OrgUnitRepository {
  private readonly web: IWeb;
  private readonly listUrl: string;
  private readonly webUrl: string;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.webUrl = dataSiteUrl.replace(/\/+$/, '');
    this.web = Web([sp.web, this.webUrl]);
    this.listUrl = serverRelativeListUrl(dataSiteUrl, orgUnitsList.url);
  }

  /**
   * The list, with the response format pinned to OData v3 JSON light (what `Accept: application/json` gives by
   * default): its next links are `odata.nextLink`, the only form PnPjs's item paging follows. A host adding an
   * OData v4 Accept header would otherwise get `@odata.nextLink` and silently only the first page.
   */
  private spList(): IList {
    return this.web.getList(this.listUrl).using(InjectHeaders({ Accept: ODATA_ACCEPT }));
  }

  /** Every unit, active and inactive, page by page; invalid items go to `broken` with their reasons. */
  public async list(): Promise<OrgUnitListResult> {
    const units: OrgUnit[] = [];
    const broken: BrokenItem[] = [];
    try {
      const query = this.spList()
        .items.select(...ORG_UNIT_SELECT)
        .expand(...ORG_UNIT_EXPAND)
        .top(ORG_UNIT_PAGE_SIZE);
      for await (const page of query) {
        for (const item of page as unknown[]) {
          const mapped = fromItem(item);
          if (mapped.ok) units.push(mapped.unit);
          else broken.push({ id: mapped.id, reasons: mapped.reasons });
        }
      }
    } catch (error) {
      throw this.collectionError(error, 'list');
    }
    return { units, broken };
  }

  /** One unit by id; NotFoundError when missing, InvalidStoredItemError when the stored item is broken. */
  public async get(id: string): Promise<OrgUnit> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    let item: unknown;
    try {
      item = await this.spList()
        .items.getById(itemId)
        .select(...ORG_UNIT_SELECT)
        .expand(...ORG_UNIT_EXPAND)();
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
    const mapped = fromItem(item);
    if (!mapped.ok) throw new InvalidStoredItemError(ENTITY, id, mapped.reasons);
    return mapped.unit;
  }

  /** Adds the unit and returns it as stored (read back, so etag, modified and editor are the server's). */
  public async create(draft: OrgUnitDraft): Promise<OrgUnit> {
    this.checkParent(draft);
    let created: { Id?: unknown; ID?: unknown };
    try {
      created = (await this.spList().items.add(toItemValues(draft))) as { Id?: unknown; ID?: unknown };
    } catch (error) {
      throw this.collectionError(error, 'new');
    }
    const newId = created.Id ?? created.ID;
    if (typeof newId !== 'number' && typeof newId !== 'string') {
      throw toStoreError(new Error('SharePoint did not return the new item id'), ENTITY, 'new');
    }
    return this.get(String(newId));
  }

  /** Saves over `id` only if it is still at `etag` (If-Match); ConflictError on 412. Returns the stored unit. */
  public async update(id: string, etag: string, draft: OrgUnitDraft): Promise<OrgUnit> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    // No version to check against: refuse rather than send `If-Match: *`, which would overwrite blindly.
    if (!etag || etag.trim() === '*') throw new ConflictError(ENTITY, id);
    this.checkParent(draft);
    try {
      await this.spList().items.getById(itemId).update(toItemValues(draft), etag);
    } catch (error) {
      throw toStoreError(error, ENTITY, id);
    }
    return this.get(id);
  }

  /** On the items collection a 404 means the list itself is missing: LIS is not installed on the data site. */
  private collectionError(error: unknown, what: string): Error {
    if (httpStatusOf(error) === 404) {
      return new StoreUnavailableError(`No list at ${this.listUrl} on ${this.webUrl}: is LIS installed on the data site?`, 404);
    }
    return toStoreError(error, ENTITY, what);
  }

  /** A parent id that cannot be an item of this list would be silently dropped by SharePoint: refuse it. */
  private checkParent(draft: OrgUnitDraft): void {
    if (draft.parentId !== null && toItemId(draft.parentId) === undefined) throw new NotFoundError(ENTITY, draft.parentId);
  }
}
