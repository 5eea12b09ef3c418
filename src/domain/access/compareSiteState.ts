import type { HealthFinding, HealthFindingKind } from './healthFinding';
import type { ResolvedGrant } from './permissionPlan';
import { unitIdOfGroup } from './roles';
import type { SiteFolderState, SiteListState, SiteState } from './siteState';

/**
 * Compares a site's actual permission state with the desired one (siteState.ts) and plans the repair. Pure, so the
 * SharePoint admin and the preview's simulation report the same findings with the same keys and the same actions.
 *
 * Keys: `<kind>:<scope>[:<subject>[:<level>]]` where scope is the list key or `<list key>/<folder>`, e.g.
 * `grantMissing:classifications:LIS Läsare:read`, `folderMissing:risks/enhet-12`, `groupMissing:LIS Läsare`.
 * Actions: `createGroup:<title>`, `renameGroup:<old>=><new>`, `enableVersioning:<list>`, `indexField:<list>:<field>`,
 * `breakInheritance:<scope>`, `createFolder:<scope>`, `addGrant:<scope>:<group>:<level>`,
 * `removeGrant:<scope>:<group>:<level>`.
 */
/** The kinds a comparison of permission state can find (the rest of HealthFindingKind needs the items or schema). */
export type SiteFindingKind = Extract<
  HealthFindingKind,
  | 'listMissing'
  | 'fieldNotIndexed'
  | 'versioningOff'
  | 'groupMissing'
  | 'groupTitleDrift'
  | 'listInheritsPermissions'
  | 'grantMissing'
  | 'grantUnexpected'
  | 'folderMissing'
  | 'folderInheritsPermissions'
>;

/** A HealthFinding of one of those kinds, with the actions that repair it (empty when not fixable). */
export interface SiteFinding extends HealthFinding {
  kind: SiteFindingKind;
  actions: string[];
}

const grantKey = (g: ResolvedGrant): string => `${g.group}:${g.level}`;

/** Actual group titles renamed to the desired title of the same unit (a renamed unit keeps its group). */
function titleMap(desired: SiteState, actual: SiteState): Map<string, string> {
  const desiredByUnit = new Map<string, string>();
  desired.groups.forEach((g) => {
    const id = unitIdOfGroup(g);
    if (id !== undefined) desiredByUnit.set(id, g);
  });
  const map = new Map<string, string>();
  actual.groups.forEach((g) => {
    const id = unitIdOfGroup(g);
    const wanted = id === undefined ? undefined : desiredByUnit.get(id);
    if (wanted !== undefined && wanted !== g) map.set(g, wanted);
  });
  return map;
}

function grantFindings(scope: string, listKey: string, desired: readonly ResolvedGrant[], actual: readonly ResolvedGrant[], rename: Map<string, string>): SiteFinding[] {
  const canonical = actual.map((g) => ({ group: rename.get(g.group) ?? g.group, level: g.level }));
  const have = new Set(canonical.map(grantKey));
  const want = new Set(desired.map(grantKey));
  const folder = scope.indexOf('/') >= 0 ? scope.slice(scope.indexOf('/') + 1) : undefined;
  const base = (g: ResolvedGrant): Record<string, string> => (folder === undefined ? { level: g.level } : { level: g.level, folder });
  const out: SiteFinding[] = [];
  desired
    .filter((g) => !have.has(grantKey(g)))
    .forEach((g) =>
      out.push({ key: `grantMissing:${scope}:${grantKey(g)}`, kind: 'grantMissing', severity: 'error', listKey, subject: g.group, params: base(g), fixable: true, actions: [`addGrant:${scope}:${grantKey(g)}`] }),
    );
  canonical
    .filter((g) => !want.has(grantKey(g)))
    .forEach((g) =>
      out.push({ key: `grantUnexpected:${scope}:${grantKey(g)}`, kind: 'grantUnexpected', severity: 'error', listKey, subject: g.group, params: base(g), fixable: true, actions: [`removeGrant:${scope}:${grantKey(g)}`] }),
    );
  return out;
}

const addGrants = (scope: string, grants: readonly ResolvedGrant[]): string[] => grants.map((g) => `addGrant:${scope}:${grantKey(g)}`);

function folderFindings(listKey: string, name: string, desired: SiteFolderState, actual: SiteFolderState | undefined, rename: Map<string, string>): SiteFinding[] {
  const scope = `${listKey}/${name}`;
  if (!actual) {
    const actions = [`createFolder:${scope}`, `breakInheritance:${scope}`, ...addGrants(scope, desired.grants)];
    return [{ key: `folderMissing:${scope}`, kind: 'folderMissing', severity: 'error', listKey, subject: name, fixable: true, actions }];
  }
  if (actual.inherits) {
    const actions = [`breakInheritance:${scope}`, ...addGrants(scope, desired.grants)];
    return [{ key: `folderInheritsPermissions:${scope}`, kind: 'folderInheritsPermissions', severity: 'error', listKey, subject: name, fixable: true, actions }];
  }
  return grantFindings(scope, listKey, desired.grants, actual.grants, rename);
}

function listFindings(listKey: string, desired: SiteListState, actual: SiteListState | undefined, rename: Map<string, string>): SiteFinding[] {
  if (!actual) return [{ key: `listMissing:${listKey}`, kind: 'listMissing', severity: 'error', listKey, subject: listKey, fixable: false, actions: [] }];
  const out: SiteFinding[] = [];
  if (desired.versioning && !actual.versioning) {
    out.push({ key: `versioningOff:${listKey}`, kind: 'versioningOff', severity: 'error', listKey, subject: listKey, fixable: true, actions: [`enableVersioning:${listKey}`] });
  }
  desired.indexedFields
    .filter((f) => actual.indexedFields.indexOf(f) < 0)
    .forEach((f) =>
      out.push({ key: `fieldNotIndexed:${listKey}:${f}`, kind: 'fieldNotIndexed', severity: 'warning', listKey, subject: f, fixable: true, actions: [`indexField:${listKey}:${f}`] }),
    );
  if (actual.inherits) {
    const actions = [`breakInheritance:${listKey}`, ...addGrants(listKey, desired.grants)];
    out.push({ key: `listInheritsPermissions:${listKey}`, kind: 'listInheritsPermissions', severity: 'error', listKey, subject: listKey, fixable: true, actions });
  } else {
    out.push(...grantFindings(listKey, listKey, desired.grants, actual.grants, rename));
  }
  Object.keys(desired.folders).forEach((name) => out.push(...folderFindings(listKey, name, desired.folders[name], actual.folders[name], rename)));
  return out;
}

/** Everything that differs from the desired state, groups first, then the lists in the desired order. */
export function compareSiteState(desired: SiteState, actual: SiteState): SiteFinding[] {
  const rename = titleMap(desired, actual);
  const renamedTo = new Set(rename.values());
  const out: SiteFinding[] = [];
  rename.forEach((to, from) =>
    out.push({ key: `groupTitleDrift:${to}`, kind: 'groupTitleDrift', severity: 'warning', subject: to, params: { actual: from }, fixable: true, actions: [`renameGroup:${from}=>${to}`] }),
  );
  desired.groups
    .filter((g) => actual.groups.indexOf(g) < 0 && !renamedTo.has(g))
    .forEach((g) => out.push({ key: `groupMissing:${g}`, kind: 'groupMissing', severity: 'error', subject: g, fixable: true, actions: [`createGroup:${g}`] }));
  Object.keys(desired.lists).forEach((listKey) => out.push(...listFindings(listKey, desired.lists[listKey], actual.lists[listKey], rename)));
  return out;
}

/** The state after a fix: groups created or renamed, every existing list and folder as desired (missing lists stay missing). */
export function repairSiteState(desired: SiteState, actual: SiteState): SiteState {
  const rename = titleMap(desired, actual);
  const groups = actual.groups.map((g) => rename.get(g) ?? g);
  desired.groups.forEach((g) => {
    if (groups.indexOf(g) < 0) groups.push(g);
  });
  const lists: Record<string, SiteListState> = {};
  Object.keys(actual.lists).forEach((listKey) => {
    const have = actual.lists[listKey];
    const want = desired.lists[listKey];
    if (!want) {
      lists[listKey] = have;
      return;
    }
    const indexedFields = [...have.indexedFields, ...want.indexedFields.filter((f) => have.indexedFields.indexOf(f) < 0)];
    lists[listKey] = { inherits: false, grants: want.grants.slice(), indexedFields, versioning: want.versioning || have.versioning, folders: { ...have.folders, ...want.folders } };
  });
  return { groups, lists };
}
