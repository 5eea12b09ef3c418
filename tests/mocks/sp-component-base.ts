/** jest stand-in for @microsoft/sp-component-base: the ThemeProvider service. */
import { ServiceKey, SPEvent } from './sp-core-library';

export interface IReadonlyTheme {
  palette?: Record<string, string>;
  semanticColors?: Record<string, string>;
  fonts?: Record<string, unknown>;
  isInverted?: boolean;
}

export interface ThemeChangedEventArgs {
  theme: IReadonlyTheme | undefined;
}

export class ThemeProvider {
  public static readonly serviceKey: ServiceKey<ThemeProvider> = ServiceKey.create<ThemeProvider>('ThemeProvider');
  public readonly themeChangedEvent: SPEvent<ThemeChangedEventArgs> = new SPEvent<ThemeChangedEventArgs>();
  public constructor(private theme?: IReadonlyTheme) {}
  public tryGetTheme(): IReadonlyTheme | undefined {
    return this.theme;
  }
  /** Test helper: what SharePoint does when the page or section theme changes. */
  public changeTheme(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
    this.themeChangedEvent.raise({ theme });
  }
}
