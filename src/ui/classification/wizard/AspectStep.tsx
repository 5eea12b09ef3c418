import * as React from 'react';
import { ChoiceGroup, type IChoiceGroupOption, type IChoiceGroupOptionProps } from '@fluentui/react/lib/ChoiceGroup';
import { TextField } from '@fluentui/react/lib/TextField';
import {
  CONSEQUENCE_CATEGORIES,
  decidingCategories,
  LEVELS,
  levelFromConsequences,
  withConsequence,
  type Aspect,
  type ClassificationObject,
  type InformationSet,
  type Level,
} from '../../../domain/classification';
import type { ValidationIssue } from '../../../domain/shared/Validation';
import { useStrings } from '../../strings';
import { describedOptions, FieldError } from '../FieldError';
import { fieldId, issueText } from '../issueText';

export interface AspectStepProps {
  object: ClassificationObject;
  setIndex: number;
  aspect: Aspect;
  issues: readonly ValidationIssue[];
  onChange: (object: ClassificationObject) => void;
}

const NOT_ASSESSED = 'none';

/**
 * One aspect of one information set: each consequence category gets a level (0–4, SKR's labels), the worst one
 * suggests the aspect's level, the user confirms (or raises) it and writes a motivering.
 */
export function AspectStep(props: AspectStepProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification;
  const { object, setIndex, aspect } = props;
  const set = object.sets[setIndex];
  const assessment = set.assessments[aspect];
  const prefix = `sets.${setIndex}.${aspect}`;
  const suggested = levelFromConsequences(assessment.consequences);
  const deciding = decidingCategories(assessment.consequences);
  const baseline = set.sharedBaseline?.[aspect];
  const levelError = issueText(strings, props.issues, `${prefix}.level`);

  function update(next: InformationSet): void {
    props.onChange({ ...object, sets: object.sets.map((x, i) => (i === setIndex ? next : x)) });
  }

  const categoryOptions: IChoiceGroupOption[] = [
    { key: NOT_ASSESSED, text: s.wizard.aspect.notAssessed },
    ...LEVELS.map((level) => ({ key: String(level), text: s.levelOption(level, s.levels[level]) })),
  ];

  type OptionProps = IChoiceGroupOption & IChoiceGroupOptionProps;
  const renderLevelLabel = (option?: OptionProps, render?: (p?: OptionProps) => JSX.Element | null): JSX.Element | null => {
    if (!option || !render) return null;
    const level = Number(option.itemKey) as Level;
    return (
      <span>
        {render(option)}
        <span style={{ display: 'block', paddingLeft: 26, fontSize: 12 }}>{s.levelGuidance[aspect][level]}</span>
      </span>
    );
  };
  const levelOptions: IChoiceGroupOption[] = LEVELS.map((level) => ({
    key: String(level),
    text: s.levelOption(level, s.levels[level]),
    onRenderLabel: renderLevelLabel,
  }));

  return (
    <div>
      <p style={{ marginTop: 0, fontWeight: 600 }}>{s.wizard.aspect.setLabel(set.name)}</p>
      <h3 style={{ fontSize: 18, fontWeight: 600, margin: '8px 0 4px' }}>{`${aspect} – ${s.aspects[aspect]}`}</h3>
      <p>{s.aspectQuestions[aspect]}</p>

      <fieldset style={{ border: 'none', padding: 0, margin: '8px 0' }}>
        <legend style={{ fontWeight: 600, fontSize: 16 }}>{s.wizard.aspect.consequencesLegend}</legend>
        <p style={{ margin: '4px 0' }}>{s.wizard.aspect.consequencesHelp}</p>
        {CONSEQUENCE_CATEGORIES.map((category) => {
          const value = assessment.consequences[category];
          const helpId = `${fieldId(`${prefix}.consequences.${category}`)}-help`;
          return (
            <div key={category} style={{ margin: '12px 0' }}>
              <ChoiceGroup
                id={fieldId(`${prefix}.consequences.${category}`)}
                label={s.wizard.aspect.categoryLevel(s.categories[category])}
                options={describedOptions(categoryOptions, helpId)}
                selectedKey={value === undefined ? NOT_ASSESSED : String(value)}
                onChange={(_e, option) => {
                  const key = String(option?.key ?? NOT_ASSESSED);
                  const level = key === NOT_ASSESSED ? undefined : (Number(key) as Level);
                  update({ ...set, assessments: { ...set.assessments, [aspect]: withConsequence(assessment, category, level) } });
                }}
                styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
              />
              <p id={helpId} style={{ margin: '2px 0 0', fontSize: 12 }}>
                {s.categoryGuidance[category]}
              </p>
            </div>
          );
        })}
      </fieldset>

      <div role="status" aria-live="polite" style={{ margin: '12px 0', fontWeight: 600 }}>
        <div>{deciding.length > 0 ? s.wizard.aspect.suggested(suggested, s.levels[suggested]) : s.wizard.aspect.suggestedNone}</div>
        {deciding.length > 0 && <div style={{ fontWeight: 400 }}>{s.wizard.aspect.decidedBy(deciding.map((c) => s.categories[c]).join(', '))}</div>}
      </div>
      {baseline !== undefined && <p>{s.wizard.aspect.baseline(baseline)}</p>}

      <ChoiceGroup
        id={fieldId(`${prefix}.level`)}
        label={`${s.wizard.aspect.levelLabel}: ${s.aspects[aspect]}`}
        required={true}
        options={describedOptions(levelOptions, levelError ? `${fieldId(`${prefix}.level`)}-error` : undefined)}
        selectedKey={String(assessment.level)}
        onChange={(_e, option) => {
          const level = Number(option?.key ?? 0) as Level;
          update({ ...set, assessments: { ...set.assessments, [aspect]: { ...assessment, level } } });
        }}
      />
      <p style={{ margin: '2px 0 0', fontSize: 12 }}>{s.wizard.aspect.levelHelp}</p>
      <FieldError id={`${fieldId(`${prefix}.level`)}-error`} text={levelError} />

      <TextField
        id={fieldId(`${prefix}.motivering`)}
        label={s.wizard.aspect.motivering}
        description={s.wizard.aspect.motiveringHelp}
        required={true}
        multiline={true}
        rows={3}
        value={assessment.motivering}
        onChange={(_e, v) =>
          update({ ...set, assessments: { ...set.assessments, [aspect]: { ...assessment, motivering: v ?? '' } } })
        }
        errorMessage={issueText(strings, props.issues, `${prefix}.motivering`)}
      />
    </div>
  );
}
