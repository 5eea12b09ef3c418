import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { raiseAspect } from '../../../app/classification';
import { aggregateProfile, ASPECTS, isAspect, LEVELS, type Aspect, type Level } from '../../../domain/classification';
import { ValidationError, type ValidationIssue } from '../../../domain/shared/Validation';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useServices } from '../../ServicesContext';
import { useStrings } from '../../strings';
import { fieldId, issueText } from '../issueText';

export interface ManualRaiseFormProps {
  object: StoredClassification;
  busy: boolean;
  onSaved: (saved: StoredClassification, message: string) => void;
  onFailure: (error: unknown) => void;
}

/**
 * Raises one aspect of a draft above what its sets give, with a motivering. A level below the sets is refused with
 * the domain's message next to the level ("En manuell justering får bara höja nivån, inte sänka den").
 */
export function ManualRaiseForm(props: ManualRaiseFormProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification;
  const { object } = props;
  const [aspect, setAspect] = React.useState<Aspect>('K');
  const [level, setLevel] = React.useState<Level | undefined>(undefined);
  const [motivering, setMotivering] = React.useState('');
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [saving, setSaving] = React.useState(false);
  const fromSets = aggregateProfile(object).fromSets;

  const aspectOptions: IDropdownOption[] = ASPECTS.map((a) => ({ key: a, text: `${a} – ${s.aspects[a]} (${s.levelOption(fromSets[a], s.levels[fromSets[a]])})` }));
  const levelOptions: IDropdownOption[] = LEVELS.map((l) => ({ key: l, text: s.levelOption(l, s.levels[l]) }));

  async function run(target: Aspect, raise: { level: Level; motivering: string } | null, message: string): Promise<void> {
    setSaving(true);
    try {
      const saved = await raiseAspect(services, object, target, raise);
      setIssues([]);
      if (raise) {
        setLevel(undefined);
        setMotivering('');
      }
      props.onSaved(saved, message);
    } catch (error) {
      if (error instanceof ValidationError) setIssues(error.issues);
      else props.onFailure(error);
    } finally {
      setSaving(false);
    }
  }

  function submit(): void {
    if (level === undefined) {
      setIssues([{ field: `manualRaises.${aspect}.level`, code: 'required' }]);
      return;
    }
    run(aspect, { level, motivering }, s.detail.raiseSaved(aspect, level)).catch(() => undefined);
  }

  const raises = ASPECTS.filter((a) => object.manualRaises[a]);
  const disabled = props.busy || saving;
  return (
    <div>
      <p style={{ marginTop: 0 }}>{s.detail.raisesHelp}</p>
      {raises.length > 0 && (
        <ul style={{ paddingLeft: 20 }}>
          {raises.map((a) => {
            const raise = object.manualRaises[a];
            return raise ? (
              <li key={a} style={{ marginBottom: 4 }}>
                {`${a} – ${s.aspects[a]}: ${s.detail.raisedManually(raise.level, raise.motivering)} `}
                <DefaultButton
                  text={s.detail.raiseRemove(a)}
                  disabled={disabled}
                  onClick={() => run(a, null, s.detail.raiseRemoved(a)).catch(() => undefined)}
                />
              </li>
            ) : null;
          })}
        </ul>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <Dropdown
          label={s.detail.raiseAspect}
          options={aspectOptions}
          selectedKey={aspect}
          onChange={(_e, option) => {
            const key = String(option?.key ?? 'K');
            if (isAspect(key)) setAspect(key);
            setIssues([]);
          }}
          styles={{ root: { minWidth: 260 } }}
        />
        <Dropdown
          id={fieldId(`manualRaises.${aspect}.level`)}
          label={s.detail.raiseLevel}
          required={true}
          options={levelOptions}
          selectedKey={level ?? null}
          onChange={(_e, option) => setLevel(option ? (Number(option.key) as Level) : undefined)}
          errorMessage={issueText(strings, issues, `manualRaises.${aspect}.level`)}
          styles={{ root: { minWidth: 240, maxWidth: 360 } }}
        />
      </div>
      <TextField
        id={fieldId(`manualRaises.${aspect}.motivering`)}
        label={s.detail.raiseMotivering}
        required={true}
        multiline={true}
        rows={2}
        value={motivering}
        onChange={(_e, v) => setMotivering(v ?? '')}
        errorMessage={issueText(strings, issues, `manualRaises.${aspect}.motivering`)}
      />
      <PrimaryButton style={{ marginTop: 8 }} text={s.detail.raiseSave} disabled={disabled} onClick={submit} />
    </div>
  );
}
