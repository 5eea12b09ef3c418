import { compareSiteState, repairSiteState, type SiteFinding } from '../../../domain/access/compareSiteState';
import { PERMISSION_PLAN, requiredGroups } from '../../../domain/access/permissionPlan';
import { desiredSiteState } from '../../../domain/access/siteState';
import { canRunSetup } from '../../../domain/access/UserAccess';
import type { OrgUnit } from '../../../domain/organisation/OrgUnit';
import type { FixResult, HealthFinding, HealthReport, PermissionAdmin } from '../../ports/PermissionAdmin';
import type { LisPreviewDatabase, LisStoreName } from '../database';
import { requireThat, type AccessSource } from './accessRules';
import { demoDriftedSite, loadSiteState, saveSiteState, schemaFacts } from './simulatedSite';

/**
 * The preview's setup and health check: a simulated SharePoint site (groups, list inheritance, grants, unit folders,
 * indexes) kept in the local store, starting with realistic drift (simulatedSite.ts). `check` compares it with the
 * permission model exactly as the SharePoint admin does (src/domain/access/compareSiteState.ts: same kinds, keys and
 * actions); `fix` repairs it and is idempotent. Coordinators only, like the site's Manage Permissions right.
 * "Återställ demodata" clears the meta store, so the drift comes back.
 */
export class LocalPermissionAdmin implements PermissionAdmin {
  public constructor(private readonly _db: LisPreviewDatabase, private readonly _access: AccessSource, private readonly _now: () => Date) {}

  public async check(units: readonly OrgUnit[]): Promise<HealthReport> {
    await this._requireSetupRight();
    return this._report(units, await this._findings(units));
  }

  public async fix(units: readonly OrgUnit[]): Promise<FixResult> {
    await this._requireSetupRight();
    const actual = await this._actual(units);
    const desired = desiredSiteState(units, schemaFacts());
    const repaired = compareSiteState(desired, actual).filter((f) => f.fixable).map(toHealthFinding);
    if (repaired.length > 0) await saveSiteState(this._db, repairSiteState(desired, actual));
    return { repaired, report: this._report(units, await this._findings(units)) };
  }

  private async _requireSetupRight(): Promise<void> {
    requireThat(canRunSetup(await this._access.currentAccess()), 'run the setup and health check');
  }

  private async _actual(units: readonly OrgUnit[]): Promise<ReturnType<typeof demoDriftedSite>> {
    const stored = await loadSiteState(this._db);
    if (stored) return stored;
    const initial = demoDriftedSite(units);
    await saveSiteState(this._db, initial);
    return initial;
  }

  private async _findings(units: readonly OrgUnit[]): Promise<{ findings: HealthFinding[]; items: number }> {
    const actual = await this._actual(units);
    const findings = compareSiteState(desiredSiteState(units, schemaFacts()), actual).map(toHealthFinding);
    const scoped = PERMISSION_PLAN.filter((p) => p.unitScoped).map((p) => p.listKey as LisStoreName);
    const counts = await Promise.all(scoped.map((store) => this._db.count(store)));
    return { findings, items: counts.reduce((sum, n) => sum + n, 0) };
  }

  private _report(units: readonly OrgUnit[], result: { findings: HealthFinding[]; items: number }): HealthReport {
    const scopedLists = PERMISSION_PLAN.filter((p) => p.unitScoped).length;
    return {
      checkedAt: this._now().toISOString(),
      findings: result.findings,
      checked: { lists: PERMISSION_PLAN.length, groups: requiredGroups(units).length, folders: scopedLists * units.length, items: result.items },
    };
  }
}

function toHealthFinding(f: SiteFinding): HealthFinding {
  const finding: HealthFinding = { key: f.key, kind: f.kind, severity: f.severity, subject: f.subject, fixable: f.fixable };
  if (f.listKey !== undefined) finding.listKey = f.listKey;
  if (f.params !== undefined) finding.params = f.params;
  return finding;
}
