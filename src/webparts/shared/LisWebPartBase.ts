import * as React from 'react';
import * as ReactDom from 'react-dom';
import { ThemeProvider, type ThemeChangedEventArgs } from '@microsoft/sp-component-base';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { Version } from '@microsoft/sp-core-library';
import * as paneStrings from 'LisWebPartStrings';
import type { PartialTheme } from '@fluentui/react/lib/Theme';
import type { Services } from '../../app/Services';
import { normaliseDataSiteUrl } from '../../data/sharepoint/dataSite';
import { LisRoot, type ViewKey } from '../../ui';
import { errorMessage, pickLocale, stringsFor, type Locale } from '../../ui/strings';
import { HostMessage } from './HostMessage';
import { createSharePointServices, resolveWebPartDataSite } from './hostServices';
import { parseReviewInterval, settingsFrom } from '../../app/settings';
import { toFluentTheme } from './spTheme';
import { readHostViewParams, type TeamsSdkLike, type ViewParams } from './viewParams';

/** Properties every LIS web part has. */
export interface LisWebPartProps {
  /** Optional override of the LIS data site (else the tenant property lis-data-site-url). */
  dataSiteUrl?: string;
  /** Months between a classification's approval and its next review; empty: 12. */
  reviewIntervalMonths?: string;
}

type HostState =
  | { kind: 'loading' }
  | { kind: 'ready'; services: Services }
  | { kind: 'notConfigured' }
  | { kind: 'failed'; error: unknown };

/**
 * A thin SPFx host for one LIS view: finds the data site (web part property, else tenant property), builds the
 * services over the SharePoint adapters, follows the page's or Teams' theme and UI language, and mounts LisRoot.
 * A concrete web part only names its view; everything else lives here and in the UI and data layers. The property
 * pane texts are the shared localized resources `LisWebPartStrings` (src/webparts/shared/loc).
 */
export abstract class LisWebPartBase<TProps extends LisWebPartProps = LisWebPartProps> extends BaseClientSideWebPart<TProps> {
  protected abstract readonly view: ViewKey;

  private state: HostState = { kind: 'loading' };
  private theme: PartialTheme | undefined;
  private themeProvider: ThemeProvider | undefined;
  private params: ViewParams = {};

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.theme = toFluentTheme(this.themeProvider.tryGetTheme());
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    this.params = await this.readViewParams();
    await this.configure();
  }

  public render(): void {
    const locale = this.locale();
    const strings = stringsFor(locale);
    let element: React.ReactElement;
    switch (this.state.kind) {
      case 'ready':
        element = React.createElement(LisRoot, {
          services: this.state.services,
          locale,
          theme: this.theme,
          view: this.view,
          params: this.params,
        });
        break;
      case 'notConfigured':
        element = React.createElement(HostMessage, { locale, theme: this.theme, kind: 'warning', message: strings.errors.notConfigured });
        break;
      case 'failed':
        element = React.createElement(HostMessage, { locale, theme: this.theme, kind: 'error', message: errorMessage(strings, this.state.error) });
        break;
      default:
        element = React.createElement(HostMessage, { locale, theme: this.theme, kind: 'info', message: strings.app.loading });
    }
    ReactDom.render(element, this.domElement);
  }

  protected onDispose(): void {
    if (this.themeProvider) this.themeProvider.themeChangedEvent.remove(this, this.handleThemeChanged);
    ReactDom.unmountComponentAtNode(this.domElement);
    super.onDispose();
  }

  /** Apply property changes with the pane's Apply button, so the data site is not re-resolved on every keystroke. */
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected onAfterPropertyPaneChangesApplied(): void {
    this.configure()
      .then(() => this.render())
      .catch(() => undefined); // configure() never rejects; it records failures in this.state
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const pane = paneStrings;
    return {
      pages: [
        {
          header: { description: pane.PropertyPaneDescription },
          groups: [
            {
              groupName: pane.DataGroupName,
              groupFields: [
                PropertyPaneTextField('dataSiteUrl', {
                  label: pane.DataSiteUrlFieldLabel,
                  description: pane.DataSiteUrlFieldDescription,
                  placeholder: 'https://kommun.sharepoint.com/sites/lis',
                  onGetErrorMessage: (value: string) =>
                    value && value.trim() !== '' && !normaliseDataSiteUrl(value) ? pane.DataSiteUrlInvalid : '',
                }),
                PropertyPaneTextField('reviewIntervalMonths', {
                  label: pane.ReviewIntervalFieldLabel,
                  description: pane.ReviewIntervalFieldDescription,
                  placeholder: '12',
                  onGetErrorMessage: (value: string) =>
                    value && value.trim() !== '' && parseReviewInterval(value) === undefined ? pane.ReviewIntervalInvalid : '',
                }),
              ],
            },
          ],
        },
      ],
    };
  }

  private locale(): Locale {
    return pickLocale(this.context.pageContext.cultureInfo.currentUICultureName);
  }

  /** Which item the view opens: the page URL query, or the Teams tab's subPageId (src/webparts/shared/viewParams.ts). */
  private async readViewParams(): Promise<ViewParams> {
    try {
      const teams = this.context.sdks?.microsoftTeams as TeamsSdkLike | undefined;
      return await readHostViewParams(window.location.search, teams);
    } catch {
      return {};
    }
  }

  private async configure(): Promise<void> {
    try {
      const dataSiteUrl = await resolveWebPartDataSite(this.context, this.properties.dataSiteUrl);
      this.state = dataSiteUrl
        ? { kind: 'ready', services: createSharePointServices(this.context, dataSiteUrl, settingsFrom(this.properties)) }
        : { kind: 'notConfigured' };
    } catch (error) {
      this.state = { kind: 'failed', error };
    }
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.theme = toFluentTheme(args.theme);
    this.render();
  }
}
