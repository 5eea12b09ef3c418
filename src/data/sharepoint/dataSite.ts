/**
 * Where the LIS data lives. Web parts run on any intranet page, in Teams tabs and in the personal app (hosted at
 * the tenant root), so the data site is configuration, never `pageContext.web`:
 *
 *   1. the web part property (an override for one page), when it holds a valid https url;
 *   2. else the tenant property `lis-data-site-url` (admin: `Set-SPOStorageEntity -Site <app catalog>
 *      -Key lis-data-site-url -Value https://contoso.sharepoint.com/sites/lis`), readable from any web;
 *   3. else undefined: the host shows "LIS is not configured".
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import { httpStatusOf, toStoreError } from './storeErrors';

export const DATA_SITE_TENANT_PROPERTY = 'lis-data-site-url';

export interface DataSiteSources {
  /** The web part's `dataSiteUrl` property; blank or invalid means "not overridden". */
  webPartProperty?: string | null;
  /** Reads the tenant property (usually `() => readTenantProperty(sp)`); undefined when not set. */
  readTenantProperty: () => Promise<string | undefined>;
}

/** Path segments that belong to a page or list inside the web rather than to the web itself. */
const INSIDE_WEB = /\/(_layouts|_api|_vti_bin|SitePages|Lists|Shared%20Documents|Shared Documents)(\/.*)?$/i;

/**
 * `https://Contoso.sharepoint.com/sites/lis/SitePages/Home.aspx?x=1` -> `https://contoso.sharepoint.com/sites/lis`.
 * Undefined for anything that is not an absolute https url.
 */
export function normaliseDataSiteUrl(value: string | null | undefined): string | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return undefined;
  const path = url.pathname.replace(INSIDE_WEB, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

/** The data site url: a valid web part property wins, else the tenant property; undefined when neither is usable. */
export async function resolveDataSiteUrl(sources: DataSiteSources): Promise<string | undefined> {
  const override = normaliseDataSiteUrl(sources.webPartProperty);
  if (override) return override;
  return normaliseDataSiteUrl(await sources.readTenantProperty());
}

/**
 * Reads a tenant property (storage entity of the tenant app catalog) through any web:
 * `GET {web}/_api/web/GetStorageEntity('key')`. Undefined when the property is not set (SharePoint answers
 * `odata.null` or an empty value). Access errors and outages are thrown as the ports' typed errors.
 */
export async function readTenantProperty(sp: SPFI, key: string = DATA_SITE_TENANT_PROPERTY): Promise<string | undefined> {
  let entity: unknown;
  try {
    entity = await sp.web.getStorageEntity(key);
  } catch (error) {
    if (httpStatusOf(error) === 404) return undefined;
    throw toStoreError(error, 'TenantProperty', key);
  }
  if (typeof entity !== 'object' || entity === null) return undefined;
  const value = (entity as { Value?: unknown }).Value;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
