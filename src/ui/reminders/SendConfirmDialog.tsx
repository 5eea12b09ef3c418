import * as React from 'react';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { IPopupRestoreFocusParams } from '@fluentui/react/lib/Popup';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useStrings } from '../strings';

export interface SendConfirmDialogProps {
  digests: number;
  reminders: number;
  onConfirm: () => void;
  onDismiss: () => void;
}

/**
 * "Skicka påminnelserna nu?" naming how many mails and reminders go out. Cancelled, the focus returns to the button
 * that opened it; confirmed, it does not, because the send status takes the focus (see SendStatus).
 */
export function SendConfirmDialog(props: SendConfirmDialogProps): JSX.Element {
  const strings = useStrings();
  const s = strings.reminders.send;
  const theme = useTheme();
  const confirmed = React.useRef(false);
  const popupProps = React.useMemo(
    () => ({
      onRestoreFocus: (params: IPopupRestoreFocusParams): void => {
        const original = params.originalElement as HTMLElement | undefined;
        if (confirmed.current || !params.containsFocus || !original || typeof original.focus !== 'function') return;
        setTimeout(() => original.focus(), 0);
      },
    }),
    []
  );
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: s.confirmTitle, subText: s.confirmText(props.digests, props.reminders), closeButtonAriaLabel: strings.app.close }}
      modalProps={{ isBlocking: true, popupProps, styles: { main: { color: theme.semanticColors.bodyText } } }}
      minWidth={380}
    >
      <DialogFooter>
        <PrimaryButton
          text={s.confirm(props.digests)}
          onClick={() => {
            confirmed.current = true;
            props.onConfirm();
          }}
        />
        <DefaultButton text={strings.app.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
