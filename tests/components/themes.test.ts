/** Every LIS theme keeps WCAG AA contrast (4.5:1) for the text/background pairs the views use. */
import { createTheme, mergeThemes, type Theme } from '@fluentui/react/lib/Theme';
import { LIS_THEMES, LIS_THEME_NAMES } from '../../src/ui/theme/themes';
import { svSE } from '../../src/ui/strings/svSE';
import { enUS } from '../../src/ui/strings/enUS';

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

function luminance(color: string): number {
  const hex = color.replace('#', '').toLowerCase();
  if (!/^[0-9a-f]{6}$/.test(hex)) throw new Error(`not a #rrggbb colour: ${color}`);
  return 0.2126 * channel(hex, 0) + 0.7152 * channel(hex, 2) + 0.0722 * channel(hex, 4);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What a ThemeProvider under Fluent's default theme makes of a LIS theme. */
function effective(name: (typeof LIS_THEME_NAMES)[number]): Theme {
  return mergeThemes(createTheme({}), LIS_THEMES[name]);
}

describe('contrast helper', () => {
  it('measures known pairs', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe.each(LIS_THEME_NAMES.map((n) => [n]))('theme %s', (name) => {
  const theme = effective(name);
  const p = theme.palette;
  const sc = theme.semanticColors;

  const pairs: [string, string, string][] = [
    ['body text on body', sc.bodyText, sc.bodyBackground],
    ['sub text on body', sc.bodySubtext, sc.bodyBackground],
    ['input text on input', sc.inputText, sc.inputBackground],
    ['placeholder on input', sc.inputPlaceholderText, sc.inputBackground],
    ['link on body', sc.link, sc.bodyBackground],
    ['primary button text', sc.primaryButtonText, sc.primaryButtonBackground],
    ['primary button text hovered', sc.primaryButtonTextHovered, sc.primaryButtonBackgroundHovered],
    ['button text', sc.buttonText, sc.buttonBackground],
    ['list text on hovered row', sc.listText, sc.listItemBackgroundHovered],
    ['list text on selected row', sc.listText, sc.listItemBackgroundChecked],
    ['list text on selected hovered row', sc.listText, sc.listItemBackgroundCheckedHovered],
    ['secondary text on selected row', p.neutralSecondary, p.neutralLight],
    ['secondary text on hovered row', p.neutralSecondary, p.neutralLighter],
    ['menu text', sc.menuItemText, sc.menuBackground],
    ['error text on body', sc.errorText, sc.bodyBackground],
    ['message on info', sc.messageText, sc.infoBackground],
    ['message on error', sc.messageText, sc.errorBackground],
    ['message on warning', sc.messageText, sc.warningBackground],
    ['message on success', sc.messageText, sc.successBackground],
    ['message on severe warning', sc.messageText, sc.severeWarningBackground],
  ];

  it.each(pairs)('%s meets 4.5:1', (_label, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it('says whether it is dark', () => {
    expect(theme.isInverted).toBe(luminance(sc.bodyBackground) < 0.2);
  });

  it('has a label in both languages', () => {
    expect(svSE.themes[name]).toBeTruthy();
    expect(enUS.themes[name]).toBeTruthy();
  });
});
