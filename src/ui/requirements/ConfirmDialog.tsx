import * as React from 'react';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useStrings } from '../strings';

export interface ConfirmDialogProps {
  title: string;
  text: string;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onDismiss: () => void;
}

/** A blocking yes/no question before something is replaced. */
export function ConfirmDialog(props: ConfirmDialogProps): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: props.title, subText: props.text, closeButtonAriaLabel: strings.app.close }}
      modalProps={{ isBlocking: true, styles: { main: { color: theme.semanticColors.bodyText } } }}
      minWidth={380}
    >
      <DialogFooter>
        <PrimaryButton text={props.confirm} disabled={props.busy} onClick={props.onConfirm} />
        <DefaultButton text={strings.app.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
