import * as React from 'react';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import type { RescoreChange, ScoredValue } from '../../domain/risk';
import { useStrings } from '../strings';

export interface RescoreDialogProps {
  from: number;
  to: number;
  changes: readonly RescoreChange[];
  /** The risk number of an input index. */
  numberOf: (index: number) => number;
  busy: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
}

/** Asks before an analysis is rescored under a newer matrix, listing every assessment that would change. */
export function RescoreDialog(props: RescoreDialogProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const s = strings.risk;
  const text = (v: ScoredValue): string => s.scoreText(v.value, v.levelLabel ?? '?', v.likelihood, v.consequence);
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{
        type: DialogType.normal,
        title: s.detail.rescoreTitle,
        subText: s.detail.rescoreText(props.from, props.to, props.changes.length),
        closeButtonAriaLabel: strings.app.close,
      }}
      modalProps={{ isBlocking: true, styles: { main: { color: theme.semanticColors.bodyText } } }}
      minWidth={440}
    >
      {props.changes.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {props.changes.map((c, i) => (
            <li key={i}>
              {s.detail.rescoreChange(
                `${s.riskTitle(props.numberOf(c.index))}, ${c.basis === 'inherent' ? s.riskForm.inherentHeading.split(' (')[0].toLowerCase() : s.riskForm.residualHeading.split(' (')[0].toLowerCase()}`,
                text(c.before),
                text(c.after),
              )}
            </li>
          ))}
        </ul>
      )}
      <DialogFooter>
        <PrimaryButton text={s.detail.rescoreConfirm} disabled={props.busy} onClick={props.onConfirm} />
        <DefaultButton text={strings.app.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
