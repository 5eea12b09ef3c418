import { desiredSiteState, type ListSchemaFacts, type SiteState } from '../../../domain/access/siteState';
import type { OrgUnit } from '../../../domain/organisation/OrgUnit';
import { ALL_LISTS } from '../../schema';
import type { LisPreviewDatabase } from '../database';

/** Where the preview keeps its simulated SharePoint permission state (JSON in the `meta` store). */
export const SITE_STATE_META_KEY = 'permissions.siteState';

/** A principal SharePoint admins often grant by mistake ("Everyone except external users"). */
export const DEMO_EVERYONE = 'Alla utom externa användare';

/** What the schema says the health check compares: the indexed fields of each list (Title when indexed or unique). */
export function schemaFacts(): ListSchemaFacts[] {
  return ALL_LISTS.map((list) => ({
    listKey: list.key,
    indexedFields: [...(list.titleIndexed || list.titleUnique ? ['Title'] : []), ...list.fields.filter((f) => f.indexed).map((f) => f.internalName)],
  }));
}

/**
 * The site as a demo municipality would have it some months after setup: the newest active unit was added to the register
 * later (no group, no folders), `risks` still inherits the site's permissions, someone shared Riskanalyser with
 * everyone, and one index of the handlingsplan list was never created. The health check has something to show and
 * the fix button something to repair.
 */
export function demoDriftedSite(units: readonly OrgUnit[]): SiteState {
  const state = desiredSiteState(units, schemaFacts());
  const newest = units.filter((u) => u.active).reduce<OrgUnit | undefined>((max, u) => (max === undefined || Number(u.id) > Number(max.id) ? u : max), undefined);
  if (newest !== undefined) {
    const missing = state.groups.filter((g) => g.indexOf(`LIS enhet ${newest.id}:`) === 0)[0];
    state.groups = state.groups.filter((g) => g !== missing);
    Object.keys(state.lists).forEach((key) => {
      const list = state.lists[key];
      list.grants = list.grants.filter((g) => g.group !== missing);
      delete list.folders[`enhet-${newest.id}`];
    });
  }
  if (state.lists.risks) state.lists.risks = { ...state.lists.risks, inherits: true, grants: [] };
  if (state.lists.riskAnalyses) state.lists.riskAnalyses.grants.push({ group: DEMO_EVERYONE, level: 'read' });
  const plans = state.lists.actionPlanEntries;
  if (plans && plans.indexedFields.length > 0) plans.indexedFields = plans.indexedFields.slice(1);
  return state;
}

export async function loadSiteState(db: LisPreviewDatabase): Promise<SiteState | undefined> {
  const raw = await db.get('meta', SITE_STATE_META_KEY);
  if (typeof raw !== 'string') return undefined;
  try {
    const parsed = JSON.parse(raw) as SiteState;
    return parsed && Array.isArray(parsed.groups) && typeof parsed.lists === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export async function saveSiteState(db: LisPreviewDatabase, state: SiteState): Promise<void> {
  await db.put('meta', JSON.stringify(state), SITE_STATE_META_KEY);
}
