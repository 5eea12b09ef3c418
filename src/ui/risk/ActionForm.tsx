import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { createRiskAction, parseRequirementCodes, updateRiskAction } from '../../app/risk';
import { REQUIREMENT_KINDS, isRequirementKind } from '../../domain/requirements';
import { RISK_ACTION_KINDS, RISK_ACTION_STATUSES, isRiskActionKind, isRiskActionStatus, type RiskAction } from '../../domain/risk';
import type { StoredRiskAction } from '../../data/ports/RiskActionRepository';
import { ValidationError, type ValidationIssue } from '../../domain/shared/Validation';
import { useServices } from '../ServicesContext';
import { useStrings } from '../strings';
import { focusFirstIssue, riskFieldId, riskIssueText } from './fieldIds';
import { FormErrors } from '../shared/FormErrors';

export interface ActionFormProps {
  /** The stored action to edit, or undefined for a new one. */
  existing: StoredRiskAction | undefined;
  initial: RiskAction;
  /** 1-based number of the action in its risk (for headings). */
  number: number;
  /** Requirement codes of the linked classification object's handlingsplan, offered as suggestions. */
  planCodes: readonly string[];
  onSaved: (saved: StoredRiskAction) => void;
  onCancel: () => void;
}

const FORM = 'action';

/** Plans or edits one action: description, kind, security kind, responsible, date, status and handlingsplan codes. */
export function ActionForm(props: ActionFormProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.risk.actions;
  const [form, setForm] = React.useState<RiskAction>(props.initial);
  const [codesText, setCodesText] = React.useState(props.initial.requirementCodes.join(', '));
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [focusRequest, setFocusRequest] = React.useState(0);
  const set = (patch: Partial<RiskAction>): void => setForm((f) => ({ ...f, ...patch }));
  const err = (field: string): string | undefined => riskIssueText(strings, issues, field);
  const person = form.responsible ?? { displayName: '', email: '' };
  const setPerson = (patch: Partial<typeof person>): void => {
    const next = { ...person, ...patch };
    set({ responsible: next.displayName || next.email ? next : null });
  };

  React.useEffect(() => {
    if (focusRequest > 0) focusFirstIssue(FORM, issues);
  }, [focusRequest]);

  const kindOptions: IDropdownOption[] = RISK_ACTION_KINDS.map((k) => ({ key: k, text: s.kinds[k] }));
  const securityOptions: IDropdownOption[] = REQUIREMENT_KINDS.map((k) => ({ key: k, text: strings.requirements.kinds[k] }));
  const statusOptions: IDropdownOption[] = RISK_ACTION_STATUSES.map((k) => ({ key: k, text: s.statuses[k] }));
  const codes = parseRequirementCodes(codesText);
  const codesError = issues
    .filter((i) => i.field.indexOf('requirementCodes') === 0)
    .map((i) => riskIssueText(strings, [i], i.field))
    .filter((t, i, all) => t && all.indexOf(t) === i)
    .join(' ');

  async function save(): Promise<void> {
    setSaving(true);
    setFailure(undefined);
    const action = { ...form, requirementCodes: codes };
    try {
      const saved = props.existing ? await updateRiskAction(services, props.existing, action) : await createRiskAction(services, action);
      setSaving(false);
      props.onSaved(saved);
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) {
        setIssues(error.issues);
        setFocusRequest((n) => n + 1);
      } else {
        setIssues([]);
        setFailure(error);
      }
    }
  }

  const title = props.existing ? s.formTitleEdit(props.number) : s.formTitleNew;
  return (
    <div role="group" aria-label={title} style={{ border: '1px solid rgba(128,128,128,0.4)', padding: '4px 12px 12px', margin: '8px 0' }}>
      <h4 style={{ fontSize: 15, fontWeight: 600, margin: '8px 0 4px' }}>{title}</h4>
      <FormErrors issueCount={issues.length} failure={failure} />
      <TextField
        id={riskFieldId(FORM, 'description')}
        label={s.description}
        required={true}
        multiline={true}
        rows={2}
        value={form.description}
        onChange={(_e, v) => set({ description: v ?? '' })}
        errorMessage={err('description')}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <Dropdown
          id={riskFieldId(FORM, 'kind')}
          label={s.kind}
          options={kindOptions}
          selectedKey={form.kind}
          onChange={(_e, o) => {
            const key = String(o?.key ?? '');
            if (isRiskActionKind(key)) set({ kind: key });
          }}
          errorMessage={err('kind')}
          styles={{ root: { minWidth: 160 } }}
        />
        <Dropdown
          id={riskFieldId(FORM, 'securityKind')}
          label={s.securityKind}
          options={securityOptions}
          selectedKey={form.securityKind}
          onChange={(_e, o) => {
            const key = String(o?.key ?? '');
            if (isRequirementKind(key)) set({ securityKind: key });
          }}
          errorMessage={err('securityKind')}
          styles={{ root: { minWidth: 160 } }}
        />
        <Dropdown
          id={riskFieldId(FORM, 'status')}
          label={s.status}
          options={statusOptions}
          selectedKey={form.status}
          onChange={(_e, o) => {
            const key = String(o?.key ?? '');
            if (isRiskActionStatus(key)) set({ status: key });
          }}
          errorMessage={err('status')}
          styles={{ root: { minWidth: 160 } }}
        />
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <TextField
          id={riskFieldId(FORM, 'responsible.displayName')}
          label={s.responsibleName}
          value={person.displayName}
          onChange={(_e, v) => setPerson({ displayName: v ?? '' })}
          errorMessage={err('responsible.displayName')}
          styles={{ root: { flex: '1 1 160px' } }}
        />
        <TextField
          id={riskFieldId(FORM, 'responsible.email')}
          label={s.responsibleEmail}
          type="email"
          value={person.email}
          onChange={(_e, v) => setPerson({ email: v ?? '' })}
          errorMessage={err('responsible.email')}
          styles={{ root: { flex: '1 1 200px' } }}
        />
        <TextField
          id={riskFieldId(FORM, 'targetDate')}
          label={s.targetDate}
          type="date"
          value={form.targetDate ?? ''}
          onChange={(_e, v) => set({ targetDate: v ? v : null })}
          errorMessage={err('targetDate')}
          styles={{ root: { width: 170 } }}
        />
      </div>
      <TextField
        id={riskFieldId(FORM, 'requirementCodes.0')}
        label={s.requirementCodes}
        description={s.requirementCodesHelp}
        value={codesText}
        onChange={(_e, v) => setCodesText(v ?? '')}
        errorMessage={codesError || undefined}
      />
      {props.planCodes.length > 0 && (
        <div role="group" aria-label={s.requirementOptions} style={{ display: 'flex', flexWrap: 'wrap', gap: 4, marginTop: 4 }}>
          <span style={{ fontSize: 12, alignSelf: 'center' }}>{s.requirementOptions}:</span>
          {props.planCodes.map((code) => {
            const chosen = codes.some((c) => c.toUpperCase() === code.toUpperCase());
            return (
              <DefaultButton
                key={code}
                text={code}
                toggle={true}
                checked={chosen}
                aria-pressed={chosen}
                styles={{ root: { minWidth: 0, padding: '0 8px', height: 28 } }}
                onClick={() =>
                  setCodesText(
                    (chosen ? codes.filter((c) => c.toUpperCase() !== code.toUpperCase()) : [...codes, code]).join(', '),
                  )
                }
              />
            );
          })}
        </div>
      )}
      <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
        <PrimaryButton text={saving ? strings.app.saving : s.save} disabled={saving} onClick={() => save().catch(() => undefined)} />
        <DefaultButton text={s.cancel} onClick={props.onCancel} />
      </div>
    </div>
  );
}
