import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { securityProtectionAspects, type ClassificationObject } from '../../domain/classification';
import { useStrings } from '../strings';

/**
 * Level 4 on any aspect means säkerhetsskydd: a separate analysis with the säkerhetsskyddschef, and no catalogue
 * requirements are generated. Renders nothing below level 4.
 */
export function SecurityProtectionNotice(props: { object: ClassificationObject }): JSX.Element | null {
  const s = useStrings().classification;
  const aspects = securityProtectionAspects(props.object);
  if (aspects.length === 0) return null;
  return (
    <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline={true}>
      <strong>{s.detail.level4Heading}</strong>
      <div>{s.detail.level4Text(aspects.map((a) => `${a} (${s.aspects[a]})`).join(', '))}</div>
    </MessageBar>
  );
}
