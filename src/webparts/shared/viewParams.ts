/**
 * Parameters a host hands to the view it shows (which item to open): from the page URL's query in SharePoint
 * (`…/SitePages/lis-classification.aspx?objectId=12`, the task links of src/app/links.ts) and, inside Teams, from the
 * tab's subPageId (a deep link's `subPageId`/`subEntityId`, the same query form: `objectId=12`).
 * Only the known keys are read and values are length-limited, so a crafted link cannot smuggle anything else in.
 */

/** The keys task links use (classification, risk and IT-queue items). */
export const VIEW_PARAM_KEYS = ['objectId', 'requirementCode', 'analysisId', 'riskId', 'actionId'] as const;

export type ViewParamKey = (typeof VIEW_PARAM_KEYS)[number];

/** Longest value accepted; a longer one is dropped (never truncated, which could open a different item). */
export const MAX_VIEW_PARAM_LENGTH = 100;

export type ViewParams = Readonly<Record<string, string>>;

// Control characters (C0, DEL, C1) have no place in an id or a requirement code.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function acceptedValue(raw: string | null): string | undefined {
  if (raw === null) return undefined;
  const value = raw.trim();
  if (value === '' || value.length > MAX_VIEW_PARAM_LENGTH || CONTROL.test(value)) return undefined;
  return value;
}

/** The known view parameters in a query string (`?objectId=12&x=y` or `objectId=12`); the first of a repeated key. */
export function parseViewParams(query: string | null | undefined): ViewParams {
  if (!query) return {};
  let search: URLSearchParams;
  try {
    search = new URLSearchParams(query.replace(/^[?#]/, ''));
  } catch {
    return {};
  }
  const params: Record<string, string> = {};
  for (const key of VIEW_PARAM_KEYS) {
    const value = acceptedValue(search.get(key));
    if (value !== undefined) params[key] = value;
  }
  return params;
}

/** What LIS uses of SPFx's `context.sdks.microsoftTeams` (IMicrosoftTeams), present only when hosted in Teams. */
export interface TeamsSdkLike {
  /** TeamsJS v2: `app.getContext()` resolves the context; `page.subPageId` is the deep link's sub page. */
  teamsJs?: { app?: { getContext?: () => Promise<{ page?: { subPageId?: string } }> } };
  /** Deprecated v1 context (SPFx still fills it): `subEntityId`. */
  context?: { subEntityId?: string };
}

/** The Teams tab's subPageId, or undefined outside Teams or when Teams cannot tell. */
export async function teamsSubPageId(teams: TeamsSdkLike | undefined): Promise<string | undefined> {
  if (!teams) return undefined;
  const getContext = teams.teamsJs?.app?.getContext;
  if (getContext) {
    try {
      const context = await getContext();
      const subPageId = context?.page?.subPageId;
      if (subPageId) return subPageId;
    } catch {
      // fall back to the v1 context below
    }
  }
  return teams.context?.subEntityId || undefined;
}

/**
 * The view parameters for a web part: the Teams subPageId's when the web part runs as a Teams tab opened through a
 * deep link (there the page URL is Teams' host page, not the LIS link), else the page URL query's. The two are never
 * mixed, so a link always opens exactly the item it names.
 */
export async function readHostViewParams(pageQuery: string | undefined, teams: TeamsSdkLike | undefined): Promise<ViewParams> {
  const fromTeams = parseViewParams(await teamsSubPageId(teams));
  return Object.keys(fromTeams).length > 0 ? fromTeams : parseViewParams(pageQuery);
}
