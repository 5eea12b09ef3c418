import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { createRisk, normaliseRisk, updateRisk, withoutRiskStoreFields } from '../../app/risk';
import { stockholmDate } from '../../domain/classification/calendarDate';
import { acceptanceState, emptyRisk, materialChanges, type Risk, type RiskMatrix } from '../../domain/risk';
import type { StoredRisk } from '../../data/ports/RiskRepository';
import type { StoredRiskAction } from '../../data/ports/RiskActionRepository';
import { ConflictError } from '../../data/ports/errors';
import { ValidationError, type ValidationIssue } from '../../domain/shared/Validation';
import { useServices } from '../ServicesContext';
import { useStrings } from '../strings';
import { AcceptanceSection, changedFieldsText } from './AcceptanceSection';
import { ActionsSection } from './ActionsSection';
import { focusFirstIssue } from './fieldIds';
import { RiskForm } from './RiskForm';
import { ItemHistorySection } from '../history/ItemHistorySection';
import { FormErrors } from '../shared/FormErrors';

export interface RiskPanelProps {
  analysisId: string;
  /** The stored risk, or undefined while a new one is written. */
  risk: StoredRisk | undefined;
  /** 1-based number of the risk in its analysis. */
  number: number;
  matrix: RiskMatrix;
  actions: readonly StoredRiskAction[];
  planCodes: readonly string[];
  onDismiss: () => void;
  onRiskSaved: (saved: StoredRisk, created: boolean) => void;
  onActionSaved: (saved: StoredRiskAction) => void;
  /** Someone else saved the risk: the caller reloads the analysis. */
  onStale: () => void;
}

const FORM = 'risk';
const panelHeading: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

/** True when the form holds nothing to save (compared as the use case would store it; the acceptance aside). */
function sameRisk(a: Risk, b: Risk): boolean {
  return JSON.stringify({ ...normaliseRisk(a), acceptance: null }) === JSON.stringify({ ...normaliseRisk(b), acceptance: null });
}

/**
 * One risk in a side panel: the form (wording, aspects, owner, measures, inherent, treatment, residual) and, once the
 * risk is stored, its actions and its acceptance. A change that voids an acceptance says so before it is saved.
 */
export function RiskPanel(props: RiskPanelProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.risk.riskForm;
  const theme = useTheme();
  const stored = props.risk;
  const [form, setForm] = React.useState<Risk>(() => (stored ? withoutRiskStoreFields(stored) : emptyRisk(props.analysisId)));
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [focusRequest, setFocusRequest] = React.useState(0);
  const today = stockholmDate(services.now());

  React.useEffect(() => {
    if (focusRequest > 0) focusFirstIssue(FORM, issues);
  }, [focusRequest]);

  // When the stored risk changes underneath (acceptance saved, reload), take its acceptance over into the form.
  React.useEffect(() => {
    if (stored) setForm((f) => ({ ...f, acceptance: stored.acceptance }));
  }, [stored?.etag]);

  const dirty = stored ? !sameRisk(form, withoutRiskStoreFields(stored)) : true;
  const wouldVoid =
    stored && stored.acceptance && acceptanceState(stored, today).state !== 'void' ? materialChanges(stored.acceptance.snapshot, form) : [];

  function change(next: Risk): void {
    setForm(next);
    setNotice(undefined);
  }

  async function save(): Promise<void> {
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = stored ? await updateRisk(services, stored, form, props.matrix) : await createRisk(services, form, props.matrix);
      setIssues([]);
      setForm(withoutRiskStoreFields(saved));
      setNotice(stored ? s.saved(props.number) : s.created);
      props.onRiskSaved(saved, !stored);
    } catch (error) {
      if (error instanceof ValidationError) {
        setIssues(error.issues);
        setFocusRequest((n) => n + 1);
      } else {
        setIssues([]);
        setFailure(error);
        if (error instanceof ConflictError) props.onStale();
      }
    } finally {
      setSaving(false);
    }
  }

  const title = stored ? s.editTitle(props.number) : s.createTitle;
  return (
    <Panel
      isOpen={true}
      type={PanelType.large}
      headerText={title}
      headerTextProps={panelHeading}
      onDismiss={props.onDismiss}
      closeButtonAriaLabel={strings.app.close}
      isFooterAtBottom={true}
      styles={{ main: { color: theme.semanticColors.bodyText } }}
      onRenderFooterContent={() => (
        <div style={{ display: 'flex', gap: 8 }}>
          <PrimaryButton text={saving ? strings.app.saving : s.save} disabled={saving} onClick={() => save().catch(() => undefined)} />
          <DefaultButton text={strings.app.close} onClick={props.onDismiss} />
        </div>
      )}
    >
      {notice && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice}
        </MessageBar>
      )}
      <FormErrors issueCount={issues.length} failure={failure} />
      {wouldVoid.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {s.voidedNotice(changedFieldsText(strings, wouldVoid))}
        </MessageBar>
      )}
      <RiskForm form={FORM} risk={form} matrix={props.matrix} issues={issues} onChange={change} />
      {stored && (
        <>
          <ActionsSection
            risk={stored}
            actions={props.actions}
            planCodes={props.planCodes}
            today={today}
            onSaved={props.onActionSaved}
          />
          <AcceptanceSection risk={stored} matrix={props.matrix} dirty={dirty} onSaved={(saved) => props.onRiskSaved(saved, false)} />
          <ItemHistorySection entity="risk" id={stored.id} />
        </>
      )}
    </Panel>
  );
}
