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
