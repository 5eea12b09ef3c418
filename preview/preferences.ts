/**
 * The preview remembers language, theme and view in localStorage; the view also lives in the URL hash
 * (`#/organisation`) so a reload or a shared link returns to the same place.
 */
import type { ShellLocale } from './shellStrings';

export interface PreviewPreferences {
  locale: ShellLocale;
  themeId: string;
  viewId: string;
}

const KEY = 'lis.preview.preferences';

function readStored(): Partial<PreviewPreferences> {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Partial<PreviewPreferences>) : {};
  } catch {
    return {};
  }
}

/** The view id in `#/<id>` (also `#/<id>?a=b`), or undefined when the hash names none. */
export function viewIdFromHash(hash: string): string | undefined {
  const match = /^#\/([\w-]+)/.exec(hash);
  return match ? match[1] : undefined;
}

/**
 * The view parameters in `#/<id>?a=b&c=d` (a task's deep link in the preview, see previewLinks): decoded, the first
 * value winning for a repeated key; `{}` when there are none. Malformed escapes keep their raw text.
 */
export function viewParamsFromHash(hash: string): Record<string, string> {
  const params: Record<string, string> = {};
  const start = hash.indexOf('?');
  if (viewIdFromHash(hash) === undefined || start < 0) return params;
  const decode = (text: string): string => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  for (const pair of hash.slice(start + 1).split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    if (key && !Object.prototype.hasOwnProperty.call(params, key)) params[key] = value;
  }
  return params;
}

/** `#/<id>`, with `?a=b` (keys sorted, encoded as previewLinks does) when there are parameters. */
export function hashForView(viewId: string, params: Readonly<Record<string, string>> = {}): string {
  const keys = Object.keys(params).sort();
  const query = keys.map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`).join('&');
  return query ? `#/${viewId}?${query}` : `#/${viewId}`;
}

/**
 * Stored preferences, with the URL hash winning for the view; anything unknown falls back to the first choice.
 */
export function loadPreferences(
  choices: { locales: readonly ShellLocale[]; themeIds: readonly string[]; viewIds: readonly string[] },
  hash: string,
): PreviewPreferences {
  const stored = readStored();
  const pick = <T extends string>(value: unknown, options: readonly T[]): T =>
    options.indexOf(value as T) >= 0 ? (value as T) : options[0];
  return {
    locale: pick(stored.locale, choices.locales),
    themeId: pick(stored.themeId, choices.themeIds),
    viewId: pick(viewIdFromHash(hash) ?? stored.viewId, choices.viewIds),
  };
}

export function savePreferences(preferences: PreviewPreferences): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(preferences));
  } catch {
    // Private windows may refuse storage; the preview still works for this visit.
  }
}
