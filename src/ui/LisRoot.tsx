import * as React from 'react';
import { ThemeProvider, type PartialTheme } from '@fluentui/react/lib/Theme';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { FocusRects } from '@fluentui/react/lib/Utilities';
import type { Services } from '../app/Services';
import { ServicesProvider } from './ServicesContext';
import { StringsProvider, useStrings, type Locale } from './strings';
import { findView, type ViewKey } from './views';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { AccessGate, AccessProvider } from './access';
import { ViewParamsProvider, viewParamsKey, type ViewParams } from './viewParams';

export interface LisRootProps {
  services: Services;
  locale: Locale;
  /** A Fluent theme (SharePoint's section theme in web parts, LIS_THEMES in the preview); default: the parent's. */
  theme?: PartialTheme;
  view: ViewKey;
  /** What the view should open (a task's deep link): read with useViewParams(); a change remounts the view. */
  params?: ViewParams;
}

const rootStyle: React.CSSProperties = { padding: 16, minHeight: '100%', boxSizing: 'border-box' };

function ViewHost(props: { view: ViewKey; params?: ViewParams }): JSX.Element {
  const strings = useStrings();
  const definition = findView(props.view);
  if (!definition) {
    return <MessageBar messageBarType={MessageBarType.error}>{strings.root.unknownView(props.view)}</MessageBar>;
  }
  const View = definition.component;
  return (
    <ViewErrorBoundary key={`${props.view}?${viewParamsKey(props.params)}`} strings={strings}>
      <React.Suspense fallback={<Spinner size={SpinnerSize.large} label={strings.app.loading} />}>
        <AccessGate audience={definition.audience}>
          <ViewParamsProvider params={props.params}>
            <View />
          </ViewParamsProvider>
        </AccessGate>
      </React.Suspense>
    </ViewErrorBoundary>
  );
}

/**
 * The one React root every host mounts (SPFx web parts, the Vite preview): theme, strings, services, an error
 * boundary, and the chosen view. Hosts decide about icons (initializeIcons); SharePoint provides them in web parts.
 */
export function LisRoot(props: LisRootProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme} lang={props.locale} style={rootStyle} className="lis-root">
      <FocusRects />
      <StringsProvider locale={props.locale}>
        <ServicesProvider services={props.services}>
          <AccessProvider>
            <ViewHost view={props.view} params={props.params} />
          </AccessProvider>
        </ServicesProvider>
      </StringsProvider>
    </ThemeProvider>
  );
}
