import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { useTheme } from '@fluentui/react/lib/Theme';
import {
  emptyInformationSet,
  isPersonalDataKind,
  PERSONAL_DATA_KINDS,
  setFromSharedType,
  type ClassificationObject,
  type InformationSet,
} from '../../../domain/classification';
import type { ValidationIssue } from '../../../domain/shared/Validation';
import type { StoredSharedInformationType } from '../../../data/ports/SharedInformationTypeRepository';
import { useStrings } from '../../strings';
import { FieldError } from '../FieldError';
import { fieldId, issueText } from '../issueText';
import { nextSetId } from './wizardSteps';

export interface SetsStepProps {
  object: ClassificationObject;
  sharedTypes: readonly StoredSharedInformationType[];
  issues: readonly ValidationIssue[];
  onChange: (object: ClassificationObject) => void;
}

/** Step 2: the object's informationsmängder (name, description, personal data), optionally from a shared type. */
export function SetsStep(props: SetsStepProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification;
  const theme = useTheme();
  const { object, onChange } = props;
  const [sharedId, setSharedId] = React.useState<string | undefined>(undefined);
  const sharedNames = new Map(props.sharedTypes.map((t) => [t.id, t.name] as [string, string]));
  const personalOptions: IChoiceGroupOption[] = PERSONAL_DATA_KINDS.map((k) => ({ key: k, text: s.personalData[k] }));
  const sharedOptions: IDropdownOption[] = props.sharedTypes.filter((t) => t.active).map((t) => ({ key: t.id, text: t.name }));

  function update(index: number, set: InformationSet): void {
    onChange({ ...object, sets: object.sets.map((s2, i) => (i === index ? set : s2)) });
  }

  function add(set: InformationSet): void {
    onChange({ ...object, sets: [...object.sets, set] });
    // Focus the new set's name once it is rendered.
    const field = fieldId(`sets.${object.sets.length}.name`);
    setTimeout(() => document.getElementById(field)?.focus(), 0);
  }

  function addShared(): void {
    const type = props.sharedTypes.filter((t) => t.id === sharedId)[0];
    if (!type) return;
    add(setFromSharedType(type, nextSetId(object)));
    setSharedId(undefined);
  }

  return (
    <div>
      <p style={{ marginTop: 0 }}>{s.wizard.sets.intro}</p>
      {object.sets.length === 0 && <p>{s.wizard.sets.none}</p>}
      <FieldError id={`${fieldId('sets')}-error`} text={issueText(strings, props.issues, 'sets')} />
      {object.sets.map((set, index) => {
        const prefix = `sets.${index}`;
        return (
          <fieldset
            key={set.id}
            style={{ border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '8px 12px 12px', margin: '12px 0' }}
          >
            <legend style={{ fontWeight: 600 }}>{s.wizard.sets.legend(index + 1)}</legend>
            {set.sharedTypeId && <p style={{ margin: '0 0 4px' }}>{s.wizard.sets.basedOn(sharedNames.get(set.sharedTypeId) ?? set.sharedTypeId)}</p>}
            <TextField
              id={fieldId(`${prefix}.name`)}
              label={s.wizard.sets.name}
              required={true}
              autoComplete="off"
              value={set.name}
              onChange={(_e, v) => update(index, { ...set, name: v ?? '' })}
              errorMessage={issueText(strings, props.issues, `${prefix}.name`)}
            />
            <TextField
              id={fieldId(`${prefix}.description`)}
              label={s.wizard.sets.description}
              multiline={true}
              rows={2}
              value={set.description}
              onChange={(_e, v) => update(index, { ...set, description: v ?? '' })}
            />
            <ChoiceGroup
              id={fieldId(`${prefix}.personalData.kind`)}
              label={s.wizard.sets.personalData}
              options={personalOptions}
              selectedKey={set.personalData.kind}
              onChange={(_e, option) => {
                const key = String(option?.key ?? '');
                if (isPersonalDataKind(key)) update(index, { ...set, personalData: { ...set.personalData, kind: key } });
              }}
            />
            <FieldError id={`${fieldId(`${prefix}.personalData.kind`)}-error`} text={issueText(strings, props.issues, `${prefix}.personalData.kind`)} />
            <TextField
              id={fieldId(`${prefix}.personalData.note`)}
              label={s.wizard.sets.personalDataNote}
              value={set.personalData.note}
              onChange={(_e, v) => update(index, { ...set, personalData: { ...set.personalData, note: v ?? '' } })}
            />
            <DefaultButton
              style={{ marginTop: 8 }}
              iconProps={{ iconName: 'Delete' }}
              text={s.wizard.sets.remove(index + 1)}
              onClick={() => onChange({ ...object, sets: object.sets.filter((_x, i) => i !== index) })}
            />
          </fieldset>
        );
      })}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end', marginTop: 8 }}>
        <DefaultButton iconProps={{ iconName: 'Add' }} text={s.wizard.sets.add} onClick={() => add(emptyInformationSet(nextSetId(object)))} />
        {sharedOptions.length > 0 && (
          <>
            <Dropdown
              label={s.wizard.sets.sharedType}
              placeholder={s.wizard.sets.sharedPlaceholder}
              options={sharedOptions}
              selectedKey={sharedId ?? null}
              onChange={(_e, option) => setSharedId(option ? String(option.key) : undefined)}
              styles={{ root: { minWidth: 220 } }}
            />
            <DefaultButton text={s.wizard.sets.addShared} disabled={!sharedId} onClick={addShared} />
          </>
        )}
      </div>
    </div>
  );
}
