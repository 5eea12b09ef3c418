import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import type { PartialTheme } from '@fluentui/react/lib/Theme';

/**
 * SharePoint's (section) theme or Teams' theme, as SPFx hands it to a web part, mapped to the Fluent theme LisRoot
 * applies. Undefined when the host has no theme (LisRoot then inherits Fluent's default).
 */
export function toFluentTheme(theme: IReadonlyTheme | undefined): PartialTheme | undefined {
  if (!theme) return undefined;
  return {
    palette: theme.palette ? { ...theme.palette } : undefined,
    semanticColors: theme.semanticColors ? { ...theme.semanticColors } : undefined,
    fonts: theme.fonts ? { ...theme.fonts } : undefined,
    isInverted: theme.isInverted,
  };
}
