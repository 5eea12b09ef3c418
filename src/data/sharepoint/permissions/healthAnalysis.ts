/**
 * Compares the site's state (siteState.ts) with the schema and the permission model (PERMISSION_PLAN): the health
 * findings, and for each fixable one the concrete write that repairs it. Pure; no requests.
 *
 * Grants are compared per securable object (list or unit folder) as (group title, RoleTypeKind); a unit folder has
 * its own permissions, so it needs the list's grants plus its folder grants; a drifted unit group's grants count under
 * the title it should have (the fix renames it, keeping its members and grants). Ignored: hidden
 * bindings (Limited Access, which SharePoint adds by itself when something below is shared) and the site's
 * associated owners group (site owners keep Full Control so they can run the setup again).
 */
import type { OrgUnit } from '../../../domain/organisation/OrgUnit';
import {
  FIXED_GROUP_DESCRIPTIONS,
  FIXED_GROUP_NAMES,
  FIXED_ROLES,
  ROLE_TYPE_KIND,
  resolveGrants,
  unitFolderName,
  unitGroupDescription,
  unitGroupName,
  unitIdOfGroup,
  type ResolvedGrant,
} from '../../../domain/access';
import type { HealthFinding } from '../../ports/PermissionAdmin';
import { serverRelativeListUrl } from '../listAccess';
import type { Binding, ListState, SiteState } from './siteState';

/** SharePoint's guidance on unique permission scopes per list (the hard limit is 50 000). */
export const SCOPE_WARNING_LIMIT = 5000;

type Unit = Pick<OrgUnit, 'id' | 'name' | 'active'>;

/** A securable object: a list, or a unit folder's list item. */
export interface Scope {
  list: ListState;
  folderItemId?: number;
}

export type Repair =
  | { kind: 'createGroup'; title: string; description: string }
  | { kind: 'renameGroup'; groupId: number; title: string }
  | { kind: 'updateList'; list: ListState; values: Record<string, boolean> }
  | { kind: 'indexField'; list: ListState; field: string }
  | { kind: 'breakInheritance'; scope: Scope }
  | { kind: 'createFolder'; list: ListState; name: string }
  | { kind: 'addGrant'; scope: Scope; group: string; roleTypeKind: number }
  | { kind: 'removeGrant'; scope: Scope; principalId: number; roleDefId: number }
  | { kind: 'resetItem'; list: ListState; itemId: number }
  | { kind: 'moveItem'; list: ListState; itemId: number; unitId: string };

export interface Analysis {
  findings: HealthFinding[];
  /** Repairs with the key of the finding each fixes. */
  repairs: Array<{ key: string; repair: Repair }>;
  checked: { lists: number; groups: number; folders: number; items: number };
}

const LEVEL_BY_KIND: Readonly<Record<number, string>> = { 2: 'read', 3: 'contribute', 6: 'edit' };

function validUnits(units: readonly Unit[]): Unit[] {
  return units.filter((u) => /^\d{1,9}$/.test(u.id));
}

export function analyse(state: SiteState, allUnits: readonly Unit[]): Analysis {
  const units = validUnits(allUnits);
  const findings: HealthFinding[] = [];
  const repairs: Array<{ key: string; repair: Repair }> = [];
  const add = (finding: HealthFinding, repair?: Repair): void => {
    findings.push(finding);
    if (repair && finding.fixable) repairs.push({ key: finding.key, repair });
  };
  let folders = 0;
  let items = 0;

  // Groups: the fixed ones by name, unit groups by the id in their title.
  const byTitle = new Map(state.groups.map((g) => [g.title.toLowerCase(), g] as const));
  /** Drifted unit groups by id → the title they should have (their grants count under that title). */
  const aliases = new Map<number, string>();
  for (const role of FIXED_ROLES) {
    const title = FIXED_GROUP_NAMES[role];
    if (!byTitle.has(title.toLowerCase())) {
      add({ key: `groupMissing:${title}`, kind: 'groupMissing', severity: 'error', subject: title, fixable: true }, { kind: 'createGroup', title, description: FIXED_GROUP_DESCRIPTIONS[role] });
    }
  }
  for (const unit of units) {
    const title = unitGroupName(unit);
    if (byTitle.has(title.toLowerCase())) continue;
    const drifted = state.groups.find((g) => unitIdOfGroup(g.title) === unit.id);
    if (drifted) {
      aliases.set(drifted.id, title);
      add(
        { key: `groupTitleDrift:${unit.id}`, kind: 'groupTitleDrift', severity: 'warning', subject: title, params: { actual: drifted.title, unitId: unit.id }, fixable: true },
        { kind: 'renameGroup', groupId: drifted.id, title },
      );
    } else {
      add({ key: `groupMissing:${title}`, kind: 'groupMissing', severity: 'error', subject: title, params: { unitId: unit.id }, fixable: true }, { kind: 'createGroup', title, description: unitGroupDescription(unit) });
    }
  }

  for (const list of state.lists) {
    const key = list.def.key;
    if (!list.exists) {
      add({ key: `listMissing:${key}`, kind: 'listMissing', severity: 'error', listKey: key, subject: list.def.url, fixable: false });
      continue;
    }
    // Fields and indexes.
    const expectedFields = list.def.fields.map((f) => ({ name: f.internalName, indexed: f.indexed === true }));
    if (list.def.titleIndexed || list.def.titleUnique) expectedFields.push({ name: 'Title', indexed: true });
    for (const field of expectedFields) {
      const indexed = list.fields.get(field.name);
      if (indexed === undefined) {
        add({ key: `fieldMissing:${key}:${field.name}`, kind: 'fieldMissing', severity: 'error', listKey: key, subject: field.name, fixable: false });
      } else if (field.indexed && !indexed) {
        add({ key: `fieldNotIndexed:${key}:${field.name}`, kind: 'fieldNotIndexed', severity: 'error', listKey: key, subject: field.name, fixable: true }, { kind: 'indexField', list, field: field.name });
      }
    }
    // Versioning, and folders in unit-scoped lists.
    const listValues: Record<string, boolean> = {};
    if (!list.versioning) {
      listValues.EnableVersioning = true;
      add({ key: `versioningOff:${key}`, kind: 'versioningOff', severity: 'error', listKey: key, subject: list.def.url, fixable: true });
    }
    if (list.plan.unitScoped && !list.folderCreation) listValues.EnableFolderCreation = true;
    if (Object.keys(listValues).length > 0) repairs.push({ key: list.versioning ? `folderCreationOff:${key}` : `versioningOff:${key}`, repair: { kind: 'updateList', list, values: listValues } });

    // The list's own permissions.
    const listScope: Scope = { list };
    if (!list.unique) {
      add({ key: `listInheritsPermissions:${key}`, kind: 'listInheritsPermissions', severity: 'error', listKey: key, subject: list.def.url, fixable: true }, { kind: 'breakInheritance', scope: listScope });
    } else {
      grantFindings(state, aliases, listScope, list.bindings, resolveGrants(list.plan.listGrants, units), add);
    }

    // Unit folders.
    let scopes = list.unique ? 1 : 0;
    if (list.plan.unitScoped) {
      for (const unit of units) {
        const name = unitFolderName(unit.id);
        const folder = list.folders.get(name);
        folders++;
        const base = `${key}/${name}`;
        if (!folder) {
          add({ key: `folderMissing:${base}`, kind: 'folderMissing', severity: 'error', listKey: key, subject: name, params: { unitId: unit.id }, fixable: true }, { kind: 'createFolder', list, name });
          continue;
        }
        const scope: Scope = { list, folderItemId: folder.itemId };
        if (!folder.unique) {
          add({ key: `folderInheritsPermissions:${base}`, kind: 'folderInheritsPermissions', severity: 'error', listKey: key, subject: name, params: { unitId: unit.id }, fixable: true }, { kind: 'breakInheritance', scope });
        } else {
          scopes++;
          // A folder with its own permissions no longer inherits the list's: it needs the list's grants too.
          grantFindings(state, aliases, scope, folder.bindings, resolveGrants([...list.plan.listGrants, ...list.plan.folderGrants], units, unit), add, name);
        }
      }
      for (const folder of list.folders.values()) if (folder.unique && !units.some((u) => unitFolderName(u.id) === folder.name)) scopes++;
      // Items: placement and item-level permissions.
      const root = serverRelativeListUrl(list.access.webUrl, list.def.url).toLowerCase();
      for (const item of list.items) {
        items++;
        if (item.unique) {
          scopes++;
          add(
            { key: `itemUniquePermissions:${key}:${item.id}`, kind: 'itemUniquePermissions', severity: 'warning', listKey: key, subject: String(item.id), fixable: true },
            { kind: 'resetItem', list, itemId: item.id },
          );
        }
        if (item.unitId === undefined || !/^\d{1,9}$/.test(item.unitId)) continue;
        const folder = unitFolderName(item.unitId);
        if (item.dir.toLowerCase() === `${root}/${folder}`) continue;
        add(
          { key: `itemOutsideUnitFolder:${key}:${item.id}`, kind: 'itemOutsideUnitFolder', severity: 'error', listKey: key, subject: String(item.id), params: { unitId: item.unitId, folder }, fixable: true },
          { kind: 'moveItem', list, itemId: item.id, unitId: item.unitId },
        );
      }
    }
    if (scopes > SCOPE_WARNING_LIMIT) {
      findings.push({ key: `scopeCountHigh:${key}`, kind: 'scopeCountHigh', severity: 'warning', listKey: key, subject: list.def.url, params: { count: scopes, limit: SCOPE_WARNING_LIMIT }, fixable: false });
    }
  }
  return { findings, repairs, checked: { lists: state.lists.length, groups: FIXED_ROLES.length + units.length, folders, items } };
}

/** Missing and unexpected grants on one securable object. */
function grantFindings(
  state: SiteState,
  aliases: ReadonlyMap<number, string>,
  scope: Scope,
  bindings: readonly Binding[],
  expected: readonly ResolvedGrant[],
  add: (finding: HealthFinding, repair?: Repair) => void,
  folder?: string,
): void {
  const key = scope.list.def.key;
  const where = folder ? `${key}/${folder}` : key;
  const params: Record<string, string> = folder ? { folder } : {};
  const relevant = bindings.filter((b) => !b.hidden && b.principalId !== state.ownersGroupId);
  const titleOf = (b: Binding): string => aliases.get(b.principalId) ?? b.principalTitle;
  const matches = (b: Binding, g: ResolvedGrant): boolean => titleOf(b).toLowerCase() === g.group.toLowerCase() && b.roleTypeKind === ROLE_TYPE_KIND[g.level];
  for (const grant of expected) {
    if (relevant.some((b) => matches(b, grant))) continue;
    add(
      { key: `grantMissing:${where}:${grant.group}:${grant.level}`, kind: 'grantMissing', severity: 'error', listKey: key, subject: grant.group, params: { ...params, level: grant.level }, fixable: true },
      { kind: 'addGrant', scope, group: grant.group, roleTypeKind: ROLE_TYPE_KIND[grant.level] },
    );
  }
  for (const binding of relevant) {
    if (expected.some((g) => matches(binding, g))) continue;
    const role = LEVEL_BY_KIND[binding.roleTypeKind] ?? binding.roleName;
    add(
      { key: `grantUnexpected:${where}:${binding.principalTitle}:${role}`, kind: 'grantUnexpected', severity: 'error', listKey: key, subject: binding.principalTitle, params: { ...params, role }, fixable: true },
      { kind: 'removeGrant', scope, principalId: binding.principalId, roleDefId: binding.roleDefId },
    );
  }
}
