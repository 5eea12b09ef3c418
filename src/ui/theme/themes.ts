import type { IPalette, ISemanticColors, PartialTheme } from '@fluentui/react/lib/Theme';

/** The looks LIS is tested in: SharePoint pages and Teams (light, dark, high contrast). */
export type LisThemeName = 'sharepoint-light' | 'sharepoint-dark' | 'teams-light' | 'teams-dark' | 'teams-contrast';

export const LIS_THEME_NAMES: readonly LisThemeName[] = [
  'sharepoint-light',
  'sharepoint-dark',
  'teams-light',
  'teams-dark',
  'teams-contrast',
];

/**
 * Fluent fills these slots only when building a theme from scratch, not when a ThemeProvider merges a partial theme
 * into its (light) parent; dark themes therefore state them, so message bars and error texts stay readable.
 */
const INVERTED_MESSAGE_COLORS: Partial<ISemanticColors> = {
  errorText: '#F1707B',
  messageText: '#F3F2F1',
  messageLink: '#6CB8F6',
  messageLinkHovered: '#82C7FF',
  infoIcon: '#C8C6C4',
  errorIcon: '#F1707B',
  blockingIcon: '#442726',
  warningIcon: '#C8C6C4',
  severeWarningIcon: '#FCE100',
  successIcon: '#92C353',
  infoBackground: '#323130',
  errorBackground: '#442726',
  blockingBackground: '#442726',
  warningBackground: '#433519',
  severeWarningBackground: '#4F2A0F',
  successBackground: '#393D1B',
};

/** SharePoint's default "Blue" theme (Fluent's default palette). */
const sharePointLight: Partial<IPalette> = {
  themePrimary: '#0078d4',
  themeLighterAlt: '#eff6fc',
  themeLighter: '#deecf9',
  themeLight: '#c7e0f4',
  themeTertiary: '#71afe5',
  themeSecondary: '#2b88d8',
  themeDarkAlt: '#106ebe',
  themeDark: '#005a9e',
  themeDarker: '#004578',
  neutralLighterAlt: '#faf9f8',
  neutralLighter: '#f3f2f1',
  neutralLight: '#edebe9',
  neutralQuaternaryAlt: '#e1dfdd',
  neutralQuaternary: '#d2d0ce',
  neutralTertiaryAlt: '#c8c6c4',
  neutralTertiary: '#a19f9d',
  neutralSecondaryAlt: '#8a8886',
  neutralSecondary: '#605e5c',
  neutralPrimaryAlt: '#3b3a39',
  neutralPrimary: '#323130',
  neutralDark: '#201f1e',
  black: '#000000',
  white: '#ffffff',
};

/** SharePoint / Office dark: near-black surfaces, light text, a lighter blue so links and buttons keep contrast. */
const sharePointDark: Partial<IPalette> = {
  themePrimary: '#2899f5',
  themeLighterAlt: '#092c47',
  themeLighter: '#043862',
  themeLight: '#004c87',
  themeTertiary: '#235a85',
  themeSecondary: '#0078d4',
  themeDarkAlt: '#3aa0f3',
  themeDark: '#6cb8f6',
  themeDarker: '#82c7ff',
  neutralLighterAlt: '#201f1e',
  neutralLighter: '#252423',
  neutralLight: '#292827',
  neutralQuaternaryAlt: '#323130',
  neutralQuaternary: '#3b3a39',
  neutralTertiaryAlt: '#484644',
  neutralTertiary: '#797775',
  neutralSecondaryAlt: '#979693',
  neutralSecondary: '#a19f9d',
  neutralPrimaryAlt: '#c8c6c4',
  neutralPrimary: '#f3f2f1',
  neutralDark: '#faf9f8',
  black: '#ffffff',
  white: '#1b1a19',
};

/** Microsoft Teams (default theme): brand purple #6264A7 on white. */
const teamsLight: Partial<IPalette> = {
  themePrimary: '#6264a7',
  themeLighterAlt: '#f7f7fb',
  themeLighter: '#e1e1f1',
  themeLight: '#c8c9e4',
  themeTertiary: '#989ac9',
  themeSecondary: '#7173b0',
  themeDarkAlt: '#585a95',
  themeDark: '#4a4c7e',
  themeDarker: '#37385d',
  neutralLighterAlt: '#f5f5f5',
  neutralLighter: '#f0f0f0',
  neutralLight: '#e6e6e6',
  neutralQuaternaryAlt: '#dbdbdb',
  neutralQuaternary: '#d1d1d1',
  neutralTertiaryAlt: '#c7c7c7',
  neutralTertiary: '#a6a6a6',
  neutralSecondaryAlt: '#8a8a8a',
  neutralSecondary: '#616161',
  neutralPrimaryAlt: '#3d3d3d',
  neutralPrimary: '#242424',
  neutralDark: '#1a1a1a',
  black: '#000000',
  white: '#ffffff',
};

/** Microsoft Teams dark: #1f1f1f / #292929 surfaces, white text, light purple accents. */
const teamsDark: Partial<IPalette> = {
  themePrimary: '#a6a7dc',
  themeLighterAlt: '#25263a',
  themeLighter: '#2f3049',
  themeLight: '#3d3e66',
  themeTertiary: '#6264a7',
  themeSecondary: '#8b8cc7',
  themeDarkAlt: '#b6b7e4',
  themeDark: '#c8c9ed',
  themeDarker: '#e2e2f6',
  neutralLighterAlt: '#292929',
  neutralLighter: '#2e2e2e',
  neutralLight: '#383838',
  neutralQuaternaryAlt: '#404040',
  neutralQuaternary: '#4a4a4a',
  neutralTertiaryAlt: '#5c5c5c',
  neutralTertiary: '#8a8a8a',
  neutralSecondaryAlt: '#a8a8a8',
  neutralSecondary: '#c7c7c7',
  neutralPrimaryAlt: '#e0e0e0',
  neutralPrimary: '#ffffff',
  neutralDark: '#f5f5f5',
  black: '#ffffff',
  white: '#1f1f1f',
};

/** Microsoft Teams high contrast: black background, white text, yellow for links and the primary action. */
const teamsContrast: Partial<IPalette> = {
  themePrimary: '#ffff01',
  themeLighterAlt: '#0d0d00',
  themeLighter: '#1a1a00',
  themeLight: '#333300',
  themeTertiary: '#99990a',
  themeSecondary: '#e6e600',
  themeDarkAlt: '#ffff4d',
  themeDark: '#ffff80',
  themeDarker: '#ffffb3',
  neutralLighterAlt: '#000000',
  neutralLighter: '#1a1a1a',
  neutralLight: '#262626',
  neutralQuaternaryAlt: '#333333',
  neutralQuaternary: '#404040',
  neutralTertiaryAlt: '#757575',
  neutralTertiary: '#3ff23f',
  neutralSecondaryAlt: '#ffffff',
  neutralSecondary: '#ffffff',
  neutralPrimaryAlt: '#ffffff',
  neutralPrimary: '#ffffff',
  neutralDark: '#ffffff',
  black: '#ffffff',
  white: '#000000',
};

/**
 * Themes for the preview's theme switch and for hosts that do not pass SharePoint's own theme.
 * Every text/background pair used by the views meets WCAG AA (tests/components/themes.test.ts measures it).
 */
export const LIS_THEMES: Record<LisThemeName, PartialTheme> = {
  'sharepoint-light': { palette: sharePointLight, isInverted: false },
  'sharepoint-dark': { palette: sharePointDark, isInverted: true, semanticColors: INVERTED_MESSAGE_COLORS },
  'teams-light': { palette: teamsLight, isInverted: false },
  'teams-dark': { palette: teamsDark, isInverted: true, semanticColors: INVERTED_MESSAGE_COLORS },
  'teams-contrast': {
    palette: teamsContrast,
    isInverted: true,
    semanticColors: { ...INVERTED_MESSAGE_COLORS, focusBorder: '#1aebff', inputBorder: '#ffffff', link: '#ffff01' },
  },
};
