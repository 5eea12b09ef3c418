/**
 * The permission side of the fake SharePoint site (hooked into FakeSharePointSite.route): answered like SharePoint
 * Online with `Accept: application/json` (OData minimal metadata), strict on $select and bodies (unknown → 400):
 *
 * Web
 * - GET  web/currentuser?$select=Id,IsSiteAdmin · web/currentuser/groups?$select=Id,Title
 * - GET  web/sitegroups?$select=Id,Title · POST web/sitegroups {Title, Description, OnlyAllowMembersViewMembership,
 *        AllowMembersEditMembership, AllowRequestToJoinLeave} → 201 (400 when the name is taken, ignoring case)
 * - POST web/sitegroups(<id>) MERGE {Title|Description} → 204
 * - GET  web/associatedOwnerGroup?$select=Id · web/roledefinitions/getbytype(<kind>)?$select=Id,RoleTypeKind
 * A list (`web/getList('<url>')` or `web/lists(guid'…')`) and a list item (`…/items(<id>)`, e.g. a folder's item)
 * - GET  {list}?$select=Id,EnableVersioning,EnableFolderCreation,HasUniqueRoleAssignments · POST {list} MERGE
 * - GET  {list}/fields?$select=InternalName,Indexed · POST {list}/fields/getByInternalNameOrTitle('<name>') MERGE
 *        {Indexed}
 * - GET  {list}/rootFolder/folders?$select=Name,ListItemAllFields/Id,ListItemAllFields/HasUniqueRoleAssignments
 *        &$expand=ListItemAllFields
 * - POST {list}/AddValidateUpdateItemUsingPath() with listItemCreateInfo.UnderlyingObjectType 1 → a folder at the
 *        list root (400 unless EnableFolderCreation; an existing name → HasException); other creates go to the list
 * - GET  {securable}/roleassignments?$select=…&$expand=Member,RoleDefinitionBindings (an inheriting object shows its
 *        parent's assignments, as SharePoint does)
 * - POST {securable}/breakroleinheritance(copyroleassignments=false,clearsubscopes=false): the object gets its own
 *        assignments: only the caller with Full Control (as SharePoint does without copying); again → no change
 * - POST {securable}/resetroleinheritance · roleassignments/addroleassignment(principalid=<id>,roledefid=<id>) ·
 *        roleassignments/removeroleassignment(…) (400 on an object that inherits; 404 unknown principal/role)
 * Anything else falls through to the site (lists, items, $batch, sitegroups/getByName/users) and its 404s.
 * `failNext` injects failures (e.g. 429 or 403) on these endpoints only; `denyWrites` answers every permission write
 * with 403 (someone without Manage Permissions).
 */
import type { FakeSharePoint, InjectedFailure } from './fakeSharePoint';

export interface FakeRoleDefinition {
  Id: number;
  Name: string;
  RoleTypeKind: number;
  Hidden: boolean;
}

export const FAKE_ROLE_DEFINITIONS: readonly FakeRoleDefinition[] = [
  { Id: 1073741825, Name: 'Limited Access', RoleTypeKind: 1, Hidden: true },
  { Id: 1073741826, Name: 'Read', RoleTypeKind: 2, Hidden: false },
  { Id: 1073741827, Name: 'Contribute', RoleTypeKind: 3, Hidden: false },
  { Id: 1073741829, Name: 'Full Control', RoleTypeKind: 5, Hidden: false },
  { Id: 1073741830, Name: 'Edit', RoleTypeKind: 6, Hidden: false },
];
export const ROLE_DEF_ID: Readonly<Record<'read' | 'contribute' | 'fullControl' | 'edit' | 'limited', number>> = {
  limited: 1073741825,
  read: 1073741826,
  contribute: 1073741827,
  fullControl: 1073741829,
  edit: 1073741830,
};

interface FakeGroup {
  Id: number;
  Title: string;
  Description: string;
  OnlyAllowMembersViewMembership: boolean;
}

interface FakeUser {
  Id: number;
  Title: string;
  IsSiteAdmin: boolean;
  groups: Set<number>;
}

/** principal id → role definition ids */
type Assignments = Map<number, Set<number>>;

interface ListSettings {
  exists: boolean;
  versioning: boolean;
  folderCreation: boolean;
  /** internal name → Indexed; absent = the field does not exist */
  fields: Map<string, boolean>;
  /** Own assignments when the list has unique permissions, else undefined (inherits the web's). */
  own?: Assignments;
  /** Own assignments of items (folders and items) with unique permissions. */
  items: Map<number, Assignments>;
}

const GROUP_BODY_KEYS = ['__metadata', 'Title', 'Description', 'OnlyAllowMembersViewMembership', 'AllowMembersEditMembership', 'AllowRequestToJoinLeave', 'AutoAcceptRequestToJoinLeave'];
const LIST_BODY_KEYS = ['__metadata', 'EnableVersioning', 'EnableFolderCreation', 'MajorVersionLimit'];
const LIST_SELECT = ['Id', 'Title', 'EnableVersioning', 'EnableFolderCreation', 'HasUniqueRoleAssignments', 'MajorVersionLimit'];
const ASSIGNMENT_SELECT = ['PrincipalId', 'Member/Id', 'Member/Title', 'Member/PrincipalType', 'Member/LoginName', 'RoleDefinitionBindings/Id', 'RoleDefinitionBindings/Name', 'RoleDefinitionBindings/RoleTypeKind', 'RoleDefinitionBindings/Hidden'];
const FOLDER_SELECT = ['Name', 'ServerRelativeUrl', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments'];

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json;odata=minimalmetadata' } });
}

function spError(status: number, message: string, code = '-2147024891, System.UnauthorizedAccessException'): Response {
  return json(status, { 'odata.error': { code, message: { lang: 'en-US', value: message } } });
}

const badRequest = (message: string): Response => spError(400, message, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException');

function selectOf(query: URLSearchParams): string[] {
  return (query.get('$select') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function checkSelect(query: URLSearchParams, allowed: readonly string[], type: string): Response | undefined {
  const unknown = selectOf(query).find((name) => allowed.indexOf(name) < 0);
  if (unknown) return badRequest(`The property '${unknown}' does not exist on type '${type}'.`);
  const expand = (query.get('$expand') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const nested = selectOf(query).find((name) => name.includes('/') && expand.indexOf(name.split('/')[0]) < 0);
  if (nested) return badRequest(`The query to field '${nested}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${nested.split('/')[0]}.`);
  return undefined;
}

function project(value: Record<string, unknown>, query: URLSearchParams): Record<string, unknown> {
  const select = selectOf(query).filter((s) => !s.includes('/'));
  if (select.length === 0) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (key.startsWith('odata.') || select.indexOf(key) >= 0 || selectOf(query).some((s) => s.startsWith(`${key}/`))) out[key] = value[key];
  return out;
}

export class FakeSharePointPermissions {
  /** Every permission write answered (not reads), for idempotency assertions. */
  public writes: Array<{ method: string; path: string; body?: unknown }> = [];
  /** Answer every permission write with 403 (the caller lacks Manage Permissions). */
  public denyWrites = false;
  public readonly ownersGroupId = 3;
  public currentUserId = 7;

  private readonly siteUrl: string;
  private readonly sitePath: string;
  private readonly lists: readonly FakeSharePoint[];
  private readonly settings = new Map<FakeSharePoint, ListSettings>();
  private readonly groups = new Map<number, FakeGroup>();
  private readonly users = new Map<number, FakeUser>();
  private readonly webAssignments: Assignments = new Map();
  private readonly failures: InjectedFailure[] = [];
  private nextGroupId = 100;

  public constructor(siteUrl: string, lists: readonly FakeSharePoint[]) {
    this.siteUrl = siteUrl;
    this.sitePath = decodeURIComponent(new URL(siteUrl).pathname).replace(/\/+$/, '');
    this.lists = lists;
    // As the site comes: its three associated groups, the owners with Full Control, members Edit, visitors Read.
    this.groups.set(3, { Id: 3, Title: 'LIS Data Owners', Description: '', OnlyAllowMembersViewMembership: false });
    this.groups.set(4, { Id: 4, Title: 'LIS Data Members', Description: '', OnlyAllowMembersViewMembership: false });
    this.groups.set(5, { Id: 5, Title: 'LIS Data Visitors', Description: '', OnlyAllowMembersViewMembership: false });
    this.webAssignments.set(3, new Set([ROLE_DEF_ID.fullControl]));
    this.webAssignments.set(4, new Set([ROLE_DEF_ID.edit]));
    this.webAssignments.set(5, new Set([ROLE_DEF_ID.read]));
    this.users.set(7, { Id: 7, Title: 'Sara Sandström', IsSiteAdmin: false, groups: new Set([3]) });
    for (const list of lists) {
      // As the Feature Framework provisions them: versioning on, every schema field, indexes as the schema says.
      const fields = new Map<string, boolean>([['Title', list.list.titleIndexed === true || list.list.titleUnique === true]]);
      for (const f of list.list.fields) fields.set(f.internalName, f.indexed === true);
      this.settings.set(list, { exists: true, versioning: true, folderCreation: false, fields, items: new Map() });
    }
  }

  // ---- test controls ---------------------------------------------------------------------------------------

  public failNext(failure: InjectedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** The list's settings (flip versioning, drop an index, remove a field or the whole list). */
  public listSettings(listUrl: string): ListSettings {
    return this.settings.get(this.listByUrl(listUrl)) as ListSettings;
  }

  public addGroup(title: string, memberUserIds: readonly number[] = []): number {
    const id = this.nextGroupId++;
    this.groups.set(id, { Id: id, Title: title, Description: '', OnlyAllowMembersViewMembership: true });
    for (const userId of memberUserIds) this.users.get(userId)?.groups.add(id);
    return id;
  }

  public groupByTitle(title: string): FakeGroup | undefined {
    return [...this.groups.values()].find((g) => g.Title.toLowerCase() === title.toLowerCase());
  }

  public groupTitles(): string[] {
    return [...this.groups.values()].map((g) => g.Title);
  }

  public renameGroup(title: string, newTitle: string): void {
    const group = this.groupByTitle(title);
    if (!group) throw new Error(`no group ${title}`);
    group.Title = newTitle;
  }

  /** The signed-in user: site admin flag and the groups (by title) they are in. */
  public setCurrentUser(user: { IsSiteAdmin?: boolean; groups?: readonly string[] }): void {
    const groups = new Set((user.groups ?? []).map((title) => {
      const group = this.groupByTitle(title);
      if (!group) throw new Error(`no group ${title}`);
      return group.Id;
    }));
    this.users.set(this.currentUserId, { Id: this.currentUserId, Title: 'Sara Sandström', IsSiteAdmin: user.IsSiteAdmin === true, groups });
  }

  /** Role assignments (principal title → role names) of a list or a list item; undefined when it inherits. */
  public assignmentsOf(listUrl: string, itemId?: number): Record<string, string[]> | undefined {
    const settings = this.listSettings(listUrl);
    const own = itemId === undefined ? settings.own : settings.items.get(itemId);
    if (!own) return undefined;
    const out: Record<string, string[]> = {};
    for (const [principal, defs] of own) out[this.principalTitle(principal)] = [...defs].map((d) => FAKE_ROLE_DEFINITIONS.find((r) => r.Id === d)?.Name ?? String(d)).sort();
    return out;
  }

  /** Someone grants by hand (the list or item must have unique permissions, or it is broken first, copying). */
  public grantByHand(listUrl: string, itemId: number | undefined, principalTitle: string, roleDefId: number): void {
    const list = this.listByUrl(listUrl);
    const settings = this.settings.get(list) as ListSettings;
    const principal = this.groupByTitle(principalTitle)?.Id ?? [...this.users.values()].find((u) => u.Title === principalTitle)?.Id;
    if (principal === undefined) throw new Error(`no principal ${principalTitle}`);
    let own = itemId === undefined ? settings.own : settings.items.get(itemId);
    if (!own) {
      own = new Map([...this.inherited(settings, undefined)].map(([p, d]) => [p, new Set(d)]));
      if (itemId === undefined) settings.own = own;
      else {
        settings.items.set(itemId, own);
        list.uniqueScopes.add(itemId);
      }
    }
    const defs = own.get(principal) ?? new Set<number>();
    defs.add(roleDefId);
    own.set(principal, defs);
  }

  /** An item gets its own permissions by hand (sharing link, "Manage access"). */
  public breakItemByHand(listUrl: string, itemId: number): void {
    const list = this.listByUrl(listUrl);
    const settings = this.settings.get(list) as ListSettings;
    settings.items.set(itemId, new Map([...this.inherited(settings, undefined)].map(([p, d]) => [p, new Set(d)])));
    list.uniqueScopes.add(itemId);
  }

  // ---- the server ------------------------------------------------------------------------------------------

  /** A response for the endpoints above, or undefined to let the site answer. */
  public route(url: string, init: RequestInit): Response | undefined {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname);
    if (!path.toLowerCase().startsWith(`${this.sitePath.toLowerCase()}/_api/`)) return undefined;
    const api = path.slice(this.sitePath.length + '/_api/'.length);
    const headers = new Headers(init.headers as HeadersInit | undefined);
    const method = (headers.get('x-http-method') ?? init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' && init.body.length > 0 ? init.body : undefined;
    const handler = this.handlerFor(api, method, parsed.searchParams, body);
    if (!handler) return undefined;
    const recorded = { method, url, headers: Object.fromEntries([...headers.entries()]), body };
    const failure = this.failures.find((f) => (f.times ?? 1) > 0 && (!f.when || f.when(recorded)));
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      return new Response(failure.body ?? JSON.stringify({ 'odata.error': { code: String(failure.status), message: { lang: 'en-US', value: 'injected' } } }), {
        status: failure.status,
        headers: { 'Content-Type': 'application/json', ...(failure.headers ?? {}) },
      });
    }
    if (method !== 'GET') {
      if (this.denyWrites) return spError(403, 'Access denied. You do not have permission to perform this action or access this resource.');
      const response = handler();
      if (response.status < 300) this.writes.push({ method, path: api, body: body === undefined ? undefined : (JSON.parse(body) as unknown) });
      return response;
    }
    return handler();
  }

  private handlerFor(api: string, method: string, query: URLSearchParams, body: string | undefined): (() => Response) | undefined {
    const lower = api.toLowerCase();
    if (lower === 'web/currentuser' && method === 'GET') return () => this.currentUser(query);
    if (lower === 'web/currentuser/groups' && method === 'GET') return () => this.userGroups(query);
    if (lower === 'web/sitegroups' && method === 'GET') return () => this.siteGroups(query);
    if (lower === 'web/sitegroups' && method === 'POST') return () => this.addGroupFromBody(body);
    const groupById = /^web\/sitegroups\((\d+)\)$/i.exec(api);
    if (groupById && method === 'MERGE') return () => this.updateGroup(Number(groupById[1]), body);
    if (lower === 'web/associatedownergroup' && method === 'GET') return () => (checkSelect(query, ['Id', 'Title'], 'SP.Group') ?? json(200, project(this.groupJson(this.groups.get(this.ownersGroupId) as FakeGroup), query)));
    const byType = /^web\/roledefinitions\/getbytype\((\d+)\)$/i.exec(api);
    if (byType && method === 'GET') return () => this.roleDefinition(Number(byType[1]), query);

    const listMatch = /^web\/getlist\('((?:[^']|'')*)'\)(.*)$/i.exec(api) ?? /^web\/lists\(guid'([0-9a-f-]+)'\)(.*)$/i.exec(api);
    if (!listMatch) return undefined;
    const ref = listMatch[1].replace(/''/g, "'").toLowerCase();
    const list = this.lists.find((l) => l.listServerRelativeUrl.toLowerCase() === ref || l.listGuid.toLowerCase() === ref);
    if (!list) return undefined;
    const settings = this.settings.get(list) as ListSettings;
    const rest = listMatch[2];
    const notFound = (): Response => spError(404, 'List does not exist.', '-2130575322, Microsoft.SharePoint.SPException');
    const guard = (handler: () => Response): (() => Response) => () => (settings.exists ? handler() : notFound());

    if (rest === '' && method === 'GET') return guard(() => this.listInfo(list, settings, query));
    if (rest === '' && method === 'MERGE') return guard(() => this.updateList(settings, body));
    if (/^\/fields$/i.test(rest) && method === 'GET') return guard(() => this.fields(settings, query));
    const field = /^\/fields\/getByInternalNameOrTitle\('((?:[^']|'')*)'\)$/i.exec(rest);
    if (field && method === 'MERGE') return guard(() => this.updateField(settings, field[1].replace(/''/g, "'"), body));
    if (/^\/rootFolder\/folders$/i.test(rest) && method === 'GET') return guard(() => this.folders(list, query));
    if (/^\/AddValidateUpdateItemUsingPath\(\)$/i.test(rest) && method === 'POST' && this.isFolderCreate(body)) return guard(() => this.createFolder(list, settings, body as string));

    const securable = /^(?:\/items\((\d+)\))?\/(roleassignments|breakroleinheritance\(copyroleassignments=(true|false),clearsubscopes=(true|false)\)|resetroleinheritance|roleassignments\/(addroleassignment|removeroleassignment)\(principalid=(\d+),roledefid=(\d+)\))$/i.exec(rest);
    if (!securable) return undefined;
    const itemId = securable[1] === undefined ? undefined : Number(securable[1]);
    const op = securable[2].toLowerCase();
    return guard(() => {
      if (itemId !== undefined && !list.folders().some((f) => f.id === itemId) && list.folderOf(itemId) === undefined) {
        return spError(404, 'Item does not exist. It may have been deleted by another user.', '-2130575338, Microsoft.SharePoint.SPException');
      }
      if (op === 'roleassignments' && method === 'GET') return this.roleAssignments(settings, itemId, query);
      if (method !== 'POST') return spError(405, `Unsupported ${method}`);
      if (op.startsWith('breakroleinheritance')) return this.breakInheritance(list, settings, itemId, securable[3] === 'true');
      if (op === 'resetroleinheritance') return this.resetInheritance(list, settings, itemId);
      return this.changeAssignment(settings, itemId, securable[5].toLowerCase() === 'addroleassignment', Number(securable[6]), Number(securable[7]));
    });
  }

  private listByUrl(listUrl: string): FakeSharePoint {
    const list = this.lists.find((l) => l.list.url.toLowerCase() === listUrl.replace(/^\/+/, '').toLowerCase());
    if (!list) throw new Error(`no list ${listUrl} on the fake site`);
    return list;
  }

  private principalTitle(id: number): string {
    return this.groups.get(id)?.Title ?? this.users.get(id)?.Title ?? `principal ${id}`;
  }

  private groupJson(group: FakeGroup): Record<string, unknown> {
    return { 'odata.type': 'SP.Group', 'odata.id': `${this.siteUrl}/_api/Web/SiteGroups/GetById(${group.Id})`, Id: group.Id, Title: group.Title, Description: group.Description, OnlyAllowMembersViewMembership: group.OnlyAllowMembersViewMembership, PrincipalType: 8, LoginName: group.Title };
  }

  private currentUser(query: URLSearchParams): Response {
    const invalid = checkSelect(query, ['Id', 'Title', 'IsSiteAdmin', 'Email', 'LoginName'], 'SP.User');
    if (invalid) return invalid;
    const user = this.users.get(this.currentUserId) as FakeUser;
    return json(200, project({ 'odata.type': 'SP.User', Id: user.Id, Title: user.Title, IsSiteAdmin: user.IsSiteAdmin, Email: '', LoginName: `i:0#.f|membership|${user.Id}` }, query));
  }

  private userGroups(query: URLSearchParams): Response {
    const invalid = checkSelect(query, ['Id', 'Title', 'Description', 'LoginName'], 'SP.Group');
    if (invalid) return invalid;
    const user = this.users.get(this.currentUserId) as FakeUser;
    const value = [...user.groups].map((id) => this.groups.get(id)).filter((g): g is FakeGroup => g !== undefined).map((g) => project(this.groupJson(g), query));
    return json(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.ApiData.Groups`, value });
  }

  private siteGroups(query: URLSearchParams): Response {
    const invalid = checkSelect(query, ['Id', 'Title', 'Description', 'LoginName', 'OnlyAllowMembersViewMembership'], 'SP.Group');
    if (invalid) return invalid;
    return json(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.ApiData.Groups`, value: [...this.groups.values()].map((g) => project(this.groupJson(g), query)) });
  }

  private parseBody(body: string | undefined, allowed: readonly string[], type: string): Record<string, unknown> | Response {
    let values: unknown;
    try {
      values = JSON.parse(body ?? '');
    } catch {
      return badRequest('Invalid JSON. A token was not recognized in the JSON content.');
    }
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return badRequest('Expected an object.');
    const unknown = Object.keys(values).find((k) => allowed.indexOf(k) < 0);
    if (unknown) return badRequest(`The property '${unknown}' does not exist on type '${type}'.`);
    return values as Record<string, unknown>;
  }

  private addGroupFromBody(body: string | undefined): Response {
    const values = this.parseBody(body, GROUP_BODY_KEYS, 'SP.Group');
    if (values instanceof Response) return values;
    const title = values.Title;
    if (typeof title !== 'string' || title.trim() === '' || title.length > 255) return badRequest('The group name is empty or too long.');
    if (this.groupByTitle(title)) return spError(400, 'The specified name is already in use.', '-2130575293, Microsoft.SharePoint.SPException');
    const id = this.nextGroupId++;
    const group: FakeGroup = { Id: id, Title: title, Description: typeof values.Description === 'string' ? values.Description : '', OnlyAllowMembersViewMembership: values.OnlyAllowMembersViewMembership !== false };
    this.groups.set(id, group);
    return json(201, this.groupJson(group));
  }

  private updateGroup(id: number, body: string | undefined): Response {
    const group = this.groups.get(id);
    if (!group) return spError(404, 'Group cannot be found.', '-2146232832, Microsoft.SharePoint.SPException');
    const values = this.parseBody(body, ['__metadata', 'Title', 'Description'], 'SP.Group');
    if (values instanceof Response) return values;
    if (typeof values.Title === 'string') {
      const other = this.groupByTitle(values.Title);
      if (other && other.Id !== id) return spError(400, 'The specified name is already in use.', '-2130575293, Microsoft.SharePoint.SPException');
      group.Title = values.Title;
    }
    if (typeof values.Description === 'string') group.Description = values.Description;
    return new Response(null, { status: 204 });
  }

  private roleDefinition(kind: number, query: URLSearchParams): Response {
    const invalid = checkSelect(query, ['Id', 'Name', 'RoleTypeKind', 'Hidden'], 'SP.RoleDefinition');
    if (invalid) return invalid;
    const def = FAKE_ROLE_DEFINITIONS.find((d) => d.RoleTypeKind === kind);
    if (!def) return spError(404, 'Cannot find the role definition.', '-2146232832, Microsoft.SharePoint.SPException');
    return json(200, project({ 'odata.type': 'SP.RoleDefinition', ...def }, query));
  }

  private listInfo(list: FakeSharePoint, settings: ListSettings, query: URLSearchParams): Response {
    const invalid = checkSelect(query, LIST_SELECT, 'SP.List');
    if (invalid) return invalid;
    return json(200, project({ 'odata.type': 'SP.List', Id: list.listGuid, Title: list.list.title, EnableVersioning: settings.versioning, EnableFolderCreation: settings.folderCreation, HasUniqueRoleAssignments: settings.own !== undefined, MajorVersionLimit: 500 }, query));
  }

  private updateList(settings: ListSettings, body: string | undefined): Response {
    const values = this.parseBody(body, LIST_BODY_KEYS, 'SP.List');
    if (values instanceof Response) return values;
    if (typeof values.EnableVersioning === 'boolean') settings.versioning = values.EnableVersioning;
    if (typeof values.EnableFolderCreation === 'boolean') settings.folderCreation = values.EnableFolderCreation;
    return new Response(null, { status: 204 });
  }

  private fields(settings: ListSettings, query: URLSearchParams): Response {
    const invalid = checkSelect(query, ['InternalName', 'Indexed', 'Title', 'Id'], 'SP.Field');
    if (invalid) return invalid;
    // SharePoint lists also hold its own fields; the health check must ignore them.
    const builtIn: Array<[string, boolean]> = [['ID', true], ['Modified', false], ['Created', false], ['Author', false], ['Editor', false], ['FileLeafRef', false]];
    const value = [...builtIn, ...settings.fields].map(([name, indexed]) => project({ 'odata.type': 'SP.Field', InternalName: name, Indexed: indexed, Title: name }, query));
    return json(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.ApiData.Fields`, value });
  }

  private updateField(settings: ListSettings, name: string, body: string | undefined): Response {
    if (!settings.fields.has(name)) return spError(400, `Column '${name}' does not exist. It may have been deleted by another user.`, '-2147024809, System.ArgumentException');
    const values = this.parseBody(body, ['__metadata', 'Indexed'], 'SP.Field');
    if (values instanceof Response) return values;
    if (typeof values.Indexed === 'boolean') settings.fields.set(name, values.Indexed);
    return new Response(null, { status: 204 });
  }

  private folders(list: FakeSharePoint, query: URLSearchParams): Response {
    const invalid = checkSelect(query, FOLDER_SELECT, 'SP.Folder');
    if (invalid) return invalid;
    const root = list.listServerRelativeUrl;
    // A list's root folder also holds SharePoint's own folders without an item (Attachments).
    const value: Array<Record<string, unknown>> = [{ 'odata.type': 'SP.Folder', Name: 'Attachments', ServerRelativeUrl: `${root}/Attachments`, ListItemAllFields: { 'odata.null': true } }];
    for (const folder of list.folders()) {
      value.push({ 'odata.type': 'SP.Folder', Name: folder.name, ServerRelativeUrl: `${root}/${folder.name}`, ListItemAllFields: { 'odata.type': 'SP.ListItem', Id: folder.id, ID: folder.id, HasUniqueRoleAssignments: list.uniqueScopes.has(folder.id) } });
    }
    return json(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.ApiData.Folders`, value: value.map((v) => project(v, query)) });
  }

  private isFolderCreate(body: string | undefined): boolean {
    try {
      return (JSON.parse(body ?? '') as { listItemCreateInfo?: { UnderlyingObjectType?: unknown } }).listItemCreateInfo?.UnderlyingObjectType === 1;
    } catch {
      return false;
    }
  }

  private createFolder(list: FakeSharePoint, settings: ListSettings, body: string): Response {
    const parsed = JSON.parse(body) as { formValues?: unknown; bNewDocumentUpdate?: unknown; listItemCreateInfo?: { FolderPath?: { DecodedUrl?: unknown }; LeafName?: { DecodedUrl?: unknown } } };
    const info = parsed.listItemCreateInfo ?? {};
    const name = info.LeafName?.DecodedUrl;
    if (!Array.isArray(parsed.formValues) || typeof parsed.bNewDocumentUpdate !== 'boolean' || typeof name !== 'string' || typeof info.FolderPath?.DecodedUrl !== 'string') {
      return badRequest('The parameter formValues, bNewDocumentUpdate or listItemCreateInfo is missing or of the wrong type.');
    }
    if (info.FolderPath.DecodedUrl.toLowerCase() !== list.listServerRelativeUrl.toLowerCase()) return spError(404, 'File Not Found.', '-2147024894, System.IO.FileNotFoundException');
    if (!settings.folderCreation) return spError(400, 'Folders are not enabled on this list (EnableFolderCreation is false).', '-2146232832, Microsoft.SharePoint.SPException');
    if (!/^[^"*:<>?/\\|#%]{1,128}$/.test(name)) return badRequest(`Invalid folder name ${name}`);
    const exists = list.folders().some((f) => f.name.toLowerCase() === name.toLowerCase());
    const id = exists ? 0 : list.createFolder(name);
    const row = { 'odata.type': 'SP.ListItemFormUpdateValue', ErrorCode: exists ? -2130575257 : 0, ErrorMessage: exists ? `A file or folder with the name ${name} already exists.` : null, FieldName: 'Title', FieldValue: name, HasException: exists, ItemId: id };
    return json(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#Collection(SP.ListItemFormUpdateValue)`, value: [row] });
  }

  /** What an object without its own assignments shows: the nearest parent's (item → list → web). */
  private inherited(settings: ListSettings, itemId: number | undefined): Assignments {
    if (itemId !== undefined && settings.items.has(itemId)) return settings.items.get(itemId) as Assignments;
    return settings.own ?? this.webAssignments;
  }

  private roleAssignments(settings: ListSettings, itemId: number | undefined, query: URLSearchParams): Response {
    const invalid = checkSelect(query, ASSIGNMENT_SELECT, 'SP.RoleAssignment');
    if (invalid) return invalid;
    const value = [...this.inherited(settings, itemId)].map(([principal, defs]) => ({
      'odata.type': 'SP.RoleAssignment',
      PrincipalId: principal,
      Member: { 'odata.type': this.groups.has(principal) ? 'SP.Group' : 'SP.User', Id: principal, Title: this.principalTitle(principal), PrincipalType: this.groups.has(principal) ? 8 : 1, LoginName: this.principalTitle(principal) },
      RoleDefinitionBindings: [...defs].map((d) => ({ 'odata.type': 'SP.RoleDefinition', ...(FAKE_ROLE_DEFINITIONS.find((r) => r.Id === d) as FakeRoleDefinition) })),
    }));
    return json(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.ApiData.RoleAssignments`, value });
  }

  private breakInheritance(list: FakeSharePoint, settings: ListSettings, itemId: number | undefined, copy: boolean): Response {
    const current = itemId === undefined ? settings.own : settings.items.get(itemId);
    if (!current) {
      const own: Assignments = copy ? new Map([...this.inherited(settings, undefined)].map(([p, d]) => [p, new Set(d)])) : new Map([[this.currentUserId, new Set([ROLE_DEF_ID.fullControl])]]);
      if (itemId === undefined) settings.own = own;
      else {
        settings.items.set(itemId, own);
        list.uniqueScopes.add(itemId);
      }
    }
    return json(200, { 'odata.null': true });
  }

  private resetInheritance(list: FakeSharePoint, settings: ListSettings, itemId: number | undefined): Response {
    if (itemId === undefined) settings.own = undefined;
    else {
      settings.items.delete(itemId);
      list.uniqueScopes.delete(itemId);
    }
    return json(200, { 'odata.null': true });
  }

  private changeAssignment(settings: ListSettings, itemId: number | undefined, add: boolean, principalId: number, roleDefId: number): Response {
    const own = itemId === undefined ? settings.own : settings.items.get(itemId);
    if (!own) return spError(400, 'This operation is not allowed on an object that inherits permissions.', '-2146232832, Microsoft.SharePoint.SPException');
    if (!this.groups.has(principalId) && !this.users.has(principalId)) return spError(404, 'Cannot find the principal.', '-2146232832, Microsoft.SharePoint.SPException');
    if (!FAKE_ROLE_DEFINITIONS.some((d) => d.Id === roleDefId)) return spError(404, 'Cannot find the role definition.', '-2146232832, Microsoft.SharePoint.SPException');
    const defs = own.get(principalId) ?? new Set<number>();
    if (add) defs.add(roleDefId);
    else defs.delete(roleDefId);
    if (defs.size > 0) own.set(principalId, defs);
    else own.delete(principalId);
    return json(200, { 'odata.null': true });
  }
}
