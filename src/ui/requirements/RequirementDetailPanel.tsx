import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { Requirement } from '../../domain/requirements';
import { useStrings } from '../strings';

const panelHeading: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };
const term: React.CSSProperties = { fontWeight: 600, marginTop: 12 };
const definition: React.CSSProperties = { margin: '2px 0 0' };

/** One requirement of the catalogue with its ÄR and SKA wording. */
export function RequirementDetailPanel(props: { requirement: Requirement; onDismiss: () => void }): JSX.Element {
  const strings = useStrings();
  const s = strings.requirements.catalogue;
  const theme = useTheme();
  const r = props.requirement;
  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={`${r.code} ${r.title}`}
      headerTextProps={panelHeading}
      onDismiss={props.onDismiss}
      closeButtonAriaLabel={strings.app.close}
      styles={{ main: { color: theme.semanticColors.bodyText } }}
    >
      <dl style={{ margin: 0 }}>
        <dt style={term}>{s.isText}</dt>
        <dd style={definition}>{r.isText}</dd>
        <dt style={term}>{s.skaText}</dt>
        <dd style={definition}>{r.skaText}</dd>
        <dt style={term}>{s.columns.kind}</dt>
        <dd style={definition}>{strings.requirements.kinds[r.kind]}</dd>
        <dt style={term}>{s.columns.aspects}</dt>
        <dd style={definition}>{r.aspects.map((a) => strings.requirements.aspects[a]).join(', ')}</dd>
        <dt style={term}>{s.minLevel}</dt>
        <dd style={definition}>{r.minLevel}</dd>
        <dt style={term}>{s.baseline}</dt>
        <dd style={definition}>{r.baseline ? s.yes : s.no}</dd>
        <dt style={term}>{s.reference}</dt>
        <dd style={definition}>{r.reference}</dd>
      </dl>
    </Panel>
  );
}
