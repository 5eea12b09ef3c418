import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { errorMessage, useStrings } from '../strings';

/** A form's error banners: the validation summary when fields have issues, and the message of a failed save. */
export function FormErrors(props: { issueCount: number; failure: unknown }): JSX.Element {
  const strings = useStrings();
  return (
    <>
      {props.issueCount > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {strings.validation.summary}
        </MessageBar>
      )}
      {props.failure !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {errorMessage(strings, props.failure)}
        </MessageBar>
      )}
    </>
  );
}
