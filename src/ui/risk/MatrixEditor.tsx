import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { matrixBase, saveMatrixVersion } from '../../app/risk';
import {
  ACCEPTANCE_ROLES,
  MAX_SCALE_LEVELS,
  MIN_SCALE_LEVELS,
  isAcceptanceRole,
  reachableProducts,
  type RiskLevelDefinition,
  type RiskMatrix,
  type ScaleLevel,
} from '../../domain/risk';
import type { StoredRiskMatrix } from '../../data/ports/RiskMatrixRepository';
import { ConflictError } from '../../data/ports/errors';
import { ValidationError, type ValidationIssue } from '../../domain/shared/Validation';
import { FieldError } from '../classification/FieldError';
import { useServices } from '../ServicesContext';
import { formatDateTime } from '../shared/formatDateTime';
import { errorMessage, useStrings } from '../strings';
import { focusFirstIssue, riskFieldId, riskIssueText, riskIssueTexts } from './fieldIds';
import { MatrixPreview } from './MatrixPreview';

const FORM = 'matrix';
const sectionTitle: React.CSSProperties = { fontSize: 18, fontWeight: 600, margin: '20px 0 6px' };
const fieldsetStyle: React.CSSProperties = { border: '1px solid rgba(128,128,128,0.4)', borderRadius: 2, padding: '4px 12px 12px', margin: '8px 0' };

type Scale = 'likelihood' | 'consequence';

function copy(matrix: RiskMatrix): RiskMatrix {
  return {
    ...matrix,
    likelihood: matrix.likelihood.map((l) => ({ ...l })),
    consequence: matrix.consequence.map((l) => ({ ...l })),
    levels: matrix.levels.map((l) => ({ ...l })),
  };
}

function resize(scale: ScaleLevel[], size: number): ScaleLevel[] {
  const next = scale.slice(0, size);
  for (let v = next.length + 1; v <= size; v++) next.push({ value: v, label: '', description: '' });
  return next.map((l, i) => ({ ...l, value: i + 1 }));
}

function newLevelKey(levels: readonly RiskLevelDefinition[]): string {
  let n = levels.length + 1;
  while (levels.some((l) => l.key === `niva${n}`)) n++;
  return `niva${n}`;
}

/**
 * The coordinator's matrix editor: scales (3–6 levels, label and description each), risk levels (range, colours,
 * who may accept, inform KS), a live preview, and "Spara som ny version". Errors appear next to the fields.
 */
export function MatrixEditor(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.risk.matrix;
  const [versions, setVersions] = React.useState<StoredRiskMatrix[] | undefined>(undefined);
  const [draft, setDraft] = React.useState<RiskMatrix | undefined>(undefined);
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [focusRequest, setFocusRequest] = React.useState(0);

  const latest = versions && versions.length > 0 ? versions[versions.length - 1] : null;

  const load = React.useCallback(async (): Promise<void> => {
    setFailure(undefined);
    try {
      const list = await services.riskMatrices.list();
      const items = [...list.items].sort((a, b) => a.version - b.version);
      setVersions(items);
      setDraft(copy(matrixBase(items.length > 0 ? items[items.length - 1] : null)));
      setIssues([]);
    } catch (error) {
      setFailure(error);
    }
  }, [services]);

  React.useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  React.useEffect(() => {
    if (focusRequest > 0) focusFirstIssue(FORM, issues);
  }, [focusRequest]);

  if (!draft) {
    return failure !== undefined ? (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton text={strings.app.retry} onClick={() => load().catch(() => undefined)} />}>
        {errorMessage(strings, failure)}
      </MessageBar>
    ) : (
      <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 24 } }} />
    );
  }

  const err = (field: string): string | undefined => riskIssueText(strings, issues, field);
  const change = (next: RiskMatrix): void => {
    setDraft(next);
    setNotice(undefined);
  };
  const setScale = (scale: Scale, steps: ScaleLevel[]): void => change({ ...draft, [scale]: steps });
  const setLevel = (i: number, patch: Partial<RiskLevelDefinition>): void =>
    change({ ...draft, levels: draft.levels.map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const roleOptions: IDropdownOption[] = ACCEPTANCE_ROLES.map((r) => ({ key: r, text: strings.risk.roles[r] }));
  const sizeOptions: IDropdownOption[] = [];
  for (let n = MIN_SCALE_LEVELS; n <= MAX_SCALE_LEVELS; n++) sizeOptions.push({ key: String(n), text: String(n) });

  async function save(): Promise<void> {
    if (!draft) return;
    setSaving(true);
    setFailure(undefined);
    setNotice(undefined);
    try {
      const saved = await saveMatrixVersion(services, latest, {
        name: draft.name,
        likelihood: draft.likelihood,
        consequence: draft.consequence,
        levels: draft.levels,
      });
      setVersions((v) => [...(v ?? []), saved]);
      setDraft(copy(saved));
      setIssues([]);
      setNotice(s.saved(saved.version));
    } catch (error) {
      if (error instanceof ValidationError) {
        setIssues(error.issues);
        setFocusRequest((n) => n + 1);
      } else setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  function scaleSection(scale: Scale, title: string, scaleName: string): JSX.Element {
    const steps = draft ? draft[scale] : [];
    return (
      <section aria-labelledby={`lis-risk-matrix-${scale}-heading`}>
        <h4 id={`lis-risk-matrix-${scale}-heading`} style={sectionTitle}>
          {title}
        </h4>
        <Dropdown
          id={riskFieldId(FORM, scale)}
          label={`${s.scaleSize}: ${title}`}
          options={sizeOptions}
          selectedKey={String(steps.length)}
          onChange={(_e, option) => setScale(scale, resize(steps, Number(option?.key ?? steps.length)))}
          errorMessage={err(scale)}
          styles={{ root: { maxWidth: 200 } }}
        />
        {steps.map((step, i) => (
          <fieldset key={i} style={fieldsetStyle}>
            <legend style={{ fontWeight: 600 }}>{s.levelLegend(scaleName, step.value)}</legend>
            <TextField
              id={riskFieldId(FORM, `${scale}.${i}.label`)}
              label={s.label(scaleName, step.value)}
              required={true}
              value={step.label}
              onChange={(_e, v) => setScale(scale, steps.map((x, j) => (j === i ? { ...x, label: v ?? '' } : x)))}
              errorMessage={err(`${scale}.${i}.label`)}
            />
            <TextField
              id={riskFieldId(FORM, `${scale}.${i}.description`)}
              label={s.descriptionOf(scaleName, step.value)}
              multiline={true}
              rows={2}
              value={step.description}
              onChange={(_e, v) => setScale(scale, steps.map((x, j) => (j === i ? { ...x, description: v ?? '' } : x)))}
              errorMessage={err(`${scale}.${i}.description`)}
            />
          </fieldset>
        ))}
      </section>
    );
  }

  const summary = riskIssueTexts(strings, issues);
  const gapText = err('levels');
  const reachable = reachableProducts(
    Math.min(Math.max(draft.likelihood.length, 1), MAX_SCALE_LEVELS),
    Math.min(Math.max(draft.consequence.length, 1), MAX_SCALE_LEVELS),
  );

  return (
    <div className="lis-risk-matrix">
      <h3 style={{ fontSize: 20, fontWeight: 600, margin: '0 0 4px' }}>{s.heading}</h3>
      <p style={{ margin: '0 0 8px' }}>{s.intro}</p>
      {latest ? (
        <p style={{ margin: '0 0 8px' }}>{s.current(latest.version, latest.name, latest.createdBy.displayName, formatDateTime(latest.createdAt, strings.locale))}</p>
      ) : (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {s.none}
        </MessageBar>
      )}
      {notice && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice}
        </MessageBar>
      )}
      {failure !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={failure instanceof ConflictError ? <DefaultButton onClick={() => load().catch(() => undefined)} text={strings.app.reload} /> : undefined}
        >
          {errorMessage(strings, failure)}
        </MessageBar>
      )}
      {summary.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          <div>{s.errorsTitle}</div>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {summary.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </MessageBar>
      )}

      <TextField
        id={riskFieldId(FORM, 'name')}
        label={s.name}
        required={true}
        value={draft.name}
        onChange={(_e, v) => change({ ...draft, name: v ?? '' })}
        errorMessage={err('name')}
        styles={{ root: { maxWidth: 480 } }}
      />

      {scaleSection('likelihood', s.likelihoodHeading, strings.risk.riskForm.likelihood.replace(/ \(S\)$/, ''))}
      {scaleSection('consequence', s.consequenceHeading, strings.risk.riskForm.consequenceScale.replace(/ \(K\)$/, ''))}

      <section aria-labelledby="lis-risk-matrix-levels-heading">
        <h4 id="lis-risk-matrix-levels-heading" style={sectionTitle}>
          {s.levelsHeading}
        </h4>
        <p style={{ margin: '0 0 4px' }}>{s.levelsHelp}</p>
        <p style={{ margin: '0 0 4px' }}>{s.reachable(reachable.join(', '))}</p>
        <FieldError id={riskFieldId(FORM, 'levels')} text={gapText} />
        {draft.levels.map((level, i) => {
          const n = i + 1;
          return (
            <fieldset key={i} style={fieldsetStyle}>
              <legend style={{ fontWeight: 600 }}>{s.riskLevelLegend(n, level.label)}</legend>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
                <TextField
                  id={riskFieldId(FORM, `levels.${i}.label`)}
                  label={s.levelLabel(n)}
                  required={true}
                  value={level.label}
                  onChange={(_e, v) => setLevel(i, { label: v ?? '' })}
                  errorMessage={err(`levels.${i}.label`) ?? err(`levels.${i}.key`)}
                  styles={{ root: { flex: '1 1 180px' } }}
                />
                <TextField
                  id={riskFieldId(FORM, `levels.${i}.min`)}
                  label={s.levelMin(n)}
                  type="number"
                  required={true}
                  value={Number.isFinite(level.min) ? String(level.min) : ''}
                  onChange={(_e, v) => setLevel(i, { min: v === undefined || v === '' ? NaN : Number(v) })}
                  errorMessage={err(`levels.${i}.min`)}
                  styles={{ root: { width: 150 } }}
                />
                <TextField
                  id={riskFieldId(FORM, `levels.${i}.max`)}
                  label={s.levelMax(n)}
                  type="number"
                  required={true}
                  value={Number.isFinite(level.max) ? String(level.max) : ''}
                  onChange={(_e, v) => setLevel(i, { max: v === undefined || v === '' ? NaN : Number(v) })}
                  errorMessage={err(`levels.${i}.max`)}
                  styles={{ root: { width: 150 } }}
                />
              </div>
              <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
                <TextField
                  id={riskFieldId(FORM, `levels.${i}.colour`)}
                  label={s.levelColour(n)}
                  value={level.colour}
                  onChange={(_e, v) => setLevel(i, { colour: v ?? '' })}
                  errorMessage={err(`levels.${i}.colour`)}
                  styles={{ root: { width: 170 } }}
                />
                <TextField
                  id={riskFieldId(FORM, `levels.${i}.textColour`)}
                  label={s.levelTextColour(n)}
                  value={level.textColour}
                  onChange={(_e, v) => setLevel(i, { textColour: v ?? '' })}
                  errorMessage={err(`levels.${i}.textColour`)}
                  styles={{ root: { width: 170 } }}
                />
                <div style={{ paddingTop: 30 }}>
                  <span aria-hidden="true" style={{ display: 'inline-block', padding: '4px 10px', background: level.colour, color: level.textColour, fontWeight: 600 }}>
                    {`${s.sample}: ${level.label}`}
                  </span>
                </div>
              </div>
              <Dropdown
                id={riskFieldId(FORM, `levels.${i}.acceptedBy`)}
                label={s.levelAcceptedBy(n)}
                options={roleOptions}
                selectedKey={level.acceptedBy}
                onChange={(_e, option) => {
                  const key = String(option?.key ?? '');
                  if (isAcceptanceRole(key)) setLevel(i, { acceptedBy: key });
                }}
                errorMessage={err(`levels.${i}.acceptedBy`)}
                styles={{ root: { maxWidth: 320 } }}
              />
              <Checkbox
                styles={{ root: { marginTop: 8 } }}
                label={s.levelInformKs(n)}
                checked={level.informKommunstyrelsen}
                onChange={(_e, checked) => setLevel(i, { informKommunstyrelsen: !!checked })}
              />
              <TextField
                id={riskFieldId(FORM, `levels.${i}.description`)}
                label={s.levelDescription(n)}
                multiline={true}
                rows={2}
                value={level.description}
                onChange={(_e, v) => setLevel(i, { description: v ?? '' })}
                errorMessage={err(`levels.${i}.description`)}
              />
              <DefaultButton
                style={{ marginTop: 8 }}
                iconProps={{ iconName: 'Delete' }}
                text={s.removeLevel(n)}
                disabled={draft.levels.length <= 1}
                onClick={() => change({ ...draft, levels: draft.levels.filter((_l, j) => j !== i) })}
              />
            </fieldset>
          );
        })}
        <DefaultButton
          iconProps={{ iconName: 'Add' }}
          text={s.addLevel}
          onClick={() => {
            const top = draft.levels.reduce((m, l) => (Number.isFinite(l.max) ? Math.max(m, l.max) : m), 0);
            change({
              ...draft,
              levels: [
                ...draft.levels,
                {
                  key: newLevelKey(draft.levels),
                  label: '',
                  min: top + 1,
                  max: top + 1,
                  colour: '#FFFFFF',
                  textColour: '#000000',
                  acceptedBy: 'namnd',
                  informKommunstyrelsen: false,
                  description: '',
                },
              ],
            });
          }}
        />
      </section>

      <section aria-labelledby="lis-risk-matrix-preview-heading">
        <h4 id="lis-risk-matrix-preview-heading" style={sectionTitle}>
          {s.previewHeading}
        </h4>
        <MatrixPreview matrix={draft} id="lis-risk-matrix-preview" />
      </section>

      <div style={{ display: 'flex', gap: 8, margin: '16px 0' }}>
        <PrimaryButton text={saving ? s.saving : s.save} disabled={saving} onClick={() => save().catch(() => undefined)} />
        <DefaultButton
          text={s.reset}
          disabled={saving}
          onClick={() => {
            setDraft(copy(matrixBase(latest)));
            setIssues([]);
          }}
        />
      </div>

      {versions && versions.length > 1 && (
        <section aria-labelledby="lis-risk-matrix-versions-heading">
          <h4 id="lis-risk-matrix-versions-heading" style={sectionTitle}>
            {s.versionsHeading}
          </h4>
          <ul>
            {[...versions].reverse().slice(1).map((v) => (
              <li key={v.version}>{s.versionLine(v.version, v.name, v.createdBy.displayName, formatDateTime(v.createdAt, strings.locale))}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
