import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption, type IChoiceGroupOptionProps } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import { tryScore, type Assessment, type RiskMatrix, type ScaleLevel } from '../../domain/risk';
import type { ValidationIssue } from '../../domain/shared/Validation';
import { describedOptions, FieldError } from '../classification/FieldError';
import { useStrings } from '../strings';
import { riskFieldId, riskIssueText } from './fieldIds';
import { LevelBadge } from './LevelBadge';

export interface AssessmentFieldsProps {
  /** `inherent` or `residual`: the field path prefix of the issues. */
  prefix: 'inherent' | 'residual';
  form: string;
  matrix: RiskMatrix;
  value: Assessment | null;
  issues: readonly ValidationIssue[];
  onChange: (value: Assessment) => void;
}

type OptionProps = IChoiceGroupOption & IChoiceGroupOptionProps;

/**
 * Sannolikhet and konsekvens as radio groups whose options are the analysis' own matrix scale (label and description
 * per level), the motivering, and the resulting value and level as text.
 */
export function AssessmentFields(props: AssessmentFieldsProps): JSX.Element {
  const strings = useStrings();
  const s = strings.risk.riskForm;
  const { matrix, prefix, form } = props;
  const value: Assessment = props.value ?? { likelihood: 0, consequence: 0, motivering: '' };
  const score = tryScore(matrix, props.value);

  function scaleGroup(part: 'likelihood' | 'consequence', label: string, scale: ScaleLevel[]): JSX.Element {
    const field = `${prefix}.${part}`;
    const id = riskFieldId(form, field);
    const error = riskIssueText(strings, props.issues, field);
    const descriptions = new Map(scale.map((l) => [String(l.value), l.description] as [string, string]));
    const renderLabel = (option?: OptionProps, render?: (p?: OptionProps) => JSX.Element | null): JSX.Element | null => {
      if (!option || !render) return null;
      return (
        <span>
          {render(option)}
          <span style={{ display: 'block', paddingLeft: 26, fontSize: 12 }}>{descriptions.get(option.itemKey) ?? ''}</span>
        </span>
      );
    };
    const options: IChoiceGroupOption[] = scale.map((l) => ({ key: String(l.value), text: s.scaleOption(l.value, l.label), onRenderLabel: renderLabel }));
    return (
      <div style={{ flex: '1 1 240px' }}>
        <ChoiceGroup
          id={id}
          label={label}
          required={true}
          options={describedOptions(options, error ? `${id}-error` : undefined)}
          selectedKey={value[part] ? String(value[part]) : null}
          onChange={(_e, option) => props.onChange({ ...value, [part]: Number(option?.key ?? 0) })}
        />
        <FieldError id={`${id}-error`} text={error} />
      </div>
    );
  }

  return (
    <div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
        {scaleGroup('likelihood', s.likelihood, matrix.likelihood)}
        {scaleGroup('consequence', s.consequenceScale, matrix.consequence)}
      </div>
      <p role="status" aria-live="polite" style={{ margin: '8px 0' }}>
        {score ? (
          <>
            <span>{s.result(score.value, score.level.label)} </span>
            <LevelBadge score={score} compact={true} />
          </>
        ) : (
          s.resultNone
        )}
      </p>
      <TextField
        id={riskFieldId(form, `${prefix}.motivering`)}
        label={s.motivering}
        description={s.motiveringHelp}
        required={true}
        multiline={true}
        rows={2}
        value={value.motivering}
        onChange={(_e, v) => props.onChange({ ...value, motivering: v ?? '' })}
        errorMessage={riskIssueText(strings, props.issues, `${prefix}.motivering`)}
      />
    </div>
  );
}
