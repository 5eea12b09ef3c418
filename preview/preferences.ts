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

/** The view id in `#/<id>`, or undefined when the hash names none. */
export function viewIdFromHash(hash: string): string | undefined {
  const match = /^#\/([\w-]+)/.exec(hash);
  return match ? match[1] : undefined;
}

export function hashForView(viewId: string): string {
  return `#/${viewId}`;
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
