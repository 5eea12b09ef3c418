import type { HealthFinding } from '../../domain/access/healthFinding';
import type { OrgUnit } from '../../domain/organisation/OrgUnit';

export type { HealthFinding, HealthFindingKind } from '../../domain/access/healthFinding';

export interface HealthReport {
  /** ISO instant. */
  checkedAt: string;
  findings: HealthFinding[];
  /** What was checked (shown as "kontrollerade …"). */
  checked: { lists: number; groups: number; folders: number; items: number };
}

/** What the fix did: the findings it repaired (shown with the same texts as the check), and the report after it. */
export interface FixResult {
  repaired: HealthFinding[];
  report: HealthReport;
}

/**
 * Setup and health check of the LIS data site (the coordinator's view). `check` only reads. `fix` creates the groups,
 * breaks inheritance and applies the grants of PERMISSION_PLAN, creates each unit's folders, moves items into their
 * unit's folder, and creates indexes the Feature Framework could not; it is idempotent (running it twice changes
 * nothing the second time) and needs the site's Manage Permissions right (site owner).
 */
export interface PermissionAdmin {
  check(units: readonly OrgUnit[]): Promise<HealthReport>;
  fix(units: readonly OrgUnit[]): Promise<FixResult>;
}
