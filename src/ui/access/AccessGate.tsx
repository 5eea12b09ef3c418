import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { UserAccess } from '../../domain/access/UserAccess';
import { useStrings, type Strings } from '../strings';
import { useAccess } from './AccessContext';

/** Who may open a view: any LIS role (data views), a rule of src/domain/access, or everyone (no audience). */
export interface ViewAudience {
  allowed: (access: UserAccess) => boolean;
  /** What a person outside the audience reads instead of the view. */
  denied: (strings: Strings) => React.ReactNode;
}

/**
 * Shows the view to its audience, and a clear message to anyone else — never a blank view. The view mounts once the
 * access is known (one request), so it never shows an action it must take back, never filters its data with a
 * half-known access (deep links) and never acts on open for someone outside (the health check).
 */
export function AccessGate(props: { audience: ViewAudience | undefined; children?: React.ReactNode }): JSX.Element {
  const strings = useStrings();
  const { access, loading, error } = useAccess();
  const { audience } = props;
  if (!audience) return <>{props.children}</>;
  if (loading) return <Spinner size={SpinnerSize.large} label={strings.access.checking} />;
  if (error !== undefined) {
    return <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>{strings.access.loadFailed}</MessageBar>;
  }
  if (!audience.allowed(access)) {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
        {audience.denied(strings)}
      </MessageBar>
    );
  }
  return <>{props.children}</>;
}

/** The message for a person without any LIS role: what LIS data is for, and where to read the policy. */
export function NoRoleMessage(props: { strings: Strings }): JSX.Element {
  const a = props.strings.access;
  return (
    <div>
      <strong style={{ display: 'block', marginBottom: 4 }}>{a.noRoleTitle}</strong>
      <p style={{ margin: '0 0 4px' }}>{a.noRole}</p>
      <p style={{ margin: 0 }}>{a.noRoleHelp}</p>
    </div>
  );
}
