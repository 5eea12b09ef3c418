import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { requestLowering } from '../../../app/classification';
import { ASPECTS, isAspect, LEVELS, type Aspect, type Level } from '../../../domain/classification';
import { ValidationError, type ValidationIssue } from '../../../domain/shared/Validation';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useServices } from '../../ServicesContext';
import { useStrings } from '../../strings';
import { FieldError } from '../FieldError';
import { issueText } from '../issueText';

export interface LoweringRequestFormProps {
  object: StoredClassification;
  busy: boolean;
  onSaved: (saved: StoredClassification, message: string) => void;
  onFailure: (error: unknown) => void;
}

/** For a draft set based on a shared type: ask the coordinator to allow a level below the shared one. */
export function LoweringRequestForm(props: LoweringRequestFormProps): JSX.Element | null {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification.detail;
  const sets = props.object.sets.filter((set) => set.sharedBaseline);
  const [setId, setSetId] = React.useState<string | undefined>(sets[0]?.id);
  const [aspect, setAspect] = React.useState<Aspect>('K');
  const [level, setLevel] = React.useState<Level | undefined>(undefined);
  const [motivering, setMotivering] = React.useState('');
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [saving, setSaving] = React.useState(false);
  if (sets.length === 0) return null;

  async function submit(): Promise<void> {
    if (!setId) return;
    if (level === undefined) {
      setIssues([{ field: 'level', code: 'required' }]);
      return;
    }
    setSaving(true);
    try {
      const saved = await requestLowering(services, props.object, setId, { aspect, level, motivering });
      setIssues([]);
      setLevel(undefined);
      setMotivering('');
      props.onSaved(saved, s.loweringSent);
    } catch (error) {
      if (error instanceof ValidationError) setIssues(error.issues);
      else props.onFailure(error);
    } finally {
      setSaving(false);
    }
  }

  const setOptions: IDropdownOption[] = sets.map((set) => ({ key: set.id, text: set.name }));
  const aspectOptions: IDropdownOption[] = ASPECTS.map((a) => ({ key: a, text: `${a} – ${strings.classification.aspects[a]}` }));
  const levelOptions: IDropdownOption[] = LEVELS.map((l) => ({ key: l, text: strings.classification.levelOption(l, strings.classification.levels[l]) }));
  const disabled = props.busy || saving;
  return (
    <div>
      <p style={{ marginTop: 0 }}>{s.loweringHelp}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <Dropdown label={s.loweringSet} options={setOptions} selectedKey={setId ?? null} onChange={(_e, o) => setSetId(o ? String(o.key) : undefined)} styles={{ root: { minWidth: 200 } }} />
        <Dropdown
          label={s.loweringAspect}
          options={aspectOptions}
          selectedKey={aspect}
          onChange={(_e, o) => {
            const key = String(o?.key ?? 'K');
            if (isAspect(key)) setAspect(key);
          }}
          errorMessage={issueText(strings, issues, 'aspect')}
          styles={{ root: { minWidth: 180 } }}
        />
        <Dropdown
          label={s.loweringLevel}
          required={true}
          options={levelOptions}
          selectedKey={level ?? null}
          onChange={(_e, o) => setLevel(o ? (Number(o.key) as Level) : undefined)}
          errorMessage={issueText(strings, issues, 'level')}
          styles={{ root: { minWidth: 220 } }}
        />
      </div>
      <TextField
        label={s.loweringMotivering}
        required={true}
        multiline={true}
        rows={2}
        value={motivering}
        onChange={(_e, v) => setMotivering(v ?? '')}
        errorMessage={issueText(strings, issues, 'motivering')}
      />
      <FieldError id="lis-cls-lowering-status-error" text={issueText(strings, issues, 'status')} />
      <PrimaryButton style={{ marginTop: 8 }} text={s.loweringSubmit} disabled={disabled} onClick={() => submit().catch(() => undefined)} />
    </div>
  );
}
