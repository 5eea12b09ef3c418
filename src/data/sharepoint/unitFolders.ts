/**
 * Item placement in unit folders. Every item of a unit-scoped list (PERMISSION_PLAN `unitScoped`) lives in its
 * owner unit's folder `<list>/enhet-<unitId>`, which the setup creates with the unit group's permissions; the
 * item inherits them. A unit contributor can create an item in such a folder but could not break inheritance on a
 * new item, so placement is the whole enforcement (no elevated component).
 *
 * Create — `POST {list}/AddValidateUpdateItemUsingPath()` (PnPjs `list.addValidateUpdateItemUsingPath`) with
 * `listItemCreateInfo.FolderPath.DecodedUrl` = the folder, `bNewDocumentUpdate: false` and the string-safe fields
 * as `formValues` (formValues.ts). SharePoint validates every field and commits nothing when one fails; each
 * field's outcome comes back with `HasException`/`ErrorMessage` and the new item's `Id`. Fields whose string
 * form depends on the web's locale (DateTime, decimals, negatives) follow in ONE typed MERGE with If-Match of the
 * created item (its etag read with `$select=Id`), so no value is ever parsed in the user's regional settings. If
 * that update fails, the half-made item is deleted (best effort) and the error is thrown.
 * Why not `items.add` and then a move: the item would first exist at the list root, where the unit's contributors
 * have no permission to create it, and a failed move would leave it there.
 *
 * Move — when an update changes the owner unit, the item's virtual file `<ID>_.000` (its FileRef) is moved into the
 * new folder: `POST {web}/_api/web/getFileByServerRelativePath(decodedUrl='<FileRef>')/moveTo(newurl='<folder>/
 * <ID>_.000',flags=1)` (SP.File.moveTo, the documented file endpoint, used on list items' virtual files; the item
 * keeps its id, versions and field values). Not verified against a live tenant here.
 *
 * A missing folder (setup not run, or a unit added since) → SetupRequiredError.
 */
import type { IItem } from '@pnp/sp/items';
import type { IWeb } from '@pnp/sp/webs';
import '@pnp/sp/files';
import { File } from '@pnp/sp/files';
import { encodePath, spPost } from '@pnp/sp';
import type { IListItemFormUpdateValue } from '@pnp/sp/lists';
import { unitFolderName } from '../../domain/access/roles';
import { InvalidStoredItemError, SetupRequiredError } from '../ports/errors';
import type { ListDefinition } from '../schema/types';
import { runBatched, type BatchOperation, type BatchOptions } from './batchWrites';
import { formErrors, formResultId, formResults, splitFormValues } from './formValues';
import type { LisListAccess } from './listAccess';
import { httpStatusOf, toStoreError } from './storeErrors';

/** SP.MoveOperations.overwrite: an item's `<ID>_.000` is unique in the list, so nothing real is ever overwritten. */
const MOVE_FLAGS = 1;

function looksLikeMissingPath(error: unknown): boolean {
  if (httpStatusOf(error) === 404) return true;
  const text = error instanceof Error ? error.message : String(error);
  return /FileNotFoundException|DirectoryNotFoundException|does not exist/i.test(text);
}

export class UnitFolderItems {
  public constructor(
    private readonly access: LisListAccess,
    private readonly definition: ListDefinition,
  ) {}

  /** Server-relative url of a unit's folder in this list: '/sites/lis/Lists/LisClassifications/enhet-12'. */
  public folderPath(unitId: string): string {
    return `${this.access.listUrl}/${unitFolderName(unitId)}`;
  }

  /** Creates the item in the unit's folder; returns its id. */
  public async create(unitId: string, values: Readonly<Record<string, unknown>>, entity: string, what: string): Promise<string> {
    const folder = this.folderPathOf(unitId, entity, what);
    const { formValues, typed } = splitFormValues(this.definition, values);
    let response: unknown;
    try {
      response = await this.access.list().addValidateUpdateItemUsingPath(formValues as IListItemFormUpdateValue[], folder, false);
    } catch (error) {
      throw await this.createError(error, unitId, folder, entity, what);
    }
    const itemId = this.createdId(response, entity, what);
    if (Object.keys(typed).length > 0) await this.typedUpdate(itemId, typed, entity, what);
    return String(itemId);
  }

  /**
   * Moves the item into the unit's folder when it is elsewhere (after an update that changed the owner unit).
   * A missing folder → SetupRequiredError; the item's saved values stay as they are.
   */
  public async moveTo(itemId: number, unitId: string, entity: string, id: string): Promise<void> {
    const folder = this.folderPathOf(unitId, entity, id);
    let item: { FileRef?: unknown; FileDirRef?: unknown };
    try {
      item = await this.access.list().items.getById(itemId).select('Id', 'FileRef', 'FileDirRef')();
    } catch (error) {
      throw toStoreError(error, entity, id);
    }
    const fileRef = typeof item.FileRef === 'string' ? item.FileRef : '';
    const dir = typeof item.FileDirRef === 'string' ? item.FileDirRef : '';
    if (!fileRef) throw toStoreError(new Error('SharePoint did not return the item FileRef'), entity, id);
    if (dir.replace(/\/+$/, '').toLowerCase() === folder.toLowerCase()) return;
    const leaf = fileRef.slice(fileRef.lastIndexOf('/') + 1);
    try {
      await spPost(File(this.access.web.getFileByServerRelativePath(fileRef), `moveTo(newurl='${encodePath(`${folder}/${leaf}`)}',flags=${MOVE_FLAGS})`));
    } catch (error) {
      if (looksLikeMissingPath(error)) throw new SetupRequiredError(unitId, folder);
      throw toStoreError(error, entity, id);
    }
  }

  /**
   * Creates several items in the unit's folder: the AddValidateUpdateItemUsingPath requests go out in `$batch`
   * requests (runBatched: throttled parts are re-sent), then each item that needs it gets its typed update. Each
   * outcome is reported separately, in order (the new id, or the typed error).
   */
  public async createMany(unitId: string, valuesList: ReadonlyArray<Readonly<Record<string, unknown>>>, entity: string, what: string, options: BatchOptions = {}): Promise<PromiseSettledResult<string>[]> {
    if (valuesList.length === 0) return [];
    const folder = this.folderPathOf(unitId, entity, what);
    const splits = valuesList.map((values) => splitFormValues(this.definition, values));
    const operations: BatchOperation<unknown>[] = splits.map((split) => (web: IWeb) => this.access.list(web).addValidateUpdateItemUsingPath(split.formValues as IListItemFormUpdateValue[], folder, false));
    let results: PromiseSettledResult<unknown>[];
    try {
      results = await runBatched(this.access.web, operations, options);
    } catch (error) {
      throw this.access.collectionError(error, entity, what);
    }
    const out: PromiseSettledResult<string>[] = [];
    let missingFolder: Error | undefined;
    for (let index = 0; index < results.length; index++) {
      const result = results[index];
      try {
        if (result.status === 'rejected') {
          if (looksLikeMissingPath(result.reason)) missingFolder = missingFolder ?? (await this.createError(result.reason, unitId, folder, entity, what));
          throw looksLikeMissingPath(result.reason) ? missingFolder : toStoreError(result.reason, entity, what);
        }
        const itemId = this.createdId(result.value, entity, what);
        if (Object.keys(splits[index].typed).length > 0) await this.typedUpdate(itemId, splits[index].typed, entity, what);
        out.push({ status: 'fulfilled', value: String(itemId) });
      } catch (error) {
        out.push({ status: 'rejected', reason: error });
      }
    }
    return out;
  }

  /** The web the gateway writes through (for tests and batched callers). */
  public get web(): IWeb {
    return this.access.web;
  }

  /** The new item's id from an AddValidateUpdateItemUsingPath response; field errors → InvalidStoredItemError. */
  private createdId(response: unknown, entity: string, what: string): number {
    const results = formResults(response);
    const errors = formErrors(results);
    if (errors.length > 0) throw new InvalidStoredItemError(entity, what, errors.map((e) => `SharePoint: ${e}`));
    const itemId = formResultId(results);
    if (itemId === undefined) throw toStoreError(new Error('SharePoint did not return the new item id'), entity, what);
    return itemId;
  }

  private folderPathOf(unitId: string, entity: string, what: string): string {
    try {
      return this.folderPath(unitId);
    } catch {
      throw new InvalidStoredItemError(entity, what, [`owner unit ${unitId} is not a unit id`]);
    }
  }

  /** The typed follow-up: If-Match of the created item, read back rather than assumed. */
  private async typedUpdate(itemId: number, typed: Record<string, unknown>, entity: string, what: string): Promise<void> {
    // A fresh queryable per request: PnPjs's select() changes the instance it is called on.
    const item = (): IItem => this.access.list().items.getById(itemId);
    let etag = '';
    try {
      const read = (await item().select('Id')()) as Record<string, unknown>;
      etag = typeof read['odata.etag'] === 'string' ? read['odata.etag'] : '';
      if (!etag) throw new Error('SharePoint did not return the new item etag');
      await item().update(typed, etag);
    } catch (error) {
      // Our own item of a moment ago: without its etag (the read failed) it is removed unconditionally.
      await item()
        .delete(etag || '*')
        .catch(() => undefined);
      throw toStoreError(error, entity, what);
    }
  }

  /** A 404-like failure is the folder (SetupRequiredError) unless the list itself is missing. */
  private async createError(error: unknown, unitId: string, folder: string, entity: string, what: string): Promise<Error> {
    if (!looksLikeMissingPath(error)) return this.access.collectionError(error, entity, what);
    try {
      await this.access.list().items.select('Id').top(1)();
    } catch (probe) {
      if (httpStatusOf(probe) === 404) return this.access.collectionError(probe, entity, what);
      return toStoreError(probe, entity, what);
    }
    return new SetupRequiredError(unitId, folder);
  }
}

/**
 * The owner unit id of an item (its `lookupField` lookup, e.g. a classification's LisOwnerUnit), read with only
 * that column: where a child item (plan entry, handover, snapshot) must be placed. 404 → NotFoundError.
 */
export async function ownerUnitOfItem(access: LisListAccess, itemId: number, lookupField: string, entity: string, id: string): Promise<string> {
  let item: Record<string, unknown>;
  try {
    item = (await access.list().items.getById(itemId).select('Id', `${lookupField}Id`)()) as Record<string, unknown>;
  } catch (error) {
    throw toStoreError(error, entity, id);
  }
  const unit = item[`${lookupField}Id`];
  if (typeof unit !== 'number' || !Number.isSafeInteger(unit) || unit <= 0) throw new InvalidStoredItemError(entity, id, [`${lookupField}: no owner unit`]);
  return String(unit);
}
