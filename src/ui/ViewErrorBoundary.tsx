import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { Strings } from './strings';

export interface ViewErrorBoundaryProps {
  strings: Strings;
  children?: React.ReactNode;
}

interface ViewErrorBoundaryState {
  failed: boolean;
}

/** Catches anything a view throws while rendering (or a chunk that fails to load) and offers to try again. */
export class ViewErrorBoundary extends React.Component<ViewErrorBoundaryProps, ViewErrorBoundaryState> {
  public state: ViewErrorBoundaryState = { failed: false };

  public static getDerivedStateFromError(): ViewErrorBoundaryState {
    return { failed: true };
  }

  public render(): React.ReactNode {
    const { strings } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar
        messageBarType={MessageBarType.error}
        isMultiline={true}
        actions={<DefaultButton onClick={() => this.setState({ failed: false })}>{strings.app.retry}</DefaultButton>}
      >
        <strong>{strings.root.errorTitle}</strong> {strings.root.errorText}
      </MessageBar>
    );
  }
}
