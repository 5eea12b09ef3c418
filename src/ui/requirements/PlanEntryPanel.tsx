import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { updatePlanEntry } from '../../app/requirements';
import type { StoredActionPlanEntry } from '../../data/ports/ActionPlanRepository';
import { ConflictError } from '../../data/ports/errors';
import { ASSESSMENT_STATUSES, isAssessmentStatus, type ActionPlanEntry, type Requirement } from '../../domain/requirements';
import { ValidationError, type ValidationIssue } from '../../domain/shared/Validation';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings, validationMessage } from '../strings';

export interface PlanEntryPanelProps {
  objectId: string;
  entry: StoredActionPlanEntry;
  requirement: Requirement | undefined;
  onDismiss: () => void;
  onSaved: (entry: StoredActionPlanEntry) => void;
  /** Someone else changed the plan: the caller reloads it. */
  onStale: () => void;
}

interface EntryForm {
  status: ActionPlanEntry['status'];
  reason: string;
  how: string;
  name: string;
  email: string;
  targetDate: string;
}

const panelHeading: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

/** Edits one handlingsplan row: assessment, reason (required for ej tillämpligt), how, responsible person, date. */
export function PlanEntryPanel(props: PlanEntryPanelProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.requirements.plan;
  const theme = useTheme();
  const { entry } = props;
  const [form, setForm] = React.useState<EntryForm>({
    status: entry.status,
    reason: entry.reason,
    how: entry.how,
    name: entry.responsible?.displayName ?? '',
    email: entry.responsible?.email ?? '',
    targetDate: entry.targetDate ?? '',
  });
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);

  const errorFor = (field: string): string | undefined => {
    const messages = issues.filter((i) => i.field === field).map((i) => validationMessage(strings, i));
    return messages.length ? messages.join(' ') : undefined;
  };
  const set = (patch: Partial<EntryForm>): void => setForm((f) => ({ ...f, ...patch }));

  async function save(): Promise<void> {
    setSaving(true);
    setFailure(undefined);
    const edited: ActionPlanEntry = {
      requirementCode: entry.requirementCode,
      status: form.status,
      reason: form.reason,
      how: form.how,
      responsible: form.name.trim() || form.email.trim() ? { displayName: form.name, email: form.email } : null,
      targetDate: form.targetDate.trim() ? form.targetDate.trim() : null,
    };
    try {
      const saved = await updatePlanEntry(services, props.objectId, edited, entry.etag);
      props.onSaved(saved);
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) {
        setIssues(error.issues);
        setFailure(strings.validation.summary);
      } else {
        setFailure(errorMessage(strings, error));
        if (error instanceof ConflictError) props.onStale();
      }
    }
  }

  const options: IChoiceGroupOption[] = ASSESSMENT_STATUSES.map((status) => ({ key: status, text: strings.requirements.statuses[status] }));
  const title = props.requirement ? `${entry.requirementCode} ${props.requirement.title}` : entry.requirementCode;

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={title}
      headerTextProps={panelHeading}
      onDismiss={props.onDismiss}
      closeButtonAriaLabel={strings.app.close}
      isFooterAtBottom={true}
      styles={{ main: { color: theme.semanticColors.bodyText } }}
      onRenderFooterContent={() => (
        <div style={{ display: 'flex', gap: 8 }}>
          <PrimaryButton text={saving ? strings.app.saving : s.save} disabled={saving} onClick={() => save().catch(() => undefined)} />
          <DefaultButton text={strings.app.cancel} onClick={props.onDismiss} />
        </div>
      )}
    >
      {failure && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {failure}
        </MessageBar>
      )}
      {props.requirement && (
        <>
          <h3 style={{ fontSize: 14, fontWeight: 600, margin: '12px 0 4px' }}>{s.isText}</h3>
          <p style={{ margin: '0 0 12px' }}>{props.requirement.isText}</p>
        </>
      )}
      <ChoiceGroup
        label={s.entryStatus}
        options={options}
        selectedKey={form.status}
        onChange={(_e, option) => {
          if (option && isAssessmentStatus(option.key)) set({ status: option.key });
        }}
      />
      {errorFor('status') && <p role="alert">{errorFor('status')}</p>}
      <TextField
        label={s.reason}
        multiline={true}
        rows={2}
        required={form.status === 'ejTillampligt'}
        value={form.reason}
        onChange={(_e, v) => set({ reason: v ?? '' })}
        errorMessage={errorFor('reason')}
      />
      <TextField label={s.how} multiline={true} rows={3} value={form.how} onChange={(_e, v) => set({ how: v ?? '' })} errorMessage={errorFor('how')} />
      <TextField
        label={s.responsibleName}
        value={form.name}
        onChange={(_e, v) => set({ name: v ?? '' })}
        errorMessage={errorFor('responsible.displayName')}
      />
      <TextField
        label={s.responsibleEmail}
        type="email"
        value={form.email}
        onChange={(_e, v) => set({ email: v ?? '' })}
        errorMessage={errorFor('responsible.email')}
      />
      <TextField
        label={s.targetDate}
        type="date"
        value={form.targetDate}
        onChange={(_e, v) => set({ targetDate: v ?? '' })}
        errorMessage={errorFor('targetDate')}
      />
    </Panel>
  );
}
