import type { OrgUnit } from '../organisation/OrgUnit';
import { PERMISSION_PLAN, requiredGroups, resolveGrants, type ResolvedGrant } from './permissionPlan';
import { unitFolderName } from './roles';

/**
 * The permission-relevant state of the LIS data site, as read by a health check (SharePoint) or kept by the preview's
 * simulation: which groups exist, and per list whether it inherits, its grants, its indexed fields, versioning and its
 * unit folders. Pure data, so the desired state (from PERMISSION_PLAN) and an actual one can be compared.
 */
export interface SiteFolderState {
  inherits: boolean;
  grants: ResolvedGrant[];
}

export interface SiteListState {
  inherits: boolean;
  /** The list's own role assignments (meaningless while it inherits). */
  grants: ResolvedGrant[];
  /** Internal names of the indexed fields. */
  indexedFields: string[];
  versioning: boolean;
  /** Unit folders by folder name (`enhet-12`); empty for lists that are not unit-scoped. */
  folders: Record<string, SiteFolderState>;
}

export interface SiteState {
  groups: string[];
  /** By list key (src/data/schema); a list absent here does not exist on the site. */
  lists: Record<string, SiteListState>;
}

/** What the schema says about a list that the health check compares (the data layer reads it from ALL_LISTS). */
export interface ListSchemaFacts {
  listKey: string;
  indexedFields: readonly string[];
}

/** The state the permission model and the schema require for these units. */
export function desiredSiteState(units: readonly Pick<OrgUnit, 'id' | 'name' | 'active'>[], schema: readonly ListSchemaFacts[]): SiteState {
  const lists: Record<string, SiteListState> = {};
  for (const plan of PERMISSION_PLAN) {
    const facts = schema.filter((s) => s.listKey === plan.listKey)[0];
    const folders: Record<string, SiteFolderState> = {};
    if (plan.unitScoped) {
      for (const unit of units) folders[unitFolderName(unit.id)] = { inherits: false, grants: resolveGrants(plan.folderGrants, units, unit) };
    }
    lists[plan.listKey] = {
      inherits: false,
      grants: resolveGrants(plan.listGrants, units),
      indexedFields: facts ? [...facts.indexedFields] : [],
      versioning: true,
      folders,
    };
  }
  return { groups: requiredGroups(units), lists };
}
