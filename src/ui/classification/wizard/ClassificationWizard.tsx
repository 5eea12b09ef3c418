import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { createClassification, saveDraft } from '../../../app/classification';
import { emptyClassificationObject, type ClassificationObject } from '../../../domain/classification';
import { deepCopy } from '../../../domain/classification/immutable';
import type { OrgUnit } from '../../../domain/organisation';
import { ValidationError, type ValidationIssue } from '../../../domain/shared/Validation';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import type { StoredSharedInformationType } from '../../../data/ports/SharedInformationTypeRepository';
import { useServices } from '../../ServicesContext';
import { errorMessage, useStrings } from '../../strings';
import { focusField } from '../issueText';
import { AspectStep } from './AspectStep';
import { ObjectStep } from './ObjectStep';
import { SetsStep } from './SetsStep';
import { StepIndicator } from './StepIndicator';
import { SummaryStep } from './SummaryStep';
import { firstStepWithIssue, sameStep, stepIssues, stepOfField, wizardIssues, wizardSteps, type WizardStep } from './wizardSteps';

export interface ClassificationWizardProps {
  /** A stored draft to continue; undefined to classify a new object. */
  existing: StoredClassification | undefined;
  units: readonly OrgUnit[];
  /** Pre-selected owner for a new object (e.g. the list's owner filter). */
  defaultOwnerUnitId?: string;
  onDismiss: () => void;
  /** Called after every successful save (the wizard stays open unless `closed`). */
  onSaved: (saved: StoredClassification, closed: boolean) => void;
}

const panelHeading: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

function initialObject(existing: StoredClassification | undefined, ownerUnitId: string | undefined): ClassificationObject {
  return existing ? deepCopy(existing) : emptyClassificationObject(ownerUnitId ?? '');
}

/**
 * The guided classification in Swedish: the object, its information sets, one step per aspect per set (consequence
 * categories, the worst one suggests the level, motivering required) and a summary with the profile. "Nästa" checks
 * the step and shows issues next to the fields; nothing typed is lost on an error. "Spara utkast" saves at any step.
 */
export function ClassificationWizard(props: ClassificationWizardProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification;
  const theme = useTheme();
  const panelStyles = React.useMemo(() => ({ main: { color: theme.semanticColors.bodyText } }), [theme]);
  const [object, setObject] = React.useState<ClassificationObject>(() => initialObject(props.existing, props.defaultOwnerUnitId));
  const [stored, setStored] = React.useState<StoredClassification | undefined>(props.existing);
  const [stepIndex, setStepIndex] = React.useState(0);
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [info, setInfo] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [sharedTypes, setSharedTypes] = React.useState<StoredSharedInformationType[]>([]);
  const [focusRequest, setFocusRequest] = React.useState(0);
  const mounted = React.useRef(true);
  const contentRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    mounted.current = true;
    services.sharedInformationTypes
      .list()
      .then((result) => mounted.current && setSharedTypes(result.items))
      .catch(() => undefined);
    return () => {
      mounted.current = false;
    };
  }, [services]);

  const steps = wizardSteps(object);
  const index = Math.min(stepIndex, steps.length - 1);
  const step = steps[index];

  // After a failed step check (or a step change) has rendered, move focus: to the first field with an issue, else
  // to the top of the step so keyboard and screen-reader users start reading the new step.
  React.useEffect(() => {
    if (focusRequest === 0) return;
    const first = issues[0];
    if (first) focusField(first.field);
    else contentRef.current?.focus();
  }, [focusRequest]);

  function titleOf(st: WizardStep): string {
    switch (st.kind) {
      case 'object':
        return s.wizard.steps.object;
      case 'sets':
        return s.wizard.steps.sets;
      case 'aspect':
        return s.wizard.steps.aspect(object.sets[st.setIndex]?.name || s.wizard.sets.legend(st.setIndex + 1), s.aspects[st.aspect]);
      default:
        return s.wizard.steps.summary;
    }
  }

  function change(next: ClassificationObject): void {
    setObject(next);
    setInfo(undefined);
    // Issues of fields the user has just fixed disappear; others stay until the next check.
    if (issues.length > 0) {
      const current = wizardIssues(next);
      setIssues(issues.filter((i) => current.some((c) => c.field === i.field && c.code === i.code)));
    }
  }

  function goTo(target: number): void {
    setStepIndex(target);
    setFocusRequest((n) => n + 1);
  }

  function next(): void {
    const found = stepIssues(step, object);
    setIssues(found);
    if (found.length > 0) {
      setFocusRequest((n) => n + 1);
      return;
    }
    goTo(index + 1);
  }

  function previous(): void {
    setIssues([]);
    goTo(Math.max(0, index - 1));
  }

  async function save(close: boolean): Promise<void> {
    setFailure(undefined);
    setInfo(undefined);
    if (close) {
      const all = wizardIssues(object);
      if (all.length > 0) {
        const target = firstStepWithIssue(steps, all);
        setIssues(all.filter((i) => sameStep(stepOfField(i.field), steps[target])));
        setStepIndex(target < 0 ? index : target);
        setFocusRequest((n) => n + 1);
        return;
      }
    }
    setSaving(true);
    try {
      const saved = stored ? await saveDraft(services, stored, object) : await createClassification(services, object);
      if (!mounted.current) return;
      setSaving(false);
      setStored(saved);
      setIssues([]);
      setInfo(s.saved(saved.name));
      props.onSaved(saved, close);
    } catch (error) {
      if (!mounted.current) return;
      setSaving(false);
      if (error instanceof ValidationError) {
        const target = firstStepWithIssue(steps, error.issues);
        setIssues(error.issues);
        if (target >= 0) setStepIndex(target);
        setFocusRequest((n) => n + 1);
      } else {
        setFailure(error);
      }
    }
  }

  const withIssues = steps.map((st, i) => (issues.some((issue) => sameStep(stepOfField(issue.field), st)) ? i : -1)).filter((i) => i >= 0);
  const last = index === steps.length - 1;

  const footer = (): JSX.Element => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      <DefaultButton text={s.wizard.previous} disabled={index === 0 || saving} onClick={previous} />
      {last ? (
        <PrimaryButton text={saving ? s.wizard.saving : s.wizard.finish} disabled={saving} onClick={() => save(true).catch(() => undefined)} />
      ) : (
        <PrimaryButton text={s.wizard.next} disabled={saving} onClick={next} />
      )}
      <DefaultButton text={saving ? s.wizard.saving : s.wizard.saveDraft} disabled={saving} onClick={() => save(false).catch(() => undefined)} />
      <DefaultButton text={strings.app.cancel} onClick={props.onDismiss} />
    </div>
  );

  return (
    <Panel
      isOpen={true}
      type={PanelType.large}
      headerText={props.existing ? s.wizard.editTitle(props.existing.name) : s.wizard.createTitle}
      headerTextProps={panelHeading}
      closeButtonAriaLabel={s.wizard.close}
      onDismiss={props.onDismiss}
      isFooterAtBottom={true}
      onRenderFooterContent={footer}
      styles={panelStyles}
      isBlocking={true}
    >
      <StepIndicator titles={steps.map(titleOf)} current={index} withIssues={withIssues} />
      {issues.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {strings.validation.summary}
        </MessageBar>
      )}
      {failure !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {errorMessage(strings, failure)}
        </MessageBar>
      )}
      {info && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
          {info}
        </MessageBar>
      )}
      <div ref={contentRef} tabIndex={-1} aria-label={titleOf(step)} role="group" style={{ outline: 'none', paddingTop: 8 }}>
        {step.kind === 'object' && <ObjectStep object={object} units={props.units} issues={issues} onChange={change} />}
        {step.kind === 'sets' && <SetsStep object={object} sharedTypes={sharedTypes} issues={issues} onChange={change} />}
        {step.kind === 'aspect' && (
          <AspectStep
            key={`${step.setIndex}-${step.aspect}`}
            object={object}
            setIndex={step.setIndex}
            aspect={step.aspect}
            issues={issues}
            onChange={change}
          />
        )}
        {step.kind === 'summary' && <SummaryStep object={object} issues={issues} onChange={change} />}
      </div>
    </Panel>
  );
}
