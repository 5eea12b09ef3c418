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
import type { SPFI } from '@pnp/sp';
import type { OrgUnit, OrgUnitDraft } from '../../domain/organisation';
import { NotFoundError, type OrgUnitListResult, type OrgUnitRepository } from '../ports';
import { orgUnitsList } from '../schema/orgUnitsList';
import { LIS_PAGE_SIZE, LisListAccess, refuseBlindOverwrite, type ItemMapping } from './listAccess';
import { fromItem, ORG_UNIT_EXPAND, ORG_UNIT_SELECT, toItemId, toItemValues } from './orgUnitItem';

export { serverRelativeListUrl } from './listAccess';

const ENTITY = 'OrgUnit';

/** Items per page: well under SharePoint's 5 000 cap on `$top`, few round trips for a kommunkoncern. */
export const ORG_UNIT_PAGE_SIZE = LIS_PAGE_SIZE;

function unitFromItem(item: unknown): ItemMapping<OrgUnit> {
  const mapped = fromItem(item);
  return mapped.ok ? { ok: true, value: mapped.unit } : mapped;
}

export class SharePointOrgUnitRepository implements OrgUnitRepository {
  private readonly access: LisListAccess;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.access = new LisListAccess(sp, dataSiteUrl, orgUnitsList.url);
  }

  /** Every unit, active and inactive, page by page; invalid items go to `broken` with their reasons. */
  public async list(): Promise<OrgUnitListResult> {
    const { items, broken } = await this.access.readMapped(ORG_UNIT_SELECT, ORG_UNIT_EXPAND, unitFromItem, ENTITY);
    return { units: items, broken };
  }

  /** One unit by id; NotFoundError when missing, InvalidStoredItemError when the stored item is broken. */
  public async get(id: string): Promise<OrgUnit> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    return this.access.readOne(itemId, ORG_UNIT_SELECT, ORG_UNIT_EXPAND, unitFromItem, ENTITY, id);
  }

  /** Adds the unit and returns it as stored (read back, so etag, modified and editor are the server's). */
  public async create(draft: OrgUnitDraft): Promise<OrgUnit> {
    this.checkParent(draft);
    return this.get(await this.access.add(toItemValues(draft), ENTITY, 'new'));
  }

  /** Saves over `id` only if it is still at `etag` (If-Match); ConflictError on 412. Returns the stored unit. */
  public async update(id: string, etag: string, draft: OrgUnitDraft): Promise<OrgUnit> {
    const itemId = toItemId(id);
    if (itemId === undefined) throw new NotFoundError(ENTITY, id);
    refuseBlindOverwrite(etag, ENTITY, id);
    this.checkParent(draft);
    await this.access.update(itemId, toItemValues(draft), etag, ENTITY, id);
    return this.get(id);
  }

  /** A parent id that cannot be an item of this list would be silently dropped by SharePoint: refuse it. */
  private checkParent(draft: OrgUnitDraft): void {
    if (draft.parentId !== null && toItemId(draft.parentId) === undefined) throw new NotFoundError(ENTITY, draft.parentId);
  }
}
