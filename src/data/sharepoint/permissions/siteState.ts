/**
 * Reads what the health check compares with the schema and the permission model: site groups, the role definitions
 * LIS uses, and per list its flags, fields, role assignments, unit folders and items. Web- and list-level reads go
 * in one `$batch`; folder role assignments in a second; items are read page by page (only the columns needed).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import type { IWeb } from '@pnp/sp/webs';
import type { IList } from '@pnp/sp/lists';
import { ALL_LISTS, type ListDefinition } from '../../schema';
import { PERMISSION_PLAN, type ListPermissionPlan } from '../../../domain/access';
import { LisListAccess } from '../listAccess';
import { runBatched, type BatchOperation, type BatchOptions } from '../batchWrites';
import { httpStatusOf } from '../storeErrors';
import { lookupIdOf, UNIT_SOURCES } from './unitOfItem';
import { permissionError } from './permissionErrors';

/** Reader 2, Contributor 3, Administrator (Full Control) 5, Editor 6. */
export const ROLE_KINDS_USED = [2, 3, 5, 6] as const;
export const FULL_CONTROL_KIND = 5;

export const ROLE_ASSIGNMENT_SELECT: readonly string[] = [
  'PrincipalId',
  'Member/Id',
  'Member/Title',
  'Member/PrincipalType',
  'RoleDefinitionBindings/Id',
  'RoleDefinitionBindings/Name',
  'RoleDefinitionBindings/RoleTypeKind',
  'RoleDefinitionBindings/Hidden',
];
export const ROLE_ASSIGNMENT_EXPAND: readonly string[] = ['Member', 'RoleDefinitionBindings'];
export const LIST_SELECT: readonly string[] = ['Id', 'EnableVersioning', 'EnableFolderCreation', 'HasUniqueRoleAssignments'];
export const FIELD_SELECT: readonly string[] = ['InternalName', 'Indexed'];
export const FOLDER_SELECT: readonly string[] = ['Name', 'ListItemAllFields/Id', 'ListItemAllFields/HasUniqueRoleAssignments'];
export const ITEM_SCAN_SELECT: readonly string[] = ['Id', 'FSObjType', 'FileDirRef', 'HasUniqueRoleAssignments'];

export interface SiteGroup {
  id: number;
  title: string;
}

/** One role definition bound to one principal on a securable object. */
export interface Binding {
  principalId: number;
  principalTitle: string;
  /** 8 = SharePoint group. */
  principalType: number;
  roleDefId: number;
  roleName: string;
  roleTypeKind: number;
  hidden: boolean;
}

export interface FolderState {
  name: string;
  itemId: number;
  unique: boolean;
  /** Read only when `unique`. */
  bindings: Binding[];
}

export interface ItemState {
  id: number;
  dir: string;
  unique: boolean;
  unitId?: string;
}

export interface ListState {
  def: ListDefinition;
  plan: ListPermissionPlan;
  access: LisListAccess;
  exists: boolean;
  versioning: boolean;
  folderCreation: boolean;
  /** internal name → Indexed */
  fields: Map<string, boolean>;
  unique: boolean;
  bindings: Binding[];
  /** Unit folders (`enhet-<id>`) at the list's root, by name. */
  folders: Map<string, FolderState>;
  items: ItemState[];
}

export interface SiteState {
  groups: SiteGroup[];
  ownersGroupId?: number;
  /** RoleTypeKind → role definition id. */
  roleDefs: Map<number, number>;
  lists: ListState[];
}

const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
const asArray = (value: unknown): unknown[] => {
  if (Array.isArray(value)) return value;
  const results = asRecord(value).results;
  return Array.isArray(results) ? results : [];
};
const num = (value: unknown): number => (typeof value === 'number' ? value : Number.NaN);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function bindingsOf(assignments: unknown): Binding[] {
  const out: Binding[] = [];
  for (const raw of asArray(assignments)) {
    const assignment = asRecord(raw);
    const member = asRecord(assignment.Member);
    const principalId = Number.isFinite(num(member.Id)) ? num(member.Id) : num(assignment.PrincipalId);
    for (const rawBinding of asArray(assignment.RoleDefinitionBindings)) {
      const binding = asRecord(rawBinding);
      out.push({
        principalId,
        principalTitle: str(member.Title),
        principalType: num(member.PrincipalType),
        roleDefId: num(binding.Id),
        roleName: str(binding.Name),
        roleTypeKind: num(binding.RoleTypeKind),
        hidden: binding.Hidden === true,
      });
    }
  }
  return out;
}

function roleAssignmentsQuery(securable: { roleAssignments: IList['roleAssignments'] }): Promise<unknown> {
  return securable.roleAssignments.select(...ROLE_ASSIGNMENT_SELECT).expand(...ROLE_ASSIGNMENT_EXPAND)();
}

/** `enhet-12` → '12' (only the names LIS creates). */
export function unitIdOfFolder(name: string): string | undefined {
  const match = /^enhet-(\d{1,9})$/.exec(name);
  return match ? match[1] : undefined;
}

export class SiteStateReader {
  private readonly sp: SPFI;
  private readonly siteUrl: string;
  private readonly batch: BatchOptions;

  public constructor(sp: SPFI, siteUrl: string, batch: BatchOptions = {}) {
    this.sp = sp;
    this.siteUrl = siteUrl;
    this.batch = batch;
  }

  public async read(): Promise<SiteState> {
    const lists: ListState[] = PERMISSION_PLAN.map((plan) => {
      const def = ALL_LISTS.filter((l) => l.key === plan.listKey)[0];
      return {
        def,
        plan,
        access: new LisListAccess(this.sp, this.siteUrl, def.url),
        exists: true,
        versioning: false,
        folderCreation: false,
        fields: new Map<string, boolean>(),
        unique: false,
        bindings: [],
        folders: new Map<string, FolderState>(),
        items: [],
      };
    });
    const state: SiteState = { groups: [], roleDefs: new Map(), lists };
    const web = lists[0].access.web;

    // 1. Web and list level, one $batch.
    const ops: BatchOperation<void>[] = [
      (w) => w.siteGroups.select('Id', 'Title')().then((groups) => {
        state.groups = asArray(groups).map((g) => ({ id: num(asRecord(g).Id), title: str(asRecord(g).Title) }));
      }),
      (w) => w.associatedOwnerGroup.select('Id')().then((group) => {
        const id = num(asRecord(group).Id);
        if (Number.isFinite(id)) state.ownersGroupId = id;
      }),
      ...ROLE_KINDS_USED.map((kind): BatchOperation<void> => (w) => w.roleDefinitions.getByType(kind).select('Id', 'RoleTypeKind')().then((def) => {
        state.roleDefs.set(kind, num(asRecord(def).Id));
      })),
    ];
    for (const list of lists) {
      ops.push((w) => list.access.list(w).select(...LIST_SELECT)().then((raw) => {
        const info = asRecord(raw);
        list.versioning = info.EnableVersioning === true;
        list.folderCreation = info.EnableFolderCreation === true;
        list.unique = info.HasUniqueRoleAssignments === true;
      }));
      ops.push((w) => list.access.list(w).fields.select(...FIELD_SELECT)().then((fields) => {
        for (const f of asArray(fields)) list.fields.set(str(asRecord(f).InternalName), asRecord(f).Indexed === true);
      }));
      ops.push((w) => roleAssignmentsQuery(list.access.list(w)).then((assignments) => {
        list.bindings = bindingsOf(assignments);
      }));
      if (list.plan.unitScoped) {
        ops.push((w) => list.access.list(w).rootFolder.folders.select(...FOLDER_SELECT).expand('ListItemAllFields')().then((folders) => {
          for (const raw of asArray(folders)) {
            const folder = asRecord(raw);
            const item = asRecord(folder.ListItemAllFields);
            const name = str(folder.Name);
            if (unitIdOfFolder(name) === undefined || !Number.isFinite(num(item.Id))) continue;
            list.folders.set(name, { name, itemId: num(item.Id), unique: item.HasUniqueRoleAssignments === true, bindings: [] });
          }
        }));
      }
    }
    const results = await this.run(web, ops);
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') return;
      // A 404 on a list's own reads: the list is missing (the app is not installed, or someone deleted it).
      const listIndex = index - (2 + ROLE_KINDS_USED.length);
      if (httpStatusOf(result.reason) === 404 && listIndex >= 0) return;
      if (httpStatusOf(result.reason) === 404 && index === 1) return; // no associated owners group
      throw permissionError(result.reason, 'read');
    });
    this.markMissingLists(results, lists);

    // 2. Role assignments of the unit folders that have their own.
    const folderOps: BatchOperation<void>[] = [];
    for (const list of lists) {
      for (const folder of list.folders.values()) {
        if (!folder.unique) continue;
        folderOps.push((w) => roleAssignmentsQuery(list.access.list(w).items.getById(folder.itemId)).then((a) => {
          folder.bindings = bindingsOf(a);
        }));
      }
    }
    const folderResults = await this.run(web, folderOps);
    const failed = folderResults.find((r) => r.status === 'rejected') as PromiseRejectedResult | undefined;
    if (failed) throw permissionError(failed.reason, 'read');

    // 3. Items of the unit-scoped lists: placement, unit, unique permissions. Parents (own unit column) first.
    const unitsById = new Map<string, Map<string, string>>();
    const ordered = lists.filter((l) => l.plan.unitScoped && l.exists).sort((a, b) => (UNIT_SOURCES[a.def.key]?.kind === 'own' ? 0 : 1) - (UNIT_SOURCES[b.def.key]?.kind === 'own' ? 0 : 1));
    for (const list of ordered) {
      const source = UNIT_SOURCES[list.def.key];
      // A unit column deleted by hand is reported as fieldMissing; reading it would fail the whole check.
      const usable = source && list.fields.has(source.column.replace(/Id$/, '')) ? source : undefined;
      const select = usable ? [...ITEM_SCAN_SELECT, usable.column] : ITEM_SCAN_SELECT;
      let raw: unknown[];
      try {
        raw = await list.access.readAll(select, []);
      } catch (error) {
        throw permissionError(error, 'read');
      }
      const units = new Map<string, string>();
      for (const r of raw) {
        const item = asRecord(r);
        if (num(item.FSObjType) === 1) continue;
        const id = num(item.Id);
        const ref = usable ? lookupIdOf(item[usable.column]) : undefined;
        const unitId = !usable || ref === undefined ? undefined : usable.kind === 'own' ? ref : unitsById.get(usable.parentListKey)?.get(ref);
        if (unitId !== undefined) units.set(String(id), unitId);
        list.items.push({ id, dir: str(item.FileDirRef), unique: item.HasUniqueRoleAssignments === true, unitId });
      }
      unitsById.set(list.def.key, units);
    }
    return state;
  }

  private markMissingLists(results: PromiseSettledResult<void>[], lists: ListState[]): void {
    const perList = (list: ListState): number => (list.plan.unitScoped ? 4 : 3);
    let index = 2 + ROLE_KINDS_USED.length;
    for (const list of lists) {
      const own = results.slice(index, index + perList(list));
      if (own.some((r) => r.status === 'rejected')) list.exists = false;
      index += perList(list);
    }
  }

  private async run(web: IWeb, ops: BatchOperation<void>[]): Promise<PromiseSettledResult<void>[]> {
    try {
      return await runBatched(web, ops, this.batch);
    } catch (error) {
      throw permissionError(error, 'read');
    }
  }
}
