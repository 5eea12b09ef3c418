import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import type { CriticalityAnswer } from '../../domain/classification';
import type { ValidationIssue } from '../../domain/shared/Validation';
import { useStrings } from '../strings';
import { describedOptions, FieldError } from './FieldError';
import { fieldId, issueText } from './issueText';

export interface CriticalityFieldsProps {
  value: CriticalityAnswer;
  issues: readonly ValidationIssue[];
  onChange: (value: CriticalityAnswer) => void;
  disabled?: boolean;
}

/** R or T ≥ 3: the object is verksamhetskritisk; is it also samhällsviktig? Answer and motivering are required. */
export function CriticalityFields(props: CriticalityFieldsProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification.detail;
  const options: IChoiceGroupOption[] = [
    { key: 'yes', text: s.samhallsviktigYes },
    { key: 'no', text: s.samhallsviktigNo },
  ];
  const selected = props.value.samhallsviktig === null ? undefined : props.value.samhallsviktig ? 'yes' : 'no';
  const answerError = issueText(strings, props.issues, 'criticality.samhallsviktig');
  return (
    <div>
      <p style={{ margin: '4px 0' }}>{s.criticalText}</p>
      <ChoiceGroup
        id={fieldId('criticality.samhallsviktig')}
        label={s.samhallsviktigQuestion}
        required={true}
        options={describedOptions(options, answerError ? `${fieldId('criticality.samhallsviktig')}-error` : undefined)}
        selectedKey={selected ?? null}
        disabled={props.disabled}
        onChange={(_e, option) => props.onChange({ ...props.value, samhallsviktig: option?.key === 'yes' })}
      />
      <FieldError id={`${fieldId('criticality.samhallsviktig')}-error`} text={answerError} />
      <TextField
        id={fieldId('criticality.motivering')}
        label={s.criticalMotivering}
        required={true}
        multiline={true}
        rows={2}
        value={props.value.motivering}
        disabled={props.disabled}
        onChange={(_e, v) => props.onChange({ ...props.value, motivering: v ?? '' })}
        errorMessage={issueText(strings, props.issues, 'criticality.motivering')}
      />
    </div>
  );
}
