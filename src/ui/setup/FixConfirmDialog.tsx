import * as React from 'react';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import { useStrings } from '../strings';

/** What "Åtgärda" will do on the site, and that it is safe to run again; confirm or cancel. */
export function FixConfirmDialog(props: { onConfirm: () => void; onDismiss: () => void }): JSX.Element {
  const strings = useStrings();
  const theme = useTheme();
  const c = strings.setup.confirm;
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: c.title, closeButtonAriaLabel: strings.app.close }}
      modalProps={{ isBlocking: true, styles: { main: { color: theme.semanticColors.bodyText } } }}
      minWidth={420}
    >
      <p style={{ margin: '0 0 4px' }}>{c.intro}</p>
      <ul style={{ margin: '0 0 8px', paddingLeft: 20 }}>
        {c.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <p style={{ margin: 0 }}>{c.safe}</p>
      <DialogFooter>
        <PrimaryButton text={c.confirm} onClick={props.onConfirm} />
        <DefaultButton text={strings.app.cancel} onClick={props.onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
