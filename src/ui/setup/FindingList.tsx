import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { HealthFinding, HealthFindingKind } from '../../data/ports/PermissionAdmin';
import { useStrings } from '../strings';
import { findingText, manualAdvice } from './findingText';

const sectionTitleStyle: React.CSSProperties = { fontSize: 16, fontWeight: 600, margin: '16px 0 4px' };

function groupByKind(findings: readonly HealthFinding[]): Array<[HealthFindingKind, HealthFinding[]]> {
  const groups = new Map<HealthFindingKind, HealthFinding[]>();
  for (const f of findings) groups.set(f.kind, [...(groups.get(f.kind) ?? []), f]);
  return Array.from(groups.entries());
}

/** One finding: severity as icon and text, the explanation, and whether the fix button repairs it. */
function FindingRow(props: { finding: HealthFinding }): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const s = strings.setup;
  const { finding } = props;
  const error = finding.severity === 'error';
  return (
    <li style={{ margin: '6px 0' }}>
      <Icon
        iconName={error ? 'ErrorBadge' : 'Warning'}
        aria-hidden={true}
        style={{ marginRight: 6, color: error ? theme.semanticColors.errorIcon : theme.semanticColors.warningIcon }}
      />
      <strong>{s.severity[finding.severity]}:</strong> {findingText(strings, finding)}{' '}
      <span>{finding.fixable ? s.fixableYes : manualAdvice(strings, finding)}</span>
    </li>
  );
}

/** The findings of a report, grouped by kind with the kind's title and a count. */
export function FindingList(props: { findings: readonly HealthFinding[] }): JSX.Element {
  const s = useStrings().setup;
  return (
    <section aria-label={s.findingsTitle}>
      <h3 style={sectionTitleStyle}>{s.findingsTitle}</h3>
      {groupByKind(props.findings).map(([kind, findings]) => (
        <div key={kind}>
          <h4 style={{ fontSize: 14, fontWeight: 600, margin: '12px 0 2px' }}>{`${s.kindTitles[kind]} (${findings.length})`}</h4>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {findings.map((f) => (
              <FindingRow key={f.key} finding={f} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
