/**
 * SharePointPermissionAdmin: the setup and health check of the LIS data site (PermissionAdmin port).
 *
 *   new SharePointPermissionAdmin(sp: SPFI, dataSiteUrl: string, options?)
 *
 * check(units) only reads (siteState.ts: two `$batch` requests plus paged item reads of the unit-scoped lists) and
 * compares with the schema and PERMISSION_PLAN (healthAnalysis.ts).
 *
 * fix(units) is idempotent: it repairs only what the check finds, in dependent phases, each sent as `$batch` chunks:
 *   A. create missing groups (members may see membership: the reminders and the people directory read it), rename
 *      drifted unit groups, turn on versioning (and folder creation on unit-scoped lists), index fields, break
 *      inheritance on lists (`breakroleinheritance(copyroleassignments=false, clearsubscopes=false)`), reset items
 *      that have their own permissions;
 *   B. create missing unit folders (`AddValidateUpdateItemUsingPath`, UnderlyingObjectType 1);
 *   C. break inheritance on the unit folders; move items into their unit's folder (unitFolders.ts's moveTo);
 *   D. read again and apply the grants: add missing ones (`addroleassignment(principalid, roledefid)`, role
 *      definitions by RoleTypeKind), the site owners group keeps Full Control on every object this run broke
 *      inheritance on, and remove unexpected ones (incl. the Full Control SharePoint gives the person who broke
 *      inheritance).
 * It returns the keys of the findings it repaired (`<kind>:<subject…>`, the kind before the first ':') and the
 * report read after fixing. A second run finds nothing and writes nothing. Needs Manage Permissions (site owner);
 * a 401/403 becomes AccessDeniedError saying so.
 */
import type { SPFI } from '@pnp/sp';
import type { IWeb } from '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import type { IItem } from '@pnp/sp/items';
import type { OrgUnit } from '../../../domain/organisation/OrgUnit';
import type { FixResult, HealthFinding, HealthReport, PermissionAdmin } from '../../ports/PermissionAdmin';
import { firstFailure, runBatched, type BatchOperation, type BatchOptions } from '../batchWrites';
import { serverRelativeListUrl } from '../listAccess';
import { UnitFolderItems } from '../unitFolders';
import { analyse, type Analysis, type Repair, type Scope } from './healthAnalysis';
import { permissionError } from './permissionErrors';
import { addRoleAssignment, breakRoleInheritance, removeRoleAssignment, resetRoleInheritance } from './securableWrites';
import { FULL_CONTROL_KIND, SiteStateReader, type SiteState } from './siteState';

export interface PermissionAdminOptions {
  batch?: BatchOptions;
  now?: () => Date;
}

export class SharePointPermissionAdmin implements PermissionAdmin {
  private readonly reader: SiteStateReader;
  private readonly siteUrl: string;
  private readonly options: PermissionAdminOptions;

  public constructor(sp: SPFI, dataSiteUrl: string, options: PermissionAdminOptions = {}) {
    this.siteUrl = dataSiteUrl.replace(/\/+$/, '');
    this.reader = new SiteStateReader(sp, this.siteUrl, options.batch);
    this.options = options;
  }

  public async check(units: readonly OrgUnit[]): Promise<HealthReport> {
    const { analysis } = await this.inspect(units);
    return this.report(analysis);
  }

  public async fix(units: readonly OrgUnit[]): Promise<FixResult> {
    const first = await this.inspect(units);
    if (first.analysis.repairs.length === 0) return { repaired: [], report: this.report(first.analysis) };
    const actions: string[] = [];
    const repairs = first.analysis.repairs;
    const of = (...kinds: Repair['kind'][]): Array<{ key: string; repair: Repair }> => repairs.filter((r) => kinds.indexOf(r.repair.kind) >= 0);
    const web = first.state.lists[0].access.web;
    const broken: Scope[] = [];

    // A. Groups, list settings, indexes, list inheritance, item-level permissions.
    const phaseA = of('createGroup', 'renameGroup', 'updateList', 'indexField', 'resetItem').concat(of('breakInheritance').filter((r) => scopeOf(r.repair)?.folderItemId === undefined));
    await this.write(web, phaseA.map((r) => (w: IWeb) => this.apply(w, first.state, r.repair)), actions, phaseA);
    phaseA.forEach((r) => {
      if (r.repair.kind === 'breakInheritance') broken.push(r.repair.scope);
    });

    // B. Unit folders.
    const phaseB = of('createFolder');
    const created = await this.write(web, phaseB.map((r) => (w: IWeb) => this.apply(w, first.state, r.repair)), actions, phaseB);

    // C. Folder inheritance (existing folders that inherit, and the new ones); items into their unit's folder.
    const folderBreaks: Array<{ key: string; repair: Repair }> = of('breakInheritance').filter((r) => scopeOf(r.repair)?.folderItemId !== undefined);
    phaseB.forEach((r, i) => {
      const itemId = created[i];
      if (r.repair.kind === 'createFolder' && typeof itemId === 'number') {
        folderBreaks.push({ key: `folderInheritsPermissions:${r.repair.list.def.key}/${r.repair.name}`, repair: { kind: 'breakInheritance', scope: { list: r.repair.list, folderItemId: itemId } } });
      }
    });
    await this.write(web, folderBreaks.map((r) => (w: IWeb) => this.apply(w, first.state, r.repair)), actions, folderBreaks);
    folderBreaks.forEach((r) => {
      if (r.repair.kind === 'breakInheritance') broken.push(r.repair.scope);
    });
    for (const r of of('moveItem')) {
      if (r.repair.kind !== 'moveItem') continue;
      try {
        // The placement gateway's move (SP.File.moveTo on the item's virtual file); one request pair per item.
        await new UnitFolderItems(r.repair.list.access, r.repair.list.def).moveTo(r.repair.itemId, r.repair.unitId, r.repair.list.def.key, String(r.repair.itemId));
      } catch (error) {
        throw permissionError(error, 'write');
      }
      actions.push(r.key);
    }

    // D. Grants, against the state after A–C.
    const second = await this.inspect(units);
    const ownerGrants: Array<{ key: string; repair: Repair }> = [];
    const owners = second.state.ownersGroupId;
    if (owners !== undefined) {
      for (const scope of broken) {
        const bindings = bindingsAt(second.state, scope);
        if (bindings.some((b) => b.principalId === owners && b.roleTypeKind === FULL_CONTROL_KIND)) continue;
        ownerGrants.push({ key: `ownersFullControl:${scopeName(scope, second.state)}`, repair: { kind: 'addGrant', scope: rescope(scope, second.state), group: '', roleTypeKind: FULL_CONTROL_KIND } });
      }
    }
    const grants = [...second.analysis.repairs.filter((r) => r.repair.kind === 'addGrant'), ...ownerGrants, ...second.analysis.repairs.filter((r) => r.repair.kind === 'removeGrant')];
    await this.write(web, grants.map((r) => (w: IWeb) => this.apply(w, second.state, r.repair)), actions, grants);

    const after = await this.inspect(units);
    // The findings behind the repairs done (prerequisites such as folder creation or the owners' grant are not findings).
    const repaired = new Map<string, HealthFinding>();
    [...first.analysis.findings, ...second.analysis.findings].forEach((f) => {
      if (actions.indexOf(f.key) >= 0 && !repaired.has(f.key)) repaired.set(f.key, f);
    });
    return { repaired: Array.from(repaired.values()), report: this.report(after.analysis) };
  }

  private async inspect(units: readonly OrgUnit[]): Promise<{ state: SiteState; analysis: Analysis }> {
    const state = await this.reader.read();
    return { state, analysis: analyse(state, units) };
  }

  private report(analysis: Analysis): HealthReport {
    return { checkedAt: (this.options.now ?? (() => new Date()))().toISOString(), findings: analysis.findings, checked: analysis.checked };
  }

  /** Runs the writes in `$batch` chunks; records the action keys; throws the first failure (after the rest ran). */
  private async write(web: IWeb, ops: BatchOperation<unknown>[], actions: string[], done: ReadonlyArray<{ key: string }>): Promise<unknown[]> {
    if (ops.length === 0) return [];
    let results: PromiseSettledResult<unknown>[];
    try {
      results = await runBatched(web, ops, this.options.batch);
    } catch (error) {
      throw permissionError(error, 'write');
    }
    results.forEach((r, i) => {
      if (r.status === 'fulfilled' && actions.indexOf(done[i].key) < 0) actions.push(done[i].key);
    });
    const failure = firstFailure(results);
    if (failure !== undefined) throw permissionError(failure, 'write');
    return results.map((r) => (r.status === 'fulfilled' ? r.value : undefined));
  }

  private apply(w: IWeb, state: SiteState, repair: Repair): Promise<unknown> {
    switch (repair.kind) {
      case 'createGroup':
        return w.siteGroups.add({ Title: repair.title, Description: repair.description, OnlyAllowMembersViewMembership: false, AllowMembersEditMembership: false, AllowRequestToJoinLeave: false });
      case 'renameGroup':
        return w.siteGroups.getById(repair.groupId).update({ Title: repair.title });
      case 'updateList':
        return repair.list.access.list(w).update(repair.values);
      case 'indexField':
        // The field type is passed so PnPjs does not read it first (it only matters for the request body's metadata).
        return repair.list.access.list(w).fields.getByInternalNameOrTitle(repair.field).update({ Indexed: true }, 'SP.Field');
      case 'breakInheritance':
        return breakRoleInheritance(securable(w, repair.scope));
      case 'resetItem':
        return resetRoleInheritance(repair.list.access.list(w).items.getById(repair.itemId));
      case 'createFolder': {
        const listUrl = serverRelativeListUrl(repair.list.access.webUrl, repair.list.def.url);
        return repair.list.access
          .list(w)
          .addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: repair.name }], listUrl, false, undefined, { leafName: repair.name, objectType: 1 })
          .then((values) => createdItemId(values, repair.name));
      }
      case 'addGrant': {
        const principal = repair.group === '' ? state.ownersGroupId : state.groups.find((g) => g.title.toLowerCase() === repair.group.toLowerCase())?.id;
        const roleDef = state.roleDefs.get(repair.roleTypeKind);
        if (principal === undefined || roleDef === undefined) return Promise.reject(new Error(`No group ${repair.group} or role definition ${repair.roleTypeKind} on the site`));
        return addRoleAssignment(securable(w, repair.scope), principal, roleDef);
      }
      case 'removeGrant':
        return removeRoleAssignment(securable(w, repair.scope), repair.principalId, repair.roleDefId);
      case 'moveItem':
        return Promise.resolve(undefined);
    }
  }
}

function scopeOf(repair: Repair): Scope | undefined {
  return repair.kind === 'breakInheritance' || repair.kind === 'addGrant' || repair.kind === 'removeGrant' ? repair.scope : undefined;
}

function securable(w: IWeb, scope: Scope): IList | IItem {
  const list = scope.list.access.list(w);
  return scope.folderItemId === undefined ? list : list.items.getById(scope.folderItemId);
}

/** The same scope in a newer state (its list object there). */
function rescope(scope: Scope, state: SiteState): Scope {
  const list = state.lists.find((l) => l.def.key === scope.list.def.key) ?? scope.list;
  return { list, folderItemId: scope.folderItemId };
}

function bindingsAt(state: SiteState, scope: Scope): SiteState['lists'][number]['bindings'] {
  const list = rescope(scope, state).list;
  if (scope.folderItemId === undefined) return list.bindings;
  for (const folder of list.folders.values()) if (folder.itemId === scope.folderItemId) return folder.bindings;
  return [];
}

function scopeName(scope: Scope, state: SiteState): string {
  const list = rescope(scope, state).list;
  if (scope.folderItemId === undefined) return list.def.key;
  for (const folder of list.folders.values()) if (folder.itemId === scope.folderItemId) return `${list.def.key}/${folder.name}`;
  return `${list.def.key}/${scope.folderItemId}`;
}

/** The folder's item id from AddValidateUpdateItemUsingPath's field results; a field error is a failure. */
function createdItemId(values: unknown, name: string): number {
  const rows = Array.isArray(values) ? values : [];
  const failed = rows.find((r) => (r as { HasException?: unknown }).HasException === true) as { ErrorMessage?: unknown } | undefined;
  if (failed) throw new Error(`SharePoint refused to create folder ${name}: ${String(failed.ErrorMessage)}`);
  const id = rows.map((r) => (r as { ItemId?: unknown }).ItemId).find((v) => typeof v === 'number' && v > 0);
  if (typeof id !== 'number') throw new Error(`SharePoint did not return the id of folder ${name}`);
  return id;
}
