import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { LoadedReminderPlan } from '../../app/reminders';
import { useStrings } from '../strings';

const listStyle: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: '4px 24px', margin: '4px 0 12px', padding: 0 };
const termStyle: React.CSSProperties = { fontWeight: 600 };

/** Today's run in numbers: recipients, reminders, people with work and their tasks; unreadable items if any. */
export function ReminderSummary(props: { plan: LoadedReminderPlan }): JSX.Element {
  const s = useStrings().reminders.today;
  const { plan } = props;
  const reminders = plan.digests.reduce((n, d) => n + d.items.length, 0);
  const facts: Array<[string, number]> = [
    [s.recipients, plan.digests.length],
    [s.reminders, reminders],
    [s.people, plan.people],
    [s.tasks, plan.tasks],
  ];
  return (
    <>
      <dl style={listStyle}>
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'flex', gap: 6 }}>
            <dt style={termStyle}>{term}:</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
      {plan.skippedItems > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {s.skippedItems(plan.skippedItems)}
        </MessageBar>
      )}
    </>
  );
}
