/**
 * Text of the preview shell only (header, switches, reset, note). Swedish first, English second.
 * The views' own text lives in src/ui/strings.
 */
export type ShellLocale = 'sv-SE' | 'en-US';

export interface ShellStrings {
  productName: string;
  productFullName: string;
  skipToContent: string;
  navigationLabel: string;
  settingsLabel: string;
  language: string;
  languageNames: Record<ShellLocale, string>;
  theme: string;
  /** Labels for LIS_THEME_NAMES (src/ui/theme/themes.ts); an unknown theme shows its id. */
  themeNames: Record<string, string>;
  resetDemoData: string;
  resetDialogTitle: string;
  resetDialogText: string;
  resetConfirm: string;
  resetCancel: string;
  resetting: string;
  resetDone: string;
  previewNote: string;
  signedInAs: (name: string) => string;
  /** Label of the demo user switch. */
  user: string;
  loadFailed: string;
  seeding: (count: number) => string;
}

export const shellSvSE: ShellStrings = {
  productName: 'LIS',
  productFullName: 'Ledningssystem för informationssäkerhet',
  skipToContent: 'Hoppa till huvudinnehållet',
  navigationLabel: 'Vyer',
  settingsLabel: 'Inställningar för förhandsvisningen',
  language: 'Språk',
  languageNames: { 'sv-SE': 'Svenska', 'en-US': 'English' },
  theme: 'Tema',
  themeNames: {
    'sharepoint-light': 'SharePoint ljust',
    'sharepoint-dark': 'SharePoint mörkt',
    'teams-light': 'Teams ljust',
    'teams-dark': 'Teams mörkt',
    'teams-contrast': 'Teams hög kontrast',
  },
  resetDemoData: 'Återställ demodata',
  resetDialogTitle: 'Återställ demodata?',
  resetDialogText:
    'Alla ändringar du har gjort i förhandsvisningen tas bort och demoregistret läggs tillbaka. Det går inte att ångra.',
  resetConfirm: 'Återställ',
  resetCancel: 'Avbryt',
  resetting: 'Återställer demodata…',
  resetDone: 'Demodata har återställts.',
  previewNote:
    'Lokal förhandsvisning med demodata. Allt sparas bara i den här webbläsaren; inget skickas till SharePoint.',
  signedInAs: (name: string): string => `Inloggad som ${name} (demo)`,
  user: 'Användare (demo)',
  loadFailed: 'Förhandsvisningen kunde inte öppna sin lokala datalagring (IndexedDB). Prova en annan webbläsare eller ett vanligt (inte privat) fönster.',
  seeding: (count: number): string => `Skapar ${count} testenheter…`,
};

export const shellEnUS: ShellStrings = {
  productName: 'LIS',
  productFullName: 'Information security management system',
  skipToContent: 'Skip to main content',
  navigationLabel: 'Views',
  settingsLabel: 'Preview settings',
  language: 'Language',
  languageNames: { 'sv-SE': 'Svenska', 'en-US': 'English' },
  theme: 'Theme',
  themeNames: {
    'sharepoint-light': 'SharePoint light',
    'sharepoint-dark': 'SharePoint dark',
    'teams-light': 'Teams light',
    'teams-dark': 'Teams dark',
    'teams-contrast': 'Teams high contrast',
  },
  resetDemoData: 'Reset demo data',
  resetDialogTitle: 'Reset demo data?',
  resetDialogText:
    'Every change you made in the preview is removed and the demo register is put back. This cannot be undone.',
  resetConfirm: 'Reset',
  resetCancel: 'Cancel',
  resetting: 'Resetting demo data…',
  resetDone: 'Demo data has been reset.',
  previewNote: 'Local preview with demo data. Everything is stored in this browser only; nothing is sent to SharePoint.',
  signedInAs: (name: string): string => `Signed in as ${name} (demo)`,
  user: 'User (demo)',
  loadFailed: 'The preview could not open its local data store (IndexedDB). Try another browser or a normal (not private) window.',
  seeding: (count: number): string => `Creating ${count} test units…`,
};

export function shellStringsFor(locale: ShellLocale): ShellStrings {
  return locale === 'en-US' ? shellEnUS : shellSvSE;
}
