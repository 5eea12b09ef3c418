/**
 * List versioning for the fake SharePoint site, kept out of fakeSharePoint.ts: wraps a FakeSharePointSite's `fetch`,
 * records a version of an item each time its etag changes (add, update, someone else's edit, in a batch or not) and
 * answers `GET …/items(<id>)/versions` the way SharePoint Online does (minimal metadata):
 *
 *   { value: [{ VersionLabel: '2.0', VersionId: 512, IsCurrentVersion: true, Created, Editor: { LookupId, LookupValue,
 *               Email }, <fields>, lookups as { LookupId, LookupValue } }] }   newest first
 *
 * Only the selected properties come back ($select of a lookup's id column, which versions do not have, is a 400).
 */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import type { ListDefinition } from '../../src/data/schema/types';
import { LisRetry } from '../../src/data/sharepoint/retryBehavior';
import type { RecordedRequest } from './fakeSharePoint';
import type { FakeSharePointSite } from './fakeSharePointSite';

interface RecordedVersion {
  label: string;
  created: string;
  editor: string;
  fields: Record<string, unknown>;
}

const VERSIONS_PATH = /\/_api\/web\/getList\('((?:[^']|'')*)'\)\/items\((\d+)\)\/versions$/i;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json;odata=minimalmetadata' } });
}

export class FakeSharePointVersions {
  public readonly requests: RecordedRequest[] = [];
  private readonly site: FakeSharePointSite;
  private readonly lists: readonly ListDefinition[];
  private readonly versions = new Map<string, RecordedVersion[]>();
  private readonly seen = new Map<string, string>();
  private clock = 0;
  private failures = 0;
  private failureStatus = 503;

  public constructor(site: FakeSharePointSite, lists: readonly ListDefinition[]) {
    this.site = site;
    this.lists = lists;
  }

  /** The next `times` versions requests answer `status` (e.g. 503 until LisRetry gives up). */
  public failNext(status: number, times: number = 1): void {
    this.failureStatus = status;
    this.failures = times;
  }

  /** Hand-edits a stored version (e.g. junk in LisContent), as an older LIS or a list edit might leave it. */
  public editVersion(def: ListDefinition, id: number, label: string, fields: Record<string, unknown>): void {
    const version = (this.versions.get(`${def.url}/${id}`) ?? []).find((v) => v.label === label);
    if (!version) throw new Error(`no version ${label} of ${def.url}/${id}`);
    Object.assign(version.fields, fields);
  }

  /** Records a version of every item whose etag changed since the last look (call after seeding directly). */
  public snapshot(): void {
    for (const def of this.lists) {
      const list = this.site.list(def);
      let found = 0;
      for (let id = 1; found < list.itemCount && id < 10000; id++) {
        const etag = list.etagOf(id);
        if (etag === undefined) continue;
        found++;
        const key = `${def.url}/${id}`;
        if (this.seen.get(key) === etag) continue;
        this.seen.set(key, etag);
        const history = this.versions.get(key) ?? [];
        this.clock++;
        history.push({
          label: `${history.length + 1}.0`,
          created: new Date(Date.UTC(2026, 1, 1, 9, 0, 0) + this.clock * 60000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
          editor: list.editorName,
          fields: { ...(list.raw(id) ?? {}) },
        });
        this.versions.set(key, history);
      }
    }
  }

  public readonly fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const path = decodeURIComponent(new URL(url).pathname);
    const match = VERSIONS_PATH.exec(path);
    if (!match || (init.method ?? 'GET').toUpperCase() !== 'GET') {
      const response = await this.site.fetch(url, init);
      this.snapshot();
      return response;
    }
    const headers: Record<string, string> = {};
    new Headers(init.headers as HeadersInit | undefined).forEach((value, key) => {
      headers[key.toLowerCase()] = value;
    });
    this.requests.push({ method: 'GET', url, headers, body: undefined });
    if (this.failures > 0) {
      this.failures--;
      return json(this.failureStatus, { 'odata.error': { code: String(this.failureStatus), message: { lang: 'en-US', value: 'injected' } } });
    }
    const sitePath = decodeURIComponent(new URL(this.site.siteUrl).pathname).replace(/\/+$/, '');
    const def = this.lists.find((l) => `${sitePath}/${l.url}`.toLowerCase() === match[1].replace(/''/g, "'").toLowerCase());
    if (!def) return json(404, { 'odata.error': { code: '-2147024894, System.IO.FileNotFoundException', message: { lang: 'en-US', value: 'File Not Found.' } } });
    const id = Number(match[2]);
    if (this.site.list(def).etagOf(id) === undefined) {
      return json(404, { 'odata.error': { code: '-2130575338, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: 'Item does not exist.' } } });
    }
    const select = (new URL(url).searchParams.get('$select') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const lookups = def.fields.filter((f) => f.type === 'Lookup').map((f) => f.internalName);
    const columns = [...def.fields.map((f) => f.internalName), 'Title'];
    const history = this.versions.get(`${def.url}/${id}`) ?? [];
    const value: Record<string, unknown>[] = [];
    for (const [index, version] of history.entries()) {
      const out: Record<string, unknown> = {};
      for (const name of select) {
        if (name === 'VersionLabel') out.VersionLabel = version.label;
        else if (name === 'VersionId') out.VersionId = (index + 1) * 512;
        else if (name === 'IsCurrentVersion') out.IsCurrentVersion = index === history.length - 1;
        else if (name === 'Created') out.Created = version.created;
        else if (name === 'Editor') out.Editor = { LookupId: 7, LookupValue: version.editor, Email: 'sara.sandstrom@kommun.se' };
        else if (lookups.indexOf(name) >= 0) {
          const lookupId = version.fields[`${name}Id`];
          out[name] = typeof lookupId === 'number' ? { LookupId: lookupId, LookupValue: `#${lookupId}` } : null;
        } else if (columns.indexOf(name) >= 0) out[name] = version.fields[name] === undefined ? null : version.fields[name];
        else return json(400, { 'odata.error': { code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', message: { lang: 'en-US', value: `The property '${name}' does not exist on type 'SP.ListItemVersion'.` } } });
      }
      value.push(out);
    }
    return json(200, { 'odata.metadata': `${this.site.siteUrl}/_api/$metadata#SP.ApiData.ListItemVersions`, value: value.reverse() });
  };
}

/** The real PnPjs pipeline (with LisRetry) over the site with versioning. */
export function spOverVersions(versions: FakeSharePointVersions, siteUrl: string): SPFI {
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), DefaultParse(), LisRetry({ fetch: versions.fetch, sleep: async () => undefined }));
}
