import * as React from 'react';
import { ActionButton } from '@fluentui/react/lib/Button';
import { getId } from '@fluentui/react/lib/Utilities';

export interface DisclosureProps {
  /** The button's visible text (also its accessible name). */
  label: React.ReactNode;
  /** Shown next to the button (e.g. counts); not part of the button. */
  details?: React.ReactNode;
  defaultExpanded?: boolean;
  children: React.ReactNode;
}

/** A button that shows and hides a region (aria-expanded / aria-controls); keyboard operable like any button. */
export function Disclosure(props: DisclosureProps): JSX.Element {
  const [expanded, setExpanded] = React.useState(props.defaultExpanded === true);
  const [regionId] = React.useState(() => getId('lis-disclosure'));
  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 8 }}>
        <ActionButton
          iconProps={{ iconName: expanded ? 'ChevronDown' : 'ChevronRight' }}
          aria-expanded={expanded}
          aria-controls={regionId}
          onClick={() => setExpanded(!expanded)}
          styles={{ root: { height: 'auto', minHeight: 32, paddingLeft: 0 }, label: { fontWeight: 600 } }}
        >
          {props.label}
        </ActionButton>
        {props.details}
      </div>
      <div id={regionId} hidden={!expanded} style={{ paddingLeft: 28 }}>
        {expanded && props.children}
      </div>
    </>
  );
}
