import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import { useStrings } from '../strings';

/** Items the repository could not read: listed (id and reasons, as plain text) so an admin can fix them. */
export function BrokenItemsWarning(props: { items: readonly BrokenItem[] }): JSX.Element | null {
  const strings = useStrings();
  if (props.items.length === 0) return null;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
      <div>{strings.errors.brokenItems(props.items.length)}</div>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {props.items.map((item) => (
          <li key={item.id}>{strings.organisation.brokenItem(item.id, item.reasons.join('; '))}</li>
        ))}
      </ul>
    </MessageBar>
  );
}
