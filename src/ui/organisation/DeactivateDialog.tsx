import * as React from 'react';
import { Dialog, DialogFooter, DialogType } from '@fluentui/react/lib/Dialog';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { setOrgUnitActive } from '../../app/organisation';
import type { OrgUnit } from '../../domain/organisation';
import { ValidationError } from '../../domain/shared/Validation';
import { ConflictError } from '../../data/ports/errors';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings, validationMessage } from '../strings';

export interface DeactivateDialogProps {
  unit: OrgUnit;
  onDismiss: () => void;
  onDeactivated: (unit: OrgUnit) => void;
  /** The stored unit changed meanwhile: the caller should reload the list. */
  onStale: () => void;
}

/** Asks before deactivating; a refusal (active sub-units, a conflict) is explained in the dialog itself. */
export function DeactivateDialog(props: DeactivateDialogProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.organisation.deactivateDialog;
  const theme = useTheme();
  const [busy, setBusy] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);

  async function confirm(): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      const saved = await setOrgUnitActive(services, props.unit, false);
      props.onDeactivated(saved);
    } catch (error) {
      setBusy(false);
      if (error instanceof ValidationError) {
        setProblem(error.issues.map((issue) => validationMessage(strings, issue)).join(' '));
      } else {
        setProblem(errorMessage(strings, error));
        if (error instanceof ConflictError) props.onStale();
      }
    }
  }

  return (
    <Dialog
      hidden={false}
      onDismiss={props.onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: s.title, subText: s.text(props.unit.name), closeButtonAriaLabel: strings.app.close }}
      modalProps={{ isBlocking: true, styles: { main: { color: theme.semanticColors.bodyText } } }}
      minWidth={360}
    >
      {problem && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {problem}
        </MessageBar>
      )}
      <DialogFooter>
        <PrimaryButton onClick={() => confirm().catch(() => undefined)} disabled={busy || !!problem} text={s.confirm} />
        <DefaultButton onClick={props.onDismiss} text={strings.app.cancel} />
      </DialogFooter>
    </Dialog>
  );
}
