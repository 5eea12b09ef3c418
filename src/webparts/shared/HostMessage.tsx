import * as React from 'react';
import { ThemeProvider, type PartialTheme } from '@fluentui/react/lib/Theme';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { Locale } from '../../ui/strings';

export interface HostMessageProps {
  locale: Locale;
  theme?: PartialTheme;
  message: string;
  /** 'info' while loading, 'warning' for configuration the admin must do, 'error' for a failure. */
  kind: 'info' | 'warning' | 'error';
}

const MESSAGE_TYPES: Record<HostMessageProps['kind'], MessageBarType> = {
  info: MessageBarType.info,
  warning: MessageBarType.warning,
  error: MessageBarType.error,
};

/** What a web part shows instead of LisRoot when it cannot build its services (no data site, site unreachable). */
export function HostMessage(props: HostMessageProps): JSX.Element {
  return (
    <ThemeProvider theme={props.theme} lang={props.locale} style={{ padding: 16 }} className="lis-root">
      <MessageBar messageBarType={MESSAGE_TYPES[props.kind]} isMultiline={true}>
        {props.message}
      </MessageBar>
    </ThemeProvider>
  );
}
