import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { ChoiceGroup, type IChoiceGroupOption } from '@fluentui/react/lib/ChoiceGroup';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { ASPECTS } from '../../domain/classification';
import { RISK_TREATMENTS, isRiskTreatment, type Risk, type RiskMatrix } from '../../domain/risk';
import type { ValidationIssue } from '../../domain/shared/Validation';
import { describedOptions, FieldError } from '../classification/FieldError';
import { useStrings } from '../strings';
import { AssessmentFields } from './AssessmentFields';
import { riskFieldId, riskIssueText } from './fieldIds';

export interface RiskFormProps {
  form: string;
  risk: Risk;
  matrix: RiskMatrix;
  issues: readonly ValidationIssue[];
  onChange: (risk: Risk) => void;
}

const heading: React.CSSProperties = { fontSize: 16, fontWeight: 600, margin: '20px 0 4px' };

/**
 * The risk's fields: the three-part wording with a live reading, aspects, risk owner, existing measures, the
 * inherent assessment, the treatment and the residual assessment.
 */
export function RiskForm(props: RiskFormProps): JSX.Element {
  const strings = useStrings();
  const s = strings.risk.riskForm;
  const { risk, form, onChange } = props;
  const err = (field: string): string | undefined => riskIssueText(strings, props.issues, field);
  const set = (patch: Partial<Risk>): void => onChange({ ...risk, ...patch });
  const owner = risk.riskOwner ?? { displayName: '', email: '' };
  const setOwner = (patch: Partial<typeof owner>): void => {
    const next = { ...owner, ...patch };
    set({ riskOwner: next.displayName || next.email ? next : null });
  };
  const treatmentId = riskFieldId(form, 'treatment');
  const treatmentError = err('treatment');
  const treatmentOptions: IChoiceGroupOption[] = RISK_TREATMENTS.map((t) => ({
    key: t,
    text: `${strings.risk.treatments[t]} – ${strings.risk.treatmentHelp[t]}`,
  }));

  return (
    <div>
      <h3 style={heading}>{s.wordingHeading}</h3>
      <p style={{ margin: '0 0 4px', fontSize: 12 }}>{s.wordingHelp}</p>
      <TextField
        id={riskFieldId(form, 'cause')}
        label={s.cause}
        required={true}
        multiline={true}
        autoAdjustHeight={true}
        rows={1}
        value={risk.cause}
        onChange={(_e, v) => set({ cause: v ?? '' })}
        errorMessage={err('cause')}
      />
      <TextField
        id={riskFieldId(form, 'event')}
        label={s.event}
        required={true}
        multiline={true}
        autoAdjustHeight={true}
        rows={1}
        value={risk.event}
        onChange={(_e, v) => set({ event: v ?? '' })}
        errorMessage={err('event')}
      />
      <TextField
        id={riskFieldId(form, 'consequence')}
        label={s.consequence}
        required={true}
        multiline={true}
        autoAdjustHeight={true}
        rows={1}
        value={risk.consequence}
        onChange={(_e, v) => set({ consequence: v ?? '' })}
        errorMessage={err('consequence')}
      />
      <p style={{ margin: '8px 0', fontStyle: 'italic' }} aria-label={s.preview}>
        {strings.risk.wording(risk.cause.trim(), risk.event.trim(), risk.consequence.trim())}
      </p>

      <fieldset id={riskFieldId(form, 'aspects')} style={{ border: 'none', padding: 0, margin: '12px 0' }}>
        <legend style={{ fontWeight: 600, fontSize: 14 }}>{s.aspects}</legend>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginTop: 4 }}>
          {ASPECTS.map((aspect) => (
            <Checkbox
              key={aspect}
              label={`${aspect} – ${strings.classification.aspects[aspect]}`}
              checked={risk.aspects.indexOf(aspect) >= 0}
              onChange={(_e, checked) =>
                set({ aspects: ASPECTS.filter((a) => (a === aspect ? !!checked : risk.aspects.indexOf(a) >= 0)) })
              }
            />
          ))}
        </div>
        <FieldError id={`${riskFieldId(form, 'aspects')}-error`} text={err('aspects')} />
      </fieldset>

      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <TextField
          id={riskFieldId(form, 'riskOwner.displayName')}
          label={s.ownerName}
          value={owner.displayName}
          onChange={(_e, v) => setOwner({ displayName: v ?? '' })}
          errorMessage={err('riskOwner.displayName')}
          styles={{ root: { flex: '1 1 180px' } }}
        />
        <TextField
          id={riskFieldId(form, 'riskOwner.email')}
          label={s.ownerEmail}
          type="email"
          value={owner.email}
          onChange={(_e, v) => setOwner({ email: v ?? '' })}
          errorMessage={err('riskOwner.email')}
          styles={{ root: { flex: '1 1 220px' } }}
        />
      </div>
      <TextField
        id={riskFieldId(form, 'existingMeasures')}
        label={s.existingMeasures}
        description={s.existingMeasuresHelp}
        multiline={true}
        rows={2}
        value={risk.existingMeasures}
        onChange={(_e, v) => set({ existingMeasures: v ?? '' })}
        errorMessage={err('existingMeasures')}
      />

      <h3 style={heading}>{s.inherentHeading}</h3>
      <AssessmentFields prefix="inherent" form={form} matrix={props.matrix} value={risk.inherent} issues={props.issues} onChange={(inherent) => set({ inherent })} />

      <h3 style={heading}>{s.treatmentHeading}</h3>
      <ChoiceGroup
        id={treatmentId}
        label={s.treatment}
        options={describedOptions(treatmentOptions, treatmentError ? `${treatmentId}-error` : undefined)}
        selectedKey={risk.treatment ?? null}
        onChange={(_e, option) => {
          const key = String(option?.key ?? '');
          if (isRiskTreatment(key)) set({ treatment: key });
        }}
      />
      <FieldError id={`${treatmentId}-error`} text={treatmentError} />
      <TextField
        id={riskFieldId(form, 'treatmentNote')}
        label={s.treatmentNote}
        multiline={true}
        rows={2}
        value={risk.treatmentNote}
        onChange={(_e, v) => set({ treatmentNote: v ?? '' })}
        errorMessage={err('treatmentNote')}
      />

      <h3 style={heading}>{s.residualHeading}</h3>
      <p style={{ margin: '0 0 4px', fontSize: 12 }}>{s.residualHelp}</p>
      {risk.residual ? (
        <>
          <AssessmentFields prefix="residual" form={form} matrix={props.matrix} value={risk.residual} issues={props.issues} onChange={(residual) => set({ residual })} />
          <DefaultButton style={{ marginTop: 8 }} iconProps={{ iconName: 'Delete' }} text={s.removeResidual} onClick={() => set({ residual: null })} />
        </>
      ) : (
        <>
          <p style={{ margin: '4px 0' }}>{s.noResidual}</p>
          <DefaultButton
            iconProps={{ iconName: 'Add' }}
            text={s.addResidual}
            onClick={() => set({ residual: { likelihood: 0, consequence: 0, motivering: '' } })}
          />
        </>
      )}
    </div>
  );
}
