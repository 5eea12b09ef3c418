import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { publishSharedType } from '../../../app/classification';
import {
  ASPECTS,
  emptySharedInformationType,
  isPersonalDataKind,
  LEVELS,
  PERSONAL_DATA_KINDS,
  type Level,
} from '../../../domain/classification';
import { ValidationError, type ValidationIssue } from '../../../domain/shared/Validation';
import type {
  SharedInformationTypeDraft,
  StoredSharedInformationType,
} from '../../../data/ports/SharedInformationTypeRepository';
import { useServices } from '../../ServicesContext';
import { errorMessage, useStrings } from '../../strings';
import { issueText } from '../issueText';

export interface SharedTypePanelProps {
  existing: StoredSharedInformationType | undefined;
  onDismiss: () => void;
  onSaved: (saved: StoredSharedInformationType) => void;
}

const panelHeading: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

function draftOf(existing: StoredSharedInformationType | undefined): SharedInformationTypeDraft {
  const base = existing ?? { ...emptySharedInformationType(''), active: true };
  return {
    name: base.name,
    description: base.description,
    assessments: base.assessments,
    personalData: base.personalData,
    active: base.active,
  };
}

/** The coordinator publishes or edits a gemensam informationstyp: levels and a motivering per aspect. */
export function SharedTypePanel(props: SharedTypePanelProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification;
  const theme = useTheme();
  const panelStyles = React.useMemo(() => ({ main: { color: theme.semanticColors.bodyText } }), [theme]);
  const [draft, setDraft] = React.useState<SharedInformationTypeDraft>(() => draftOf(props.existing));
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [saving, setSaving] = React.useState(false);

  const levelOptions: IDropdownOption[] = LEVELS.map((l) => ({ key: l, text: s.levelOption(l, s.levels[l]) }));
  const personalOptions: IChoiceGroupOption[] = PERSONAL_DATA_KINDS.map((k) => ({ key: k, text: s.personalData[k] }));

  async function save(): Promise<void> {
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = await publishSharedType(services, draft, props.existing);
      props.onSaved(saved);
    } catch (error) {
      setSaving(false);
      if (error instanceof ValidationError) setIssues(error.issues);
      else setFailure(error);
    }
  }

  const footer = (): JSX.Element => (
    <div style={{ display: 'flex', gap: 8 }}>
      <PrimaryButton text={saving ? strings.app.saving : s.shared.publish} disabled={saving} onClick={() => save().catch(() => undefined)} />
      <DefaultButton text={strings.app.cancel} onClick={props.onDismiss} />
    </div>
  );

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={props.existing ? s.shared.editTitle : s.shared.createTitle}
      headerTextProps={panelHeading}
      closeButtonAriaLabel={strings.app.close}
      onDismiss={props.onDismiss}
      isFooterAtBottom={true}
      onRenderFooterContent={footer}
      styles={panelStyles}
    >
      {issues.length > 0 && <MessageBar messageBarType={MessageBarType.error}>{strings.validation.summary}</MessageBar>}
      {failure !== undefined && <MessageBar messageBarType={MessageBarType.error}>{errorMessage(strings, failure)}</MessageBar>}
      <TextField
        label={s.fields.name}
        required={true}
        value={draft.name}
        autoComplete="off"
        onChange={(_e, v) => setDraft({ ...draft, name: v ?? '' })}
        errorMessage={issueText(strings, issues, 'name')}
      />
      <TextField
        label={s.fields.description}
        multiline={true}
        rows={2}
        value={draft.description}
        onChange={(_e, v) => setDraft({ ...draft, description: v ?? '' })}
      />
      <ChoiceGroup
        label={s.wizard.sets.personalData}
        options={personalOptions}
        selectedKey={draft.personalData.kind}
        onChange={(_e, o) => {
          const key = String(o?.key ?? '');
          if (isPersonalDataKind(key)) setDraft({ ...draft, personalData: { ...draft.personalData, kind: key } });
        }}
      />
      <TextField
        label={s.wizard.sets.personalDataNote}
        value={draft.personalData.note}
        onChange={(_e, v) => setDraft({ ...draft, personalData: { ...draft.personalData, note: v ?? '' } })}
      />
      {ASPECTS.map((a) => {
        const assessment = draft.assessments[a];
        const setAssessment = (patch: Partial<typeof assessment>): void =>
          setDraft({ ...draft, assessments: { ...draft.assessments, [a]: { ...assessment, ...patch } } });
        return (
          <fieldset key={a} style={{ border: 'none', padding: 0, margin: '12px 0 0' }}>
            <legend style={{ fontWeight: 600 }}>{`${a} – ${s.aspects[a]}`}</legend>
            <Dropdown
              label={s.fields.level(a)}
              options={levelOptions}
              selectedKey={assessment.level}
              onChange={(_e, o) => setAssessment({ level: Number(o?.key ?? 0) as Level, consequences: {} })}
              errorMessage={issueText(strings, issues, `${a}.level`)}
            />
            <TextField
              label={s.fields.motivering(a)}
              required={true}
              multiline={true}
              rows={2}
              value={assessment.motivering}
              onChange={(_e, v) => setAssessment({ motivering: v ?? '' })}
              errorMessage={issueText(strings, issues, `${a}.motivering`)}
            />
          </fieldset>
        );
      })}
      <Toggle
        label={s.shared.active}
        checked={draft.active}
        onChange={(_e, checked) => setDraft({ ...draft, active: !!checked })}
        styles={{ root: { marginTop: 12 } }}
      />
    </Panel>
  );
}
