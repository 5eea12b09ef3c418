/**
 * Benchmark (figures only): the permission model at municipality scale.
 *
 * 1. Unique permission scopes per list for N = 50 and 250 units, for (a) per-unit folders (the model LIS uses:
 *    the list + one folder per unit) and (b) per-item permissions (the list + every item), against SharePoint's
 *    guidance of 5 000 and hard limit of 50 000 unique scopes per list. Item counts from a municipality estimate:
 *    1 500 classification objects, 2 approved versions each, 25 handlingsplan rows per object, 10 % of rows handed
 *    over to IT, 500 risk analyses with 10 risks each and 2 actions per risk.
 * 2. HTTP requests (and `$batch` requests, and operations inside them) the setup needs on a freshly installed site
 *    for 50 and 250 units, counted by running SharePointPermissionAdmin.fix through the real PnPjs pipeline over the
 *    strict fake SharePoint (tests/contract/fakeSharePointSite.ts); then a second fix (idempotent: reads only), and
 *    a health check of the site filled with the estimate's items (placed in their unit folders).
 * `bench/run.ts` calls permissionsBenchSection(); alone: npx tsx bench/permissions.ts
 */
import { ALL_LISTS } from '../src/data/schema';
import { SharePointPermissionAdmin } from '../src/data/sharepoint';
import { PERMISSION_PLAN, unitFolderName } from '../src/domain/access';
import type { OrgUnit } from '../src/domain/organisation/OrgUnit';
import { FakeSharePointSite, spOverSite } from '../tests/contract/fakeSharePointSite';

const SITE = 'https://contoso.sharepoint.com/sites/lis';
const GUIDANCE = 5000;
const LIMIT = 50000;

/** Items per unit-scoped list in the municipality estimate. */
export const ESTIMATE: Readonly<Record<string, number>> = {
  classifications: 1500,
  classificationVersions: 1500 * 2,
  actionPlanEntries: 1500 * 25,
  handovers: Math.round(1500 * 25 * 0.1),
  riskAnalyses: 500,
  risks: 500 * 10,
  riskActions: 500 * 10 * 2,
};

function units(n: number): OrgUnit[] {
  return Array.from({ length: n }, (_, i) => ({ id: String(i + 1), name: `Nämnd ${i + 1}`, kind: 'namnd', parentId: null, representatives: [], securityContact: null, active: true, etag: '"1"', modified: '2026-01-01T00:00:00Z', modifiedBy: 'bench' }));
}

function flag(count: number): string {
  return count > LIMIT ? 'OVER the 50 000 limit' : count > GUIDANCE ? 'over the 5 000 guidance' : 'ok';
}

export function scopeLines(unitCounts: readonly number[]): string[] {
  const lines: string[] = [];
  for (const n of unitCounts) {
    lines.push(`  ${n} units — unique scopes per list: (a) per-unit folders | (b) per-item permissions`);
    for (const plan of PERMISSION_PLAN) {
      if (!plan.unitScoped) continue;
      const items = ESTIMATE[plan.listKey] ?? 0;
      const folders = 1 + n;
      const perItem = 1 + items;
      lines.push(`    ${plan.listKey.padEnd(24)} ${String(folders).padStart(6)} (${flag(folders)}) | ${String(perItem).padStart(6)} (${flag(perItem)})`);
    }
  }
  return lines;
}

interface Counts {
  http: number;
  batches: number;
  operations: number;
}

function countsSince(site: FakeSharePointSite, http: number, parts: number): Counts {
  const batchIds = new Set(site.batchParts.slice(parts).map((p) => p.batch));
  return { http: site.requests.length - http, batches: batchIds.size, operations: site.batchParts.length - parts };
}

export async function setupLines(n: number): Promise<string[]> {
  const site = new FakeSharePointSite(ALL_LISTS, SITE);
  const { sp } = spOverSite(site);
  const admin = new SharePointPermissionAdmin(sp, SITE);
  const all = units(n);
  const fix = await admin.fix(all);
  const first = countsSince(site, 0, 0);
  let [http, parts] = [site.requests.length, site.batchParts.length];
  const again = await admin.fix(all);
  const second = countsSince(site, http, parts);

  // Fill the site with the estimate's items, spread over the units' folders, and run the health check.
  for (const def of ALL_LISTS) {
    const count = ESTIMATE[def.key];
    if (!count) continue;
    const list = site.list(def);
    for (let i = 0; i < count; i++) {
      const unitId = String((i % n) + 1);
      const fields: Record<string, unknown> = { Title: `x${i}` };
      if (def.key === 'classifications' || def.key === 'riskAnalyses' || def.key === 'risks') fields.LisOwnerUnitId = Number(unitId);
      if (def.key === 'classificationVersions' || def.key === 'actionPlanEntries' || def.key === 'handovers') fields.LisClassificationId = (i % ESTIMATE.classifications) + 1;
      if (def.key === 'riskActions') fields.LisRiskId = (i % ESTIMATE.risks) + 1;
      list.seed(fields, unitFolderName(unitId));
    }
  }
  [http, parts] = [site.requests.length, site.batchParts.length];
  const report = await admin.check(all);
  const check = countsSince(site, http, parts);
  const line = (label: string, c: Counts): string => `    ${label}: ${c.http} HTTP requests, of which ${c.batches} $batch requests carrying ${c.operations} operations`;
  return [
    `  Setup of a freshly installed site, ${n} units (${fix.repaired.length} findings repaired; findings after: ${fix.report.findings.length}):`,
    line('first fix', first),
    line(`second fix (${again.repaired.length} findings repaired)`, second),
    line(`health check with ${report.checked.items} items (${report.findings.length} findings)`, check),
  ];
}

export async function permissionsBenchSection(log: (line: string) => void = (l) => console.log(l)): Promise<boolean> {
  log('');
  log('Permission model (figures only):');
  try {
    for (const line of scopeLines([50, 250])) log(line);
    for (const n of [50, 250]) for (const line of await setupLines(n)) log(line);
    return false;
  } catch (error) {
    log(`  FAIL  the permission benchmark did not complete: ${error instanceof Error ? error.message : String(error)}`);
    return true;
  }
}

if (require.main === module) {
  permissionsBenchSection().then(
    (failed) => process.exit(failed ? 1 : 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
