import * as React from 'react';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { TextField } from '@fluentui/react/lib/TextField';
import { PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { acceptStoredRisk } from '../../app/risk';
import { addMonths, stockholmDate } from '../../domain/classification/calendarDate';
import {
  acceptanceLevel,
  acceptanceState,
  isAcceptanceRole,
  rolesThatMayAccept,
  ACCEPTANCE_ROLES,
  type AcceptanceRole,
  type RiskMatrix,
} from '../../domain/risk';
import type { StoredRisk } from '../../data/ports/RiskRepository';
import { ValidationError, type ValidationIssue } from '../../domain/shared/Validation';
import { useServices } from '../ServicesContext';
import { formatDateTime } from '../shared/formatDateTime';
import { errorMessage, useStrings, type Strings } from '../strings';
import { riskFieldId, riskIssueText, riskIssueTexts } from './fieldIds';

export interface AcceptanceSectionProps {
  risk: StoredRisk;
  matrix: RiskMatrix;
  /** The form above has unsaved changes: acceptance waits until they are saved. */
  dirty: boolean;
  onSaved: (saved: StoredRisk) => void;
}

const FORM = 'acceptance';

/** The changed material fields in words ("händelse, kvarstående risk"). */
export function changedFieldsText(strings: Strings, fields: readonly string[]): string {
  return fields.map((f) => strings.risk.changedFields[f] ?? f).join(', ');
}

/**
 * Who may accept the risk (from its level: residual if assessed, else inherent), the acceptance as it stands —
 * valid, expired or void with the reason — and the form to accept it (role, valid until).
 */
export function AcceptanceSection(props: AcceptanceSectionProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.risk.acceptance;
  const { risk, matrix } = props;
  const today = stockholmDate(services.now());
  const level = acceptanceLevel(risk, matrix);
  const state = acceptanceState(risk, today);
  const allowed = level ? rolesThatMayAccept(level) : [];
  const [role, setRole] = React.useState<AcceptanceRole>(allowed[0] ?? 'riskOwner');
  const [validUntil, setValidUntil] = React.useState(addMonths(today, 12));
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [failure, setFailure] = React.useState<unknown>(undefined);
  const [working, setWorking] = React.useState(false);

  React.useEffect(() => {
    setIssues([]);
    if (level && rolesThatMayAccept(level).indexOf(role) < 0) setRole(rolesThatMayAccept(level)[0]);
  }, [risk.etag]);

  const acceptance = risk.acceptance;
  const roleOptions: IDropdownOption[] = ACCEPTANCE_ROLES.map((r) => ({ key: r, text: strings.risk.roles[r] }));

  async function accept(): Promise<void> {
    setWorking(true);
    setFailure(undefined);
    try {
      const saved = await acceptStoredRisk(services, risk, matrix, role, validUntil);
      setIssues([]);
      props.onSaved(saved);
    } catch (error) {
      if (error instanceof ValidationError) setIssues(error.issues);
      else setFailure(error);
    } finally {
      setWorking(false);
    }
  }

  const basis = risk.residual ? s.basisResidual : s.basisInherent;
  const otherIssues = riskIssueTexts(
    strings,
    issues.filter((i) => i.field !== 'role' && i.field !== 'validUntil'),
  );
  const stateText = ((): string => {
    if (!acceptance) return s.none;
    const by = acceptance.acceptedBy.displayName;
    const at = formatDateTime(acceptance.acceptedAt, strings.locale);
    switch (state.state) {
      case 'valid':
        return s.valid(by, strings.risk.roles[acceptance.role], at, acceptance.validUntil);
      case 'expired':
        return s.expired(acceptance.validUntil);
      case 'void':
        return `${s.void(changedFieldsText(strings, state.changed))} ${s.previous(by, at)}`;
      default:
        return s.none;
    }
  })();
  const stateType =
    state.state === 'valid' ? MessageBarType.success : state.state === 'none' ? MessageBarType.info : MessageBarType.warning;

  return (
    <section aria-labelledby="lis-risk-acceptance-heading">
      <h3 id="lis-risk-acceptance-heading" style={{ fontSize: 16, fontWeight: 600, margin: '20px 0 4px' }}>
        {s.heading}
      </h3>
      <MessageBar messageBarType={stateType} isMultiline={true}>
        <strong>{strings.risk.acceptanceStates[state.state]}. </strong>
        {stateText}
      </MessageBar>
      {level ? (
        <>
          <p style={{ margin: '8px 0 2px' }}>{s.levelLine(level.label, basis)}</p>
          <p style={{ margin: '2px 0' }}>{s.whoMay(allowed.map((r) => strings.risk.roles[r]).join(', '))}</p>
          {level.informKommunstyrelsen && <p style={{ margin: '2px 0', fontWeight: 600 }}>{s.informKs}</p>}
        </>
      ) : (
        <p>{s.notScored}</p>
      )}
      {props.dirty && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {strings.risk.riskForm.unsaved}
        </MessageBar>
      )}
      {failure !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {errorMessage(strings, failure)}
        </MessageBar>
      )}
      {otherIssues.length > 0 && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {otherIssues.join(' ')}
        </MessageBar>
      )}
      {level && state.state !== 'valid' && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
          <Dropdown
            id={riskFieldId(FORM, 'role')}
            label={s.role}
            options={roleOptions}
            selectedKey={role}
            onChange={(_e, o) => {
              const key = String(o?.key ?? '');
              if (isAcceptanceRole(key)) setRole(key);
            }}
            errorMessage={riskIssueText(strings, issues, 'role')}
            styles={{ root: { minWidth: 260 } }}
          />
          <TextField
            id={riskFieldId(FORM, 'validUntil')}
            label={s.validUntil}
            type="date"
            value={validUntil}
            onChange={(_e, v) => setValidUntil(v ?? '')}
            errorMessage={riskIssueText(strings, issues, 'validUntil')}
            styles={{ root: { width: 200 } }}
          />
          <PrimaryButton
            style={{ marginTop: 29 }}
            iconProps={{ iconName: 'CheckMark' }}
            text={working ? s.accepting : s.accept}
            disabled={working || props.dirty}
            onClick={() => accept().catch(() => undefined)}
          />
        </div>
      )}
    </section>
  );
}
