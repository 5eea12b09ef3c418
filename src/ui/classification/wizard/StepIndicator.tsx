import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useStrings } from '../../strings';

export interface StepIndicatorProps {
  titles: string[];
  current: number;
  /** Steps that hold validation issues (shown in words, not colour only). */
  withIssues: number[];
}

/** The wizard's steps as an ordered list; the current one carries aria-current="step" and is shown in bold. */
export function StepIndicator(props: StepIndicatorProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification.wizard;
  const theme = useTheme();
  return (
    <nav aria-label={s.stepsLabel}>
      <p style={{ margin: '0 0 4px', fontWeight: 600 }}>{s.stepOf(props.current + 1, props.titles.length)}</p>
      <ol style={{ margin: '0 0 12px', paddingLeft: 20, columns: props.titles.length > 8 ? 2 : 1, fontSize: 13 }}>
        {props.titles.map((title, index) => {
          const current = index === props.current;
          const hasIssue = props.withIssues.indexOf(index) >= 0;
          return (
            <li
              key={index}
              aria-current={current ? 'step' : undefined}
              style={{ fontWeight: current ? 700 : 400, color: current ? theme.semanticColors.bodyText : undefined }}
            >
              {title}
              {hasIssue ? ` (${s.stepHasErrors})` : ''}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
