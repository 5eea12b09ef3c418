import * as React from 'react';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useStrings } from '../strings';

export interface RejectHandoverDialogProps {
  code: string;
  objectName: string;
  onDismiss: () => void;
  /** Resolves true when the rejection was saved. */
  onReject: (reason: string) => Promise<boolean>;
}

/** Asks IT for the reason before a handed-over requirement is rejected; the reason is required. */
export function RejectHandoverDialog(props: RejectHandoverDialogProps): JSX.Element {
  const strings = useStrings();
  const s = strings.requirements.itQueue;
  const theme = useTheme();
  const [reason, setReason] = React.useState('');
  const [missing, setMissing] = React.useState(false);
  const [busy, setBusy] = React.useState(false);

  async function confirm(): Promise<void> {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    const ok = await props.onReject(reason.trim());
    if (!ok) setBusy(false);
  }

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{
        type: DialogType.normal,
        title: s.rejectTitle,
        subText: s.rejectText(props.code, props.objectName),
        closeButtonAriaLabel: strings.app.close,
      }}
      modalProps={{ isBlocking: true, styles: { main: { color: theme.semanticColors.bodyText } } }}
      minWidth={400}
    >
      <TextField
        label={s.rejectReason}
        required={true}
        multiline={true}
        rows={3}
        value={reason}
        onChange={(_e, v) => {
          setReason(v ?? '');
          if (v && v.trim()) setMissing(false);
        }}
        errorMessage={missing ? strings.validation.required : undefined}
      />
      <DialogFooter>
        <PrimaryButton text={s.reject} disabled={busy} onClick={() => confirm().catch(() => undefined)} />
        <DefaultButton text={strings.app.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
