/**
 * A small in-memory SharePoint REST server for adapter tests: exactly the requests LIS's SharePoint adapters make,
 * answered the way SharePoint Online answers them with `Accept: application/json` (OData minimal metadata):
 *
 * - GET  {web}/_api/web/getList('<server-relative url>')/items?$select&$expand&$top&$filter  (pages of `$top`,
 *        `odata.nextLink` to `…/_api/Web/Lists(guid'…')/Items?%24skiptoken=Paged%3DTRUE%26p_ID%3D<last id>&…`)
 * - GET  …/items(<id>)?$select&$expand                         -> item, or 404
 * - POST …/items  (JSON body of field values)                  -> 201 + created item (no expands)
 * - POST …/items(<id>) with X-HTTP-Method: MERGE, IF-Match     -> 204 + ETag, 412 on a stale etag, 404 when missing
 * - GET  {any web}/_api/web/getStorageEntity('<key>')          -> storage entity, or {"odata.null":true}
 * - POST …/AddValidateUpdateItemUsingPath() {listItemCreateInfo:{FolderPath:{DecodedUrl}}, formValues, bNewDocumentUpdate}
 *        -> 200 + one ListItemFormUpdateValue per field (+ `Id`); a field that fails validation -> HasException and
 *        nothing stored; a FolderPath that is not the list root or an existing folder -> 404 FileNotFoundException
 * - POST {web}/_api/web/getFileByServerRelativePath(decodedUrl='<FileRef>')/moveTo(newurl='<folder>/<ID>_.000',flags=1)
 *        -> 200, the item moves (id, version and values kept); missing folder -> 404 DirectoryNotFoundException
 *
 * Folders (unit folders, `createFolder`) are rows of `/items` too, as in SharePoint: FSObjType 1, ContentTypeId
 * 0x0120…; items have FSObjType 0, FileRef `<list>[/<folder>]/<ID>_.000` and FileDirRef (selectable only, like
 * SharePoint's default projection does not include them). Folder ids come from a separate range (90001…) so existing
 * fixtures keep their item ids; SharePoint shares one counter, and no adapter depends on either.
 *
 * It is strict where SharePoint is: unknown columns in $select, $filter, $orderby or a body -> 400; `Editor/Title`
 * without `$expand=Editor` -> 400; $top above 5 000 -> 400; a $filter or $orderby on a non-indexed column of a list
 * past 5 000 items -> 500 (list view threshold); a url longer than 2 048 characters -> 414; a duplicate Title in a
 * list whose Title enforces unique values -> 500 SPDuplicateValuesFoundException. `$filter` takes comparisons
 * (eq/ne/ge/gt/le/lt, `datetime'…'` literals) joined with and/or (tests/contract/fakeODataFilter.ts); text compares
 * ignoring case, as SharePoint does. `$orderby=<Field> [asc|desc]` sorts (next links continue after the last item).
 * Every request is recorded; failures can be injected.
 */
import { spfi, type SPFI } from '@pnp/sp';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import { LisRetry, type LisRetryOptions } from '../../src/data/sharepoint/retryBehavior';
import { orgUnitsList } from '../../src/data/schema/orgUnitsList';
import type { ListDefinition } from '../../src/data/schema/types';
import { filterFields, matchesFilter, parseFilter, type FilterNode } from './fakeODataFilter';

export const FAKE_SITE_URL = 'https://contoso.sharepoint.com/sites/lis';
export const FAKE_LIST_GUID = '7d2d6a8e-1111-4c5e-9a0b-0123456789ab';

export interface RecordedRequest {
  method: string;
  /** Absolute url as sent. */
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Parsed JSON body, when there was one. */
  body?: unknown;
}

export interface InjectedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** How many matching requests get this answer (default 1). */
  times?: number;
  /** Which requests it applies to (default: any). */
  when?: (request: RecordedRequest) => boolean;
}

interface StoredItem {
  id: number;
  version: number;
  modified: string;
  editor: string;
  fields: Record<string, unknown>;
  /** Folder name under the list root ('' = root). */
  folder: string;
  /** A folder row (FSObjType 1). */
  isFolder?: boolean;
}

const SYSTEM_FIELDS = ['Id', 'ID', 'Modified', 'Created', 'EditorId', 'AuthorId'];
/** Returned only when selected (not in SharePoint's default projection either). */
const FILE_FIELDS = ['FSObjType', 'FileRef', 'FileDirRef', 'ContentTypeId'];
const FOLDER_ID_BASE = 90000;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json;odata=minimalmetadata', ...headers } });
}

function thresholdError(): Response {
  return spError(500, 'The attempted operation is prohibited because it exceeds the list view threshold.', '-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
}

function spError(status: number, message: string, code = '-1, Microsoft.SharePoint.Client.ClientServiceException'): Response {
  return json(status, { 'odata.error': { code, message: { lang: 'en-US', value: message } } });
}

export class FakeSharePoint {
  public readonly requests: RecordedRequest[] = [];
  public readonly siteUrl: string;
  public readonly list: ListDefinition;
  /** Display name of the user every write is attributed to. */
  public editorName = 'Sara Sandström';

  private readonly items = new Map<number, StoredItem>();
  private readonly failures: InjectedFailure[] = [];
  private readonly storage = new Map<string, string>();
  private nextId = 1;
  private nextFolderId = FOLDER_ID_BASE + 1;
  private clock = 0;

  /** The list's id in `Lists(guid'…')` urls (next links); give each list of a multi-list site its own. */
  public readonly listGuid: string;

  public constructor(siteUrl: string = FAKE_SITE_URL, list: ListDefinition = orgUnitsList, listGuid: string = FAKE_LIST_GUID) {
    this.siteUrl = siteUrl.replace(/\/+$/, '');
    this.list = list;
    this.listGuid = listGuid;
  }

  /** Server-relative url of the list, as getList() must name it. */
  public get listServerRelativeUrl(): string {
    return `${this.sitePath}/${this.list.url}`;
  }

  /** Decoded server-relative path of the site: '/sites/lis'. */
  public get sitePath(): string {
    return decodeURIComponent(new URL(this.siteUrl).pathname).replace(/\/+$/, '');
  }

  /** Columns the list has (the lookup through its `…Id` column). */
  public get columns(): string[] {
    return this.list.fields.map((f) => (f.type === 'Lookup' ? `${f.internalName}Id` : f.internalName)).concat('Title');
  }

  private get indexedColumns(): string[] {
    const title = this.list.titleIndexed || this.list.titleUnique ? ['Title'] : [];
    return this.list.fields.filter((f) => f.indexed).map((f) => (f.type === 'Lookup' ? `${f.internalName}Id` : f.internalName)).concat('Id', 'ID', ...title);
  }

  private fieldValue(item: StoredItem, field: string): unknown {
    if (field === 'Id' || field === 'ID') return item.id;
    if (field === 'Modified' || field === 'Created') return item.modified;
    if (FILE_FIELDS.indexOf(field) >= 0) return this.fileValue(item, field);
    return item.fields[field];
  }

  private fileValue(item: StoredItem, field: string): unknown {
    const dir = item.folder ? `${this.listServerRelativeUrl}/${item.folder}` : this.listServerRelativeUrl;
    if (field === 'FSObjType') return item.isFolder ? 1 : 0;
    if (field === 'ContentTypeId') return item.isFolder ? '0x0120004E1B4A2BE4B3F34C8B2E3C8B0F1E9C3A' : '0x0100A1B2C3D4E5F60718293A4B5C6D7E8F90';
    if (field === 'FileDirRef') return dir;
    return item.isFolder ? `${dir}/${String(item.fields.Title)}` : `${dir}/${item.id}_.000`;
  }

  /** The folder name for a FolderPath/FileDirRef (case-insensitive): '' for the list root, undefined when missing. */
  private folderNamed(path: string): string | undefined {
    const clean = path.replace(/\/+$/, '').toLowerCase();
    const root = this.listServerRelativeUrl.toLowerCase();
    if (clean === root) return '';
    if (!clean.startsWith(`${root}/`)) return undefined;
    const name = clean.slice(root.length + 1);
    const folder = [...this.items.values()].find((i) => i.isFolder && String(i.fields.Title).toLowerCase() === name);
    return folder ? String(folder.fields.Title) : undefined;
  }

  // ---- test controls ---------------------------------------------------------------------------------------

  /** Stores an item with raw field values, exactly as given (hand-edited junk included), at the root or in `folder`. Returns its id. */
  public seed(fields: Record<string, unknown>, folder = ''): number {
    if (folder && this.folderNamed(`${this.listServerRelativeUrl}/${folder}`) === undefined) throw new Error(`no folder ${folder} in ${this.list.url}`);
    const id = this.nextId++;
    this.items.set(id, { id, version: 1, modified: this.tick(), editor: this.editorName, fields: { ...fields }, folder });
    return id;
  }

  /** Stores an item under a given id (fixtures that need e.g. classification 7 to exist). */
  public seedAt(id: number, fields: Record<string, unknown>, folder = ''): number {
    if (this.items.has(id)) throw new Error(`item ${id} exists`);
    const saved = this.nextId;
    this.nextId = id;
    this.seed(fields, folder);
    this.nextId = Math.max(saved, id + 1);
    return id;
  }

  /** Creates a folder at the list root (as the setup does for a unit); returns its item id. Existing: its id. */
  public createFolder(name: string): number {
    const existing = [...this.items.values()].find((i) => i.isFolder && String(i.fields.Title).toLowerCase() === name.toLowerCase());
    if (existing) return existing.id;
    const id = this.nextFolderId++;
    this.items.set(id, { id, version: 1, modified: this.tick(), editor: this.editorName, fields: { Title: name }, folder: '', isFolder: true });
    return id;
  }

  /** The folder an item is in ('' = root), or undefined when there is no such item. */
  public folderOf(id: number): string | undefined {
    return this.items.get(id)?.folder;
  }

  /** Ids of the items (not folders) in a folder ('' = root). */
  public idsIn(folder: string): number[] {
    return [...this.items.values()].filter((i) => !i.isFolder && i.folder.toLowerCase() === folder.toLowerCase()).map((i) => i.id);
  }

  /** Someone else edits an item: new values, new version (and etag). */
  public editBySomeoneElse(id: number, fields: Record<string, unknown>): void {
    const item = this.items.get(id);
    if (!item) throw new Error(`no item ${id}`);
    Object.assign(item.fields, fields);
    item.version++;
    item.modified = this.tick();
    item.editor = 'Någon Annan';
  }

  public raw(id: number): Record<string, unknown> | undefined {
    return this.items.get(id)?.fields;
  }

  public etagOf(id: number): string | undefined {
    const item = this.items.get(id);
    return item ? `"${item.version}"` : undefined;
  }

  /** Item ids with their own permissions (HasUniqueRoleAssignments; kept by fakeSharePointPermissions.ts). */
  public readonly uniqueScopes = new Set<number>();

  /** The folders at the list root: id and name. */
  public folders(): Array<{ id: number; name: string }> {
    return [...this.items.values()].filter((i) => i.isFolder).map((i) => ({ id: i.id, name: String(i.fields.Title) }));
  }

  /** Items, not counting folders. */
  public get itemCount(): number {
    return [...this.items.values()].filter((i) => !i.isFolder).length;
  }

  public failNext(failure: InjectedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  public setStorageEntity(key: string, value: string): void {
    this.storage.set(key, value);
  }

  // ---- the server ------------------------------------------------------------------------------------------

  public readonly fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers as HeadersInit | undefined).forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    let body: unknown;
    if (typeof init.body === 'string' && init.body.length > 0) {
      try {
        body = JSON.parse(init.body);
      } catch {
        body = init.body;
      }
    }
    const request: RecordedRequest = { method: (init.method ?? 'GET').toUpperCase(), url, headers, body };
    this.requests.push(request);
    if (url.length > 2048) return spError(414, `Request-URI too long (${url.length} characters)`);

    const failure = this.failures.find((f) => (f.times ?? 1) > 0 && (!f.when || f.when(request)));
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      return new Response(failure.body ?? JSON.stringify({ 'odata.error': { code: String(failure.status), message: { lang: 'en-US', value: 'injected' } } }), {
        status: failure.status,
        headers: { 'Content-Type': 'application/json', ...(failure.headers ?? {}) },
      });
    }
    return this.route(request, init.body);
  };

  private route(request: RecordedRequest, rawBody: unknown): Response {
    const url = new URL(request.url);
    const path = decodeURIComponent(url.pathname);
    const query = url.searchParams;

    const storage = /\/_api\/web\/getStorageEntity\('((?:[^']|'')*)'\)$/i.exec(path);
    if (storage && request.method === 'GET') {
      const key = storage[1].replace(/''/g, "'");
      const value = this.storage.get(key);
      return value === undefined
        ? json(200, { 'odata.null': true })
        : json(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.StorageEntity`, Comment: null, Description: null, Value: value });
    }

    const sitePath = this.sitePath;
    if (url.origin !== new URL(this.siteUrl).origin || !path.toLowerCase().startsWith(`${sitePath.toLowerCase()}/_api/`)) {
      return spError(404, `No web at ${request.url}`);
    }
    const apiPath = path.slice(sitePath.length);
    const move = /^\/_api\/web\/getFileByServerRelativePath\(decodedUrl='((?:[^']|'')*)'\)\/moveTo\(newurl='((?:[^']|'')*)',flags=(\d+)\)$/i.exec(apiPath);
    if (move && request.method === 'POST') return this.moveItem(move[1].replace(/''/g, "'"), move[2].replace(/''/g, "'"));
    const addInFolder = /^\/_api\/web\/getList\('((?:[^']|'')*)'\)\/AddValidateUpdateItemUsingPath\(\)$/i.exec(apiPath);
    if (addInFolder && request.method === 'POST') {
      if (addInFolder[1].replace(/''/g, "'").toLowerCase() !== this.listServerRelativeUrl.toLowerCase()) return spError(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
      return this.addValidateInFolder(rawBody);
    }
    const listMatch =
      /^\/_api\/web\/getList\('((?:[^']|'')*)'\)\/items(?:\((\d+)\))?$/i.exec(apiPath) ??
      /^\/_api\/web\/lists\(guid'([0-9a-f-]+)'\)\/items(?:\((\d+)\))?$/i.exec(apiPath);
    if (!listMatch) return spError(404, `Unknown endpoint ${apiPath}`);
    const listRef = listMatch[1].replace(/''/g, "'");
    const knownList = listRef.toLowerCase() === this.listServerRelativeUrl.toLowerCase() || listRef.toLowerCase() === this.listGuid.toLowerCase();
    if (!knownList) {
      return spError(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
    }
    const itemId = listMatch[2] === undefined ? undefined : Number(listMatch[2]);

    if (request.method === 'GET' && itemId === undefined) return this.getItems(query);
    if (request.method === 'GET' && itemId !== undefined) return this.getItem(itemId, query);
    if (request.method === 'POST' && itemId === undefined && !request.headers['x-http-method']) return this.addItem(rawBody);
    if (request.method === 'POST' && itemId !== undefined && (request.headers['x-http-method'] ?? '').toUpperCase() === 'DELETE') {
      return this.deleteItem(itemId, request.headers['if-match']);
    }
    if (request.method === 'POST' && itemId !== undefined && (request.headers['x-http-method'] ?? '').toUpperCase() === 'MERGE') {
      return this.mergeItem(itemId, request.headers['if-match'], rawBody);
    }
    return spError(405, `Unsupported ${request.method} ${apiPath}`);
  }

  private project(item: StoredItem, query: URLSearchParams): Record<string, unknown> | Response {
    const select = (query.get('$select') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const expand = (query.get('$expand') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const out: Record<string, unknown> = {
      'odata.type': 'SP.Data.LisOrgUnitsListItem',
      'odata.id': `${this.siteUrl}/_api/Web/Lists(guid'${this.listGuid}')/Items(${item.id})`,
      'odata.etag': `"${item.version}"`,
      'odata.editLink': `Web/Lists(guid'${this.listGuid}')/Items(${item.id})`,
    };
    const system: Record<string, unknown> = {
      Id: item.id,
      ID: item.id,
      Modified: item.modified,
      Created: item.modified,
      EditorId: 7,
      AuthorId: 7,
    };
    const fieldsToShow = select.length > 0 ? select : [...this.columns, ...SYSTEM_FIELDS];
    for (const name of fieldsToShow) {
      if (name.includes('/')) {
        const [lookup, prop] = name.split('/');
        if (lookup !== 'Editor' || prop !== 'Title') return spError(400, `The field or property '${name}' does not exist.`);
        if (expand.indexOf('Editor') < 0) return spError(400, `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${lookup}.`);
        out.Editor = { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': 'x', Title: item.editor };
      } else if (SYSTEM_FIELDS.indexOf(name) >= 0) {
        out[name] = system[name];
      } else if (FILE_FIELDS.indexOf(name) >= 0) {
        out[name] = this.fileValue(item, name);
      } else if (name === 'HasUniqueRoleAssignments') {
        out[name] = this.uniqueScopes.has(item.id);
      } else if (this.columns.indexOf(name) >= 0) {
        out[name] = item.fields[name] === undefined ? null : item.fields[name];
      } else {
        return spError(400, `The property '${name}' does not exist on type 'SP.Data.LisOrgUnitsListItem'. Make sure to only use property names that are defined by the type.`);
      }
    }
    return out;
  }

  private getItems(query: URLSearchParams): Response {
    const top = query.has('$top') ? Number(query.get('$top')) : 100;
    if (!Number.isInteger(top) || top < 1 || top > 5000) return spError(400, `Invalid $top ${String(query.get('$top'))}`);
    const skip = /p_ID=(\d+)/.exec(query.get('$skiptoken') ?? '');
    const afterId = skip ? Number(skip[1]) : 0;

    let candidates = [...this.items.values()].sort((a, b) => a.id - b.id);
    const overThreshold = this.items.size > 5000;
    const filterText = query.get('$filter');
    if (filterText) {
      let filter: FilterNode;
      try {
        filter = parseFilter(filterText);
      } catch {
        return spError(400, `Unsupported $filter ${filterText}`);
      }
      for (const field of filterFields(filter)) {
        if (this.columns.indexOf(field) < 0 && SYSTEM_FIELDS.indexOf(field) < 0 && FILE_FIELDS.indexOf(field) < 0) return spError(400, `Column '${field}' does not exist. It may have been deleted by another user.`);
        if (overThreshold && this.indexedColumns.indexOf(field) < 0) return thresholdError();
      }
      candidates = candidates.filter((i) => matchesFilter(filter, (field) => this.fieldValue(i, field)));
    }
    const orderBy = query.get('$orderby');
    if (orderBy) {
      const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)(?:\s+(asc|desc))?\s*$/.exec(orderBy);
      if (!match) return spError(400, `Unsupported $orderby ${orderBy}`);
      const field = match[1];
      if (this.columns.indexOf(field) < 0 && SYSTEM_FIELDS.indexOf(field) < 0) return spError(400, `Column '${field}' does not exist.`);
      if (overThreshold && this.indexedColumns.indexOf(field) < 0) return thresholdError();
      const direction = match[2] === 'desc' ? -1 : 1;
      candidates.sort((a, b) => {
        const x = this.fieldValue(a, field) as string | number;
        const y = this.fieldValue(b, field) as string | number;
        return (x < y ? -1 : x > y ? 1 : a.id - b.id) * direction;
      });
    }
    const remaining = orderBy
      ? candidates.slice(afterId === 0 ? 0 : candidates.findIndex((i) => i.id === afterId) + 1)
      : candidates.filter((i) => i.id > afterId);
    const page = remaining.slice(0, top);
    const value: Record<string, unknown>[] = [];
    for (const item of page) {
      const projected = this.project(item, query);
      if (projected instanceof Response) return projected;
      value.push(projected);
    }
    const body: Record<string, unknown> = { 'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.ListData.LisOrgUnitsListItems`, value };
    if (remaining.length > page.length) {
      const next = new URLSearchParams();
      next.set('$skiptoken', `Paged=TRUE&p_ID=${page[page.length - 1].id}`);
      next.set('$top', String(top));
      for (const key of ['$select', '$expand', '$filter', '$orderby']) {
        const v = query.get(key);
        if (v !== null) next.set(key, v);
      }
      body['odata.nextLink'] = `${this.siteUrl}/_api/Web/Lists(guid'${this.listGuid}')/Items?${next.toString().replace(/\$/g, '%24')}`;
    }
    return json(200, body);
  }

  private getItem(id: number, query: URLSearchParams): Response {
    const item = this.items.get(id);
    if (!item) return spError(404, 'Item does not exist. It may have been deleted by another user.', '-2130575338, Microsoft.SharePoint.SPException');
    const projected = this.project(item, query);
    return projected instanceof Response ? projected : json(200, projected, { ETag: `"${item.version}"` });
  }

  private checkValues(body: unknown): Record<string, unknown> | Response {
    if (typeof body !== 'string') return spError(400, 'A request body is required.');
    let values: unknown;
    try {
      values = JSON.parse(body);
    } catch {
      return spError(400, 'Invalid JSON. A token was not recognized in the JSON content.');
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return spError(400, 'Expected an object.');
    for (const key of Object.keys(values)) {
      if (key === '__metadata') continue;
      if (this.columns.indexOf(key) < 0) {
        return spError(400, `The property '${key}' does not exist on type 'SP.Data.LisOrgUnitsListItem'. Make sure to only use property names that are defined by the type.`);
      }
    }
    return values as Record<string, unknown>;
  }

  private addItem(rawBody: unknown): Response {
    const values = this.checkValues(rawBody);
    if (values instanceof Response) return values;
    if (this.list.titleUnique && typeof values.Title === 'string') {
      const title = values.Title.toLowerCase();
      if ([...this.items.values()].some((i) => typeof i.fields.Title === 'string' && i.fields.Title.toLowerCase() === title)) {
        return spError(
          500,
          'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Title].',
          '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        );
      }
    }
    const id = this.seed(values);
    const item = this.items.get(id) as StoredItem;
    item.editor = this.editorName;
    const projected = this.project(item, new URLSearchParams()) as Record<string, unknown>;
    return json(201, projected, { ETag: `"${item.version}"` });
  }

  /** POST …/items(<id>) with X-HTTP-Method: DELETE (PnPjs item.delete(etag)): 200, 412 on a stale etag, 404 when missing. */
  private deleteItem(id: number, ifMatch: string | undefined): Response {
    const item = this.items.get(id);
    if (!item) return spError(404, 'Item does not exist. It may have been deleted by another user.', '-2130575338, Microsoft.SharePoint.SPException');
    const current = `"${item.version}"`;
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== current) {
      return spError(412, `The request ETag value '${ifMatch}' does not match the object's ETag value '${current}'.`, '-1, Microsoft.SharePoint.Client.ClientServiceException');
    }
    this.items.delete(id);
    return new Response(null, { status: 200 });
  }

  private mergeItem(id: number, ifMatch: string | undefined, rawBody: unknown): Response {
    const item = this.items.get(id);
    if (!item) return spError(404, 'Item does not exist. It may have been deleted by another user.', '-2130575338, Microsoft.SharePoint.SPException');
    const current = `"${item.version}"`;
    if (ifMatch !== undefined && ifMatch !== '*' && ifMatch !== current) {
      return spError(412, `The request ETag value '${ifMatch}' does not match the object's ETag value '${current}'.`, '-1, Microsoft.SharePoint.Client.ClientServiceException');
    }
    const values = this.checkValues(rawBody);
    if (values instanceof Response) return values;
    Object.assign(item.fields, values);
    item.version++;
    item.modified = this.tick();
    item.editor = this.editorName;
    return new Response(null, { status: 204, headers: { ETag: `"${item.version}"` } });
  }

  /** AddValidateUpdateItemUsingPath: validates every form value as SharePoint's form does; stores only when all pass. */
  private addValidateInFolder(rawBody: unknown): Response {
    let body: { formValues?: unknown; bNewDocumentUpdate?: unknown; listItemCreateInfo?: { FolderPath?: { DecodedUrl?: unknown } } };
    try {
      body = JSON.parse(typeof rawBody === 'string' ? rawBody : '') as typeof body;
    } catch {
      return spError(400, 'Invalid JSON. A token was not recognized in the JSON content.');
    }
    const folderUrl = body.listItemCreateInfo?.FolderPath?.DecodedUrl;
    if (!Array.isArray(body.formValues) || typeof body.bNewDocumentUpdate !== 'boolean' || typeof folderUrl !== 'string') {
      return spError(400, 'The parameter formValues, bNewDocumentUpdate or listItemCreateInfo is missing or of the wrong type.');
    }
    const folder = this.folderNamed(folderUrl);
    if (folder === undefined) return spError(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
    const fields: Record<string, unknown> = {};
    for (const f of this.list.fields) if (f.defaultValue !== undefined) fields[f.type === 'Lookup' ? `${f.internalName}Id` : f.internalName] = this.parseDefault(f);
    const results: Record<string, unknown>[] = [];
    let failed = false;
    for (const entry of body.formValues as Array<{ FieldName?: unknown; FieldValue?: unknown }>) {
      const name = String(entry.FieldName);
      const parsed = this.parseFormValue(name, entry.FieldValue);
      if ('error' in parsed) failed = true;
      else fields[parsed.key] = parsed.value;
      results.push({ 'odata.type': 'SP.ListItemFormUpdateValue', ErrorCode: 'error' in parsed ? -2146232832 : 0, ErrorMessage: 'error' in parsed ? parsed.error : null, FieldName: name, FieldValue: entry.FieldValue, HasException: 'error' in parsed, ItemId: 0 });
    }
    const title = fields.Title;
    if (!failed && this.list.titleUnique && typeof title === 'string' && [...this.items.values()].some((i) => typeof i.fields.Title === 'string' && i.fields.Title.toLowerCase() === title.toLowerCase())) {
      return spError(500, 'The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [Title].', '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
    }
    if (!failed) {
      const id = this.seed(fields, folder);
      for (const r of results) r.ItemId = id;
      results.push({ 'odata.type': 'SP.ListItemFormUpdateValue', ErrorCode: 0, ErrorMessage: null, FieldName: 'Id', FieldValue: String(id), HasException: false, ItemId: id });
    }
    return json(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#Collection(SP.ListItemFormUpdateValue)`, value: results });
  }

  private parseDefault(field: ListDefinition['fields'][number]): unknown {
    const text = field.defaultValue ?? '';
    if (field.type === 'Number') return Number(text);
    if (field.type === 'Boolean') return text === '1';
    return text;
  }

  /** One form value, parsed like SharePoint's new-item form (only the locale-proof forms LIS sends). */
  private parseFormValue(name: string, value: unknown): { key: string; value: unknown } | { error: string } {
    if (typeof value !== 'string') return { error: 'The value must be a string.' };
    const field = name === 'Title' ? { internalName: 'Title', type: 'Text' as const, required: false, maxLength: 255, choices: undefined } : this.list.fields.find((f) => f.internalName === name);
    if (!field) return { error: `Column '${name}' does not exist. It may have been deleted by another user.` };
    const key = field.type === 'Lookup' ? `${name}Id` : name;
    if (value === '') return field.required ? { error: 'You must specify a value for this required field.' } : { key, value: null };
    switch (field.type) {
      case 'Text':
        return value.length > (field.maxLength ?? 255) ? { error: `The value exceeds the maximum length of ${field.maxLength ?? 255}.` } : { key, value };
      case 'Note':
        return { key, value };
      case 'Choice':
        return field.choices && field.choices.indexOf(value) < 0 ? { error: 'Value does not fall within the expected range.' } : { key, value };
      case 'Number':
      case 'Lookup':
        return /^\d+$/.test(value) ? { key, value: Number(value) } : { error: 'Invalid number value.' };
      case 'Boolean':
        return value === '1' || value === '0' ? { key, value: value === '1' } : { error: 'Invalid Boolean value.' };
      default:
        return { error: `The fake does not parse ${field.type} form values (LIS sends them typed).` };
    }
  }

  /** SP.File.moveTo on an item's `<ID>_.000`: the item moves to the folder of `newUrl`. */
  private moveItem(fileRef: string, newUrl: string): Response {
    const item = [...this.items.values()].find((i) => !i.isFolder && String(this.fileValue(i, 'FileRef')).toLowerCase() === fileRef.toLowerCase());
    if (!item) return spError(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
    const slash = newUrl.lastIndexOf('/');
    if (newUrl.slice(slash + 1) !== `${item.id}_.000`) return spError(400, `The new url must keep the name ${item.id}_.000.`);
    const folder = this.folderNamed(newUrl.slice(0, slash));
    if (folder === undefined) return spError(404, 'The system cannot find the path specified.', '-2147024893, System.IO.DirectoryNotFoundException');
    item.folder = folder;
    return json(200, { 'odata.null': true });
  }

  /** A deterministic clock: each write is one second after the previous one. */
  private tick(): string {
    this.clock++;
    return new Date(Date.UTC(2026, 0, 1, 8, 0, 0) + this.clock * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

/** The real PnPjs pipeline (headers, init, parse) with LisRetry sending to `fetch`; sleeps are recorded, not waited. */
export function spOverFake(
  fake: FakeSharePoint,
  retry: LisRetryOptions = {},
): { sp: SPFI; sleeps: number[] } {
  const sleeps: number[] = [];
  const sp = spfi(fake.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    DefaultParse(),
    LisRetry({
      fetch: fake.fetch,
      sleep: async (ms: number): Promise<void> => {
        sleeps.push(ms);
      },
      ...retry,
    }),
  );
  return { sp, sleeps };
}
