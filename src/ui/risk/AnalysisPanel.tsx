import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton, IconButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import { createAnalysis, updateAnalysis } from '../../app/risk';
import {
  RISK_ANALYSIS_STATUSES,
  RISK_SUBJECT_KINDS,
  isRiskAnalysisStatus,
  isRiskSubjectKind,
  type RiskAnalysis,
} from '../../domain/risk';
import type { OrgUnit } from '../../domain/organisation';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import { ValidationError, type ValidationIssue } from '../../domain/shared/Validation';
import { useServices } from '../ServicesContext';
import { useStrings } from '../strings';
import { focusFirstIssue, riskFieldId, riskIssueText } from './fieldIds';
import { FormErrors } from '../shared/FormErrors';

export interface AnalysisPanelProps {
  /** The stored analysis to edit, or the new analysis' starting values. */
  existing: StoredRiskAnalysis | undefined;
  initial: RiskAnalysis;
  units: readonly OrgUnit[];
  objects: readonly StoredClassification[];
  onDismiss: () => void;
  onSaved: (saved: StoredRiskAnalysis) => void;
}

const FORM = 'analysis';
const NONE = '__none';
const panelHeading: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

/** Creates or edits a riskanalys: object, owner, purpose and scope, participants, date, status, follow-up. */
export function AnalysisPanel(props: AnalysisPanelProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.risk.analysisForm;
  const theme = useTheme();
  const [form, setForm] = React.useState<RiskAnalysis>(props.initial);
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [focusRequest, setFocusRequest] = React.useState(0);
  const set = (patch: Partial<RiskAnalysis>): void => setForm((f) => ({ ...f, ...patch }));
  const err = (field: string): string | undefined => riskIssueText(strings, issues, field);

  React.useEffect(() => {
    if (focusRequest > 0) focusFirstIssue(FORM, issues);
  }, [focusRequest]);

  const kindOptions = React.useMemo<IDropdownOption[]>(() => RISK_SUBJECT_KINDS.map((k) => ({ key: k, text: strings.risk.subjectKinds[k] })), [strings]);
  const statusOptions = React.useMemo<IDropdownOption[]>(() => RISK_ANALYSIS_STATUSES.map((k) => ({ key: k, text: strings.risk.statuses[k] })), [strings]);
  const ownerOptions = React.useMemo<IDropdownOption[]>(
    () =>
      props.units
        .filter((u) => u.active || u.id === form.ownerUnitId)
        .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'))
        .map((u) => ({ key: u.id, text: u.name })),
    [props.units, form.ownerUnitId],
  );
  const objectOptions = React.useMemo<IDropdownOption[]>(
    () => [
      { key: NONE, text: s.classificationNone },
      ...[...props.objects].sort((a, b) => a.name.localeCompare(b.name, 'sv-SE')).map((o) => ({ key: o.id, text: o.name })),
    ],
    [props.objects, s],
  );

  async function save(): Promise<void> {
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = props.existing ? await updateAnalysis(services, props.existing, form) : await createAnalysis(services, form);
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

  const title = props.existing ? s.editTitle : s.createTitle;
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
      <p>{s.intro}</p>
      <FormErrors issueCount={issues.length} failure={failure} />
      <TextField
        id={riskFieldId(FORM, 'name')}
        label={s.name}
        required={true}
        autoComplete="off"
        value={form.name}
        onChange={(_e, v) => set({ name: v ?? '' })}
        errorMessage={err('name')}
      />
      <Dropdown
        id={riskFieldId(FORM, 'subjectKind')}
        label={s.subjectKind}
        required={true}
        options={kindOptions}
        selectedKey={form.subjectKind}
        onChange={(_e, option) => {
          const key = String(option?.key ?? '');
          if (isRiskSubjectKind(key)) set({ subjectKind: key });
        }}
        errorMessage={err('subjectKind')}
      />
      <Dropdown
        id={riskFieldId(FORM, 'classificationObjectId')}
        label={s.classificationObject}
        options={objectOptions}
        selectedKey={form.classificationObjectId ?? NONE}
        onChange={(_e, option) => {
          const key = String(option?.key ?? NONE);
          set({ classificationObjectId: key === NONE ? null : key });
        }}
        errorMessage={err('classificationObjectId')}
      />
      <p style={{ margin: '2px 0 0', fontSize: 12 }}>{s.classificationHelp}</p>
      <Dropdown
        id={riskFieldId(FORM, 'ownerUnitId')}
        label={s.owner}
        required={true}
        placeholder={s.ownerPlaceholder}
        options={ownerOptions}
        selectedKey={form.ownerUnitId || null}
        onChange={(_e, option) => set({ ownerUnitId: String(option?.key ?? '') })}
        errorMessage={err('ownerUnitId')}
      />
      <TextField
        id={riskFieldId(FORM, 'purpose')}
        label={s.purpose}
        multiline={true}
        rows={2}
        value={form.purpose}
        onChange={(_e, v) => set({ purpose: v ?? '' })}
        errorMessage={err('purpose')}
      />
      <TextField
        id={riskFieldId(FORM, 'scope')}
        label={s.scope}
        multiline={true}
        rows={2}
        value={form.scope}
        onChange={(_e, v) => set({ scope: v ?? '' })}
        errorMessage={err('scope')}
      />
      <fieldset style={{ border: 'none', padding: 0, margin: '12px 0' }}>
        <legend style={{ fontWeight: 600, fontSize: 14 }}>{s.participants}</legend>
        <p style={{ margin: '2px 0 4px', fontSize: 12 }}>{s.participantsHelp}</p>
        {form.participants.length === 0 && <p style={{ margin: '4px 0' }}>{s.noParticipants}</p>}
        {form.participants.map((p, i) => (
          <div key={i} role="group" aria-label={s.participantLegend(i + 1)} style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
            <TextField
              id={riskFieldId(FORM, `participants.${i}.displayName`)}
              label={s.participantName(i + 1)}
              value={p.displayName}
              onChange={(_e, v) => set({ participants: form.participants.map((x, j) => (j === i ? { ...x, displayName: v ?? '' } : x)) })}
              errorMessage={err(`participants.${i}.displayName`)}
              styles={{ root: { flex: '1 1 160px' } }}
            />
            <TextField
              id={riskFieldId(FORM, `participants.${i}.email`)}
              label={s.participantEmail(i + 1)}
              type="email"
              value={p.email}
              onChange={(_e, v) => set({ participants: form.participants.map((x, j) => (j === i ? { ...x, email: v ?? '' } : x)) })}
              errorMessage={err(`participants.${i}.email`)}
              styles={{ root: { flex: '1 1 200px' } }}
            />
            <IconButton
              iconProps={{ iconName: 'Delete' }}
              ariaLabel={s.removeParticipant(i + 1)}
              title={s.removeParticipant(i + 1)}
              onClick={() => set({ participants: form.participants.filter((_x, j) => j !== i) })}
            />
          </div>
        ))}
        <DefaultButton
          style={{ marginTop: 8 }}
          iconProps={{ iconName: 'AddFriend' }}
          text={s.addParticipant}
          onClick={() => set({ participants: [...form.participants, { displayName: '', email: '' }] })}
        />
      </fieldset>
      <TextField
        id={riskFieldId(FORM, 'date')}
        label={s.date}
        type="date"
        required={true}
        value={form.date}
        onChange={(_e, v) => set({ date: v ?? '' })}
        errorMessage={err('date')}
      />
      <Dropdown
        id={riskFieldId(FORM, 'status')}
        label={s.status}
        required={true}
        options={statusOptions}
        selectedKey={form.status}
        onChange={(_e, option) => {
          const key = String(option?.key ?? '');
          if (isRiskAnalysisStatus(key)) set({ status: key });
        }}
        errorMessage={err('status')}
      />
      <TextField
        id={riskFieldId(FORM, 'nextFollowUpDate')}
        label={s.nextFollowUp}
        type="date"
        value={form.nextFollowUpDate ?? ''}
        onChange={(_e, v) => set({ nextFollowUpDate: v ? v : null })}
        errorMessage={err('nextFollowUpDate')}
      />
      <p style={{ fontSize: 12 }}>{s.matrixNote(form.matrixVersion)}</p>
    </Panel>
  );
}
