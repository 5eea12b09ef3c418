import type { OrgUnit } from '../../domain/organisation/OrgUnit';

/** What the health check looks at. */
export type HealthFindingKind =
  | 'listMissing'
  | 'fieldMissing'
  | 'fieldNotIndexed'
  | 'versioningOff'
  | 'groupMissing'
  | 'groupTitleDrift'
  | 'listInheritsPermissions'
  | 'grantMissing'
  | 'grantUnexpected'
  | 'folderMissing'
  | 'folderInheritsPermissions'
  | 'itemOutsideUnitFolder'
  | 'itemUniquePermissions'
  | 'scopeCountHigh';

/** One thing that differs from the schema or the permission model. */
export interface HealthFinding {
  /** Stable across runs for the same problem (e.g. `grantMissing:classifications:LIS Läsare:read`). */
  key: string;
  kind: HealthFindingKind;
  severity: 'error' | 'warning';
  /** The list key (src/data/schema) when the finding concerns a list, its folder or an item. */
  listKey?: string;
  /** Group title, folder name, field internal name or item id, depending on the kind. */
  subject: string;
  /** Extra facts for the message (expected/actual level, counts …). */
  params?: Readonly<Record<string, string | number>>;
  /** The fix button can repair it (e.g. an absent list needs the app re-added, not a fix). */
  fixable: boolean;
}

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
