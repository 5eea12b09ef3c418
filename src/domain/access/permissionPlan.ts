import type { OrgUnit } from '../organisation/OrgUnit';
import { FIXED_GROUP_NAMES, unitFolderName, unitGroupName, type FixedRole } from './roles';

/** SharePoint's built-in permission levels LIS uses (role definitions by RoleTypeKind). */
export const PERMISSION_LEVELS = ['read', 'contribute', 'edit'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/** RoleTypeKind of each level: Reader 2, Contributor 3, Editor 6 (`web/roledefinitions/getByType(n)`). */
export const ROLE_TYPE_KIND: Readonly<Record<PermissionLevel, number>> = { read: 2, contribute: 3, edit: 6 };

/** Who a grant is for: a fixed group, every unit group, or the unit group of the folder's unit. */
export type Principal = { kind: 'fixed'; role: FixedRole } | { kind: 'allUnits' } | { kind: 'unit' };

export interface Grant {
  principal: Principal;
  level: PermissionLevel;
}

/**
 * How one list is protected. Every LIS list breaks inheritance from the site (only the grants below apply; site
 * owners keep full control through the site collection). `unitScoped` lists keep each unit's items in the unit's
 * folder (`enhet-<id>`), which breaks inheritance with `folderGrants` for that unit's group.
 */
export interface ListPermissionPlan {
  listKey: string;
  listGrants: readonly Grant[];
  unitScoped: boolean;
  folderGrants: readonly Grant[];
}

const coordinator: Grant = { principal: { kind: 'fixed', role: 'coordinator' }, level: 'edit' };
const readers: Grant = { principal: { kind: 'fixed', role: 'reader' }, level: 'read' };
const itRead: Grant = { principal: { kind: 'fixed', role: 'itStaff' }, level: 'read' };
const unitsRead: Grant = { principal: { kind: 'allUnits' }, level: 'read' };
const unitContribute: Grant = { principal: { kind: 'unit' }, level: 'contribute' };

/** Reference data: everyone with a LIS role reads, only coordinators write. */
function referenceList(listKey: string): ListPermissionPlan {
  return { listKey, listGrants: [coordinator, readers, itRead, unitsRead], unitScoped: false, folderGrants: [] };
}

/** A unit's own data: coordinators write and readers read everything; each unit's group writes its own folder. */
function unitList(listKey: string, extra: readonly Grant[] = []): ListPermissionPlan {
  return { listKey, listGrants: [coordinator, readers, ...extra], unitScoped: true, folderGrants: [unitContribute] };
}

/** The permission model per list (keys of src/data/schema ALL_LISTS). */
export const PERMISSION_PLAN: readonly ListPermissionPlan[] = [
  referenceList('orgUnits'),
  referenceList('requirements'),
  referenceList('riskMatrices'),
  referenceList('sharedInfoTypes'),
  // IT reads the objects it works for (names and profiles in its queue); see canReadClassificationObject.
  unitList('classifications', [itRead]),
  unitList('classificationVersions'),
  unitList('actionPlanEntries'),
  // The IT unit works the whole queue across units.
  unitList('handovers', [{ principal: { kind: 'fixed', role: 'itStaff' }, level: 'contribute' }]),
  unitList('riskAnalyses'),
  unitList('risks'),
  unitList('riskActions'),
  // Who was reminded of what: the coordinators only (the scheduled job writes with its app permission).
  { listKey: 'reminderLog', listGrants: [coordinator], unitScoped: false, folderGrants: [] },
];

export function planFor(listKey: string): ListPermissionPlan | undefined {
  return PERMISSION_PLAN.filter((p) => p.listKey === listKey)[0];
}

/** A grant resolved to a group title (for a unit folder, `unit` is that folder's unit). */
export interface ResolvedGrant {
  group: string;
  level: PermissionLevel;
}

/** The group titles and levels a list (no unit) or a unit's folder must have, in a stable order. */
export function resolveGrants(grants: readonly Grant[], units: readonly Pick<OrgUnit, 'id' | 'name' | 'active'>[], unit?: Pick<OrgUnit, 'id' | 'name'>): ResolvedGrant[] {
  const out: ResolvedGrant[] = [];
  for (const grant of grants) {
    const p = grant.principal;
    if (p.kind === 'fixed') out.push({ group: FIXED_GROUP_NAMES[p.role], level: grant.level });
    else if (p.kind === 'allUnits') units.filter((u) => u.active).forEach((u) => out.push({ group: unitGroupName(u), level: grant.level }));
    else if (unit) out.push({ group: unitGroupName(unit), level: grant.level });
  }
  return out;
}

/** Every group the model needs for these units: the fixed groups, then one per unit (active or not: data stays). */
export function requiredGroups(units: readonly Pick<OrgUnit, 'id' | 'name'>[]): string[] {
  return [...Object.values(FIXED_GROUP_NAMES), ...units.map((u) => unitGroupName(u))];
}

export { unitFolderName };
