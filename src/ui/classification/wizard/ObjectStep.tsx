import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { CLASSIFICATION_OBJECT_KINDS, isClassificationObjectKind, type ClassificationObject } from '../../../domain/classification';
import type { OrgUnit } from '../../../domain/organisation';
import type { ValidationIssue } from '../../../domain/shared/Validation';
import { useStrings } from '../../strings';
import { fieldId, issueText } from '../issueText';

export interface ObjectStepProps {
  object: ClassificationObject;
  units: readonly OrgUnit[];
  issues: readonly ValidationIssue[];
  onChange: (object: ClassificationObject) => void;
}

/** Step 1: what is classified (name, kind, description) and which unit owns the information. */
export function ObjectStep(props: ObjectStepProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification;
  const { object, onChange } = props;
  const kindOptions = React.useMemo<IDropdownOption[]>(() => CLASSIFICATION_OBJECT_KINDS.map((k) => ({ key: k, text: s.kinds[k] })), [s]);
  const ownerOptions = React.useMemo<IDropdownOption[]>(
    () =>
      props.units
        .filter((u) => u.active || u.id === object.ownerUnitId)
        .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'))
        .map((u) => ({ key: u.id, text: u.name })),
    [props.units, object.ownerUnitId],
  );
  return (
    <div>
      <p style={{ marginTop: 0 }}>{s.wizard.object.intro}</p>
      <TextField
        id={fieldId('name')}
        label={s.wizard.object.name}
        required={true}
        autoComplete="off"
        value={object.name}
        onChange={(_e, v) => onChange({ ...object, name: v ?? '' })}
        errorMessage={issueText(strings, props.issues, 'name')}
      />
      <Dropdown
        id={fieldId('kind')}
        label={s.wizard.object.kind}
        required={true}
        options={kindOptions}
        selectedKey={object.kind}
        onChange={(_e, option) => {
          const key = String(option?.key ?? '');
          if (isClassificationObjectKind(key)) onChange({ ...object, kind: key });
        }}
        errorMessage={issueText(strings, props.issues, 'kind')}
      />
      <Dropdown
        id={fieldId('ownerUnitId')}
        label={s.wizard.object.owner}
        required={true}
        placeholder={s.wizard.object.ownerPlaceholder}
        options={ownerOptions}
        selectedKey={object.ownerUnitId || null}
        onChange={(_e, option) => onChange({ ...object, ownerUnitId: String(option?.key ?? '') })}
        errorMessage={issueText(strings, props.issues, 'ownerUnitId')}
      />
      <TextField
        id={fieldId('description')}
        label={s.wizard.object.description}
        multiline={true}
        rows={3}
        value={object.description}
        onChange={(_e, v) => onChange({ ...object, description: v ?? '' })}
        errorMessage={issueText(strings, props.issues, 'description')}
      />
    </div>
  );
}
