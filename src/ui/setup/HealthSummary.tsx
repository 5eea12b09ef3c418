import * as React from 'react';
import { Icon } from '@fluentui/react/lib/Icon';
import type { HealthReport } from '../../data/ports/PermissionAdmin';
import { formatDateTime } from '../shared/formatDateTime';
import { useStrings } from '../strings';

/** What was checked, when, and how many errors and warnings it found. */
export function HealthSummary(props: { report: HealthReport }): JSX.Element {
  const strings = useStrings();
  const s = strings.setup;
  const { report } = props;
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.length - errors;
  return (
    <section aria-label={s.summaryTitle}>
      <h3 style={{ fontSize: 16, fontWeight: 600, margin: '12px 0 4px' }}>{s.summaryTitle}</h3>
      <p style={{ margin: '0 0 4px' }}>
        {s.checkedAt(formatDateTime(report.checkedAt, strings.locale))}. {s.checked(report.checked)}
      </p>
      <p style={{ margin: 0, fontWeight: 600 }}>
        <Icon iconName={report.findings.length === 0 ? 'Completed' : errors > 0 ? 'ErrorBadge' : 'Warning'} aria-hidden={true} style={{ marginRight: 6 }} />
        {report.findings.length === 0 ? s.healthy : s.counts(errors, warnings)}
      </p>
    </section>
  );
}
