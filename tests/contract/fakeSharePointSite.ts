/**
 * A fake SharePoint SITE for adapter tests that touch several lists and write in batches: one FakeSharePoint
 * (tests/contract/fakeSharePoint.ts) per list, each with its own list GUID, behind one `fetch` that also answers
 * OData `$batch` requests the way SharePoint Online does:
 *
 * - POST {site}/_api/$batch, `Content-Type: multipart/mixed; boundary=batch_<id>`: every part (GET, POST, MERGE,
 *   PATCH, DELETE on a list url) is run against its list in order, each part on its own (no transaction: a failed
 *   part does not undo the others); the response is `multipart/mixed; boundary=batchresponse_<id>` with one
 *   `HTTP/1.1 <status>` part per request, as PnPjs's batch parser reads it.
 * - GET {site}/_api/web/sitegroups/getByName('<name>')/users?$select=… -> the group's users (`setGroup`), 404 when
 *   there is no such group, 400 on an unknown $select property (also inside a batch);
 * - anything else is passed to the list it names (getList('<url>') or Lists(guid'…')).
 *
 * Recorded: `requests` (every HTTP request that reached the site, `$batch` ones with their raw text body) and
 * `batchParts` (each request inside a batch, with its batch number). Failures can be injected on the site
 * (`failNext`, e.g. a 429 for the whole `$batch`) or on a list (`list(def).failNext`, e.g. a 412 or 429 for one part).
 */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import type { ListDefinition } from '../../src/data/schema/types';
import { classificationsList } from '../../src/data/schema/classificationsList';
import { LisRetry, type LisRetryOptions } from '../../src/data/sharepoint/retryBehavior';
import { planFor, unitFolderName } from '../../src/domain/access/permissionPlan';
import { FAKE_SITE_URL, FakeSharePoint, type InjectedFailure, type RecordedRequest } from './fakeSharePoint';
import { FakeSharePointPermissions } from './fakeSharePointPermissions';

export interface RecordedBatchPart {
  /** 0-based number of the `$batch` request it came in. */
  batch: number;
  method: string;
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body?: unknown;
}

/** The raw text of a `$batch` request body (for assertions on the exact wire format). */
export interface RecordedSiteRequest extends RecordedRequest {
  rawBody?: string;
}

function guidFor(index: number): string {
  return `7d2d6a8e-2222-4c5e-9a0b-${String(index + 1).padStart(12, '0')}`;
}

function statusText(status: number): string {
  const texts: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 404: 'Not Found', 412: 'Precondition Failed', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable' };
  return texts[status] ?? 'Status';
}

interface ParsedPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Splits a PnPjs batch body into its requests (method line, headers, body). */
export function parseBatchBody(text: string): ParsedPart[] {
  const lines = text.split(/\r?\n/);
  const parts: ParsedPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const request = /^(GET|POST|PUT|PATCH|MERGE|DELETE) (\S+) HTTP\/1\.1$/.exec(lines[i]);
    if (!request) continue;
    const headers: Record<string, string> = {};
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() !== ''; j++) {
      const colon = lines[j].indexOf(':');
      if (colon > 0) headers[lines[j].slice(0, colon).trim().toLowerCase()] = lines[j].slice(colon + 1).trim();
    }
    const bodyLines: string[] = [];
    for (j = j + 1; j < lines.length && !/^--(batch|changeset)_/.test(lines[j]); j++) bodyLines.push(lines[j]);
    parts.push({ method: request[1], url: request[2], headers, body: bodyLines.join('\n').trim() });
    i = j - 1;
  }
  return parts;
}

/** A site user as `/_api/web/sitegroups/getByName('…')/users` returns it. */
export interface FakeSiteUser {
  Id: number;
  Title: string;
  Email: string;
  UserPrincipalName: string | null;
  LoginName: string;
  PrincipalType: number;
}

const SITE_USER_PROPERTIES = ['Id', 'Title', 'Email', 'UserPrincipalName', 'LoginName', 'PrincipalType', 'IsSiteAdmin'];

export class FakeSharePointSite {
  public readonly siteUrl: string;
  public readonly requests: RecordedSiteRequest[] = [];
  public readonly batchParts: RecordedBatchPart[] = [];
  private readonly lists: FakeSharePoint[];
  private readonly failures: InjectedFailure[] = [];
  private readonly groups = new Map<string, FakeSiteUser[]>();
  private batchCount = 0;

  public constructor(lists: readonly ListDefinition[], siteUrl: string = FAKE_SITE_URL) {
    this.siteUrl = siteUrl.replace(/\/+$/, '');
    this.lists = lists.map((def, index) => new FakeSharePoint(this.siteUrl, def, guidFor(index)));
    this.permissions = new FakeSharePointPermissions(this.siteUrl, this.lists);
  }

  /** Groups, role definitions and assignments, inheritance, current user, list/field settings (its own module). */
  public readonly permissions: FakeSharePointPermissions;

  /** The fake list for a definition (seed items, inject failures per list, read raw values). */
  public list(def: ListDefinition): FakeSharePoint {
    const found = this.lists.find((l) => l.list.url === def.url);
    if (!found) throw new Error(`no list ${def.url} on the fake site`);
    return found;
  }

  /** Creates (or replaces) a site group with these users (name matched ignoring case, as SharePoint does). */
  public setGroup(name: string, users: ReadonlyArray<Partial<FakeSiteUser> & { Title: string }>): void {
    this.groups.set(
      name.toLowerCase(),
      users.map((u, index) => ({ Id: index + 10, Email: '', UserPrincipalName: null, LoginName: `i:0#.f|membership|${u.UserPrincipalName ?? u.Title}`, PrincipalType: 1, ...u })),
    );
  }

  /** Creates a folder (e.g. a unit's `enhet-12`) at the root of a list, as the setup does. */
  public createFolder(listUrl: string, name: string): number {
    const list = this.lists.find((l) => l.list.url.toLowerCase() === listUrl.replace(/^\/+/, '').toLowerCase());
    if (!list) throw new Error(`no list ${listUrl} on the fake site`);
    return list.createFolder(name);
  }

  /** Creates `enhet-<id>` in every unit-scoped list of the site for these unit ids (the setup's job). */
  public createUnitFolders(unitIds: readonly string[]): void {
    for (const l of this.lists) {
      if (planFor(l.list.key)?.unitScoped !== true) continue;
      for (const id of unitIds) l.createFolder(unitFolderName(id));
    }
  }

  /**
   * A classification object `objectId` owned by `unitId` (in its unit folder), with the unit folders in every
   * unit-scoped list: what plan entries, handovers and snapshots of that object need (their folder is the owner's).
   */
  public seedClassificationObject(objectId: string, unitId: string): void {
    this.createUnitFolders([unitId]);
    this.list(classificationsList).seedAt(Number(objectId), { Title: `Objekt ${objectId}`, LisOwnerUnitId: Number(unitId) }, unitFolderName(unitId));
  }

  /** Injects a failure for requests reaching the site (e.g. the `$batch` request itself). */
  public failNext(failure: InjectedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Number of `$batch` requests answered (not counting injected failures). */
  public get batches(): number {
    return this.batchCount;
  }

  public readonly fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers as HeadersInit | undefined).forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    const rawBody = typeof init.body === 'string' ? init.body : undefined;
    const request: RecordedSiteRequest = { method: (init.method ?? 'GET').toUpperCase(), url, headers, rawBody };
    this.requests.push(request);
    const failure = this.failures.find((f) => (f.times ?? 1) > 0 && (!f.when || f.when(request)));
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      return new Response(failure.body ?? JSON.stringify({ 'odata.error': { code: String(failure.status), message: { lang: 'en-US', value: 'injected' } } }), {
        status: failure.status,
        headers: { 'Content-Type': 'application/json', ...(failure.headers ?? {}) },
      });
    }
    const path = decodeURIComponent(new URL(url).pathname);
    if (/\/_api\/\$batch$/i.test(path) && request.method === 'POST') return this.batch(rawBody ?? '', headers['content-type'] ?? '');
    return this.route(url, init);
  };

  private target(url: string): FakeSharePoint | undefined {
    const path = decodeURIComponent(new URL(url).pathname).toLowerCase();
    return this.lists.find(
      (l) =>
        path.indexOf(`getlist('${l.listServerRelativeUrl.toLowerCase().replace(/'/g, "''")}')`) >= 0 ||
        path.indexOf(`lists(guid'${l.listGuid.toLowerCase()}')`) >= 0 ||
        // An item's virtual file (`<list>[/<folder>]/<ID>_.000`): the list whose url starts the path.
        path.indexOf(`getfilebyserverrelativepath(decodedurl='${l.listServerRelativeUrl.toLowerCase().replace(/'/g, "''")}/`) >= 0,
    );
  }

  private siteGroupUsers(url: string): Response | undefined {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname);
    const sitePath = decodeURIComponent(new URL(this.siteUrl).pathname).replace(/\/+$/, '');
    const match = /^\/_api\/web\/sitegroups\/getByName\('((?:[^']|'')*)'\)\/users$/i.exec(path.slice(sitePath.length));
    if (!path.toLowerCase().startsWith(`${sitePath.toLowerCase()}/_api/`) || !match) return undefined;
    const jsonResponse = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json;odata=minimalmetadata' } });
    const users = this.groups.get(match[1].replace(/''/g, "'").toLowerCase());
    if (!users) return jsonResponse(404, { 'odata.error': { code: '-2146232832, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'Group cannot be found.' } } });
    const select = (parsed.searchParams.get('$select') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = select.find((name) => SITE_USER_PROPERTIES.indexOf(name) < 0);
    if (unknown) return jsonResponse(400, { 'odata.error': { code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: { lang: 'en-US', value: `The property '${unknown}' does not exist on type 'SP.User'.` } } });
    const fields = select.length > 0 ? select : SITE_USER_PROPERTIES;
    const value = users.map((user) => {
      const out: Record<string, unknown> = { 'odata.type': 'SP.User', 'odata.id': `${this.siteUrl}/_api/Web/GetUserById(${user.Id})` };
      for (const name of fields) out[name] = (user as unknown as Record<string, unknown>)[name] ?? null;
      return out;
    });
    return jsonResponse(200, { 'odata.metadata': `${this.siteUrl}/_api/$metadata#SP.ApiData.Users`, value });
  }

  private route(url: string, init: RequestInit): Promise<Response> {
    const permissionResponse = this.permissions.route(url, init);
    if (permissionResponse) return Promise.resolve(permissionResponse);
    const groupUsers = (init.method ?? 'GET').toUpperCase() === 'GET' ? this.siteGroupUsers(url) : undefined;
    if (groupUsers) return Promise.resolve(groupUsers);
    const list = this.target(url);
    if (!list) {
      return Promise.resolve(
        new Response(JSON.stringify({ 'odata.error': { code: '-2147024894, System.IO.FileNotFoundException', message: { lang: 'en-US', value: 'File Not Found.' } } }), {
          status: 404,
          headers: { 'Content-Type': 'application/json' },
        }),
      );
    }
    return list.fetch(url, init);
  }

  private async batch(text: string, contentType: string): Promise<Response> {
    if (!/multipart\/mixed;\s*boundary=batch_/i.test(contentType)) {
      return new Response(JSON.stringify({ 'odata.error': { code: '-1', message: { lang: 'en-US', value: 'Expected multipart/mixed' } } }), { status: 400 });
    }
    const batch = this.batchCount++;
    const out: string[] = [];
    const boundary = `batchresponse_${String(batch).padStart(8, '0')}-0000-0000-0000-000000000000`;
    for (const part of parseBatchBody(text)) {
      let body: unknown;
      try {
        body = part.body ? JSON.parse(part.body) : undefined;
      } catch {
        body = part.body;
      }
      this.batchParts.push({ batch, method: part.method, url: part.url, headers: part.headers, body });
      const headers: Record<string, string> = { ...part.headers };
      let method = part.method;
      if (method === 'MERGE' || method === 'PATCH' || method === 'DELETE') {
        headers['x-http-method'] = method === 'PATCH' ? 'MERGE' : method;
        method = 'POST';
      }
      const response = await this.route(part.url, { method, headers, body: method === 'GET' ? undefined : part.body });
      const responseText = response.status === 204 ? '' : await response.text();
      out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
      out.push(`HTTP/1.1 ${response.status} ${statusText(response.status)}`);
      out.push('CONTENT-TYPE: application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
      const etag = response.headers.get('ETag');
      if (etag) out.push(`ETag: ${etag}`);
      const retryAfter = response.headers.get('Retry-After');
      if (retryAfter) out.push(`Retry-After: ${retryAfter}`);
      out.push('', responseText);
    }
    out.push(`--${boundary}--`, '');
    return new Response(out.join('\n'), { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` } });
  }
}

/** The real PnPjs pipeline with LisRetry sending to the fake site; sleeps are recorded, not waited. */
export function spOverSite(site: FakeSharePointSite, retry: LisRetryOptions = {}): { sp: SPFI; sleeps: number[] } {
  const sleeps: number[] = [];
  const sp = spfi(site.siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    DefaultParse(),
    LisRetry({
      fetch: site.fetch,
      sleep: async (ms: number): Promise<void> => {
        sleeps.push(ms);
      },
      ...retry,
    }),
  );
  return { sp, sleeps };
}
