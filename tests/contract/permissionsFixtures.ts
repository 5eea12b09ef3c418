/**
 * Shared setup for the permission tests: the full LIS site (every list of ALL_LISTS) on the strict fake, the real
 * PnPjs pipeline with LisRetry, and org units.
 */
import type { SPFI } from '@pnp/sp';
import { ALL_LISTS } from '../../src/data/schema';
import type { OrgUnit } from '../../src/domain/organisation/OrgUnit';
import { SharePointPermissionAdmin } from '../../src/data/sharepoint';
import { FakeSharePointSite, spOverSite } from './fakeSharePointSite';

export const SITE = 'https://contoso.sharepoint.com/sites/lis';
export const API = `${SITE}/_api`;

export function unit(id: string, name: string, active = true): OrgUnit {
  return { id, name, kind: 'namnd', parentId: null, representatives: [], securityContact: null, active, etag: '"1"', modified: '2026-01-01T00:00:00Z', modifiedBy: 'x' };
}

export const UNITS: OrgUnit[] = [unit('12', 'Barn- och utbildningsnämnden'), unit('14', "O'Brien & Söner AB")];

export interface PermissionSetup {
  site: FakeSharePointSite;
  sp: SPFI;
  admin: SharePointPermissionAdmin;
  sleeps: number[];
}

export function permissionSetup(): PermissionSetup {
  const site = new FakeSharePointSite(ALL_LISTS, SITE);
  const { sp, sleeps } = spOverSite(site);
  return { site, sp, admin: new SharePointPermissionAdmin(sp, SITE, { now: () => new Date('2026-11-28T10:00:00Z'), batch: { sleep: async (ms) => void sleeps.push(ms) } }), sleeps };
}

/** Requests that reached the site, `$batch` parts not unpacked. */
export function methodAndPath(r: { method: string; url: string }): string {
  const u = new URL(r.url);
  return `${r.method} ${decodeURIComponent(u.pathname)}`;
}
