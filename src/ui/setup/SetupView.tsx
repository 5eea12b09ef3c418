import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import type { FixResult, HealthReport } from '../../data/ports/PermissionAdmin';
import type { OrgUnit } from '../../domain/organisation/OrgUnit';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings } from '../strings';
import { toolbarStyle, viewTitleStyle } from '../requirements/styles';
import { FindingList } from './FindingList';
import { FixConfirmDialog } from './FixConfirmDialog';
import { FixResultSection } from './FixResultSection';
import { GroupsToFill } from './GroupsToFill';
import { HealthSummary } from './HealthSummary';

type Phase = 'checking' | 'idle' | 'confirming' | 'fixing';

interface SetupState {
  phase: Phase;
  units: OrgUnit[];
  report?: HealthReport;
  result?: FixResult;
  error?: unknown;
}

/**
 * Behörigheter och hälsokontroll (the coordinator's view): checks the LIS site against the schema and the permission
 * model on open, explains every finding, and "Åtgärda" repairs what can be repaired after a confirmation, then shows
 * what it did and the new report. The groups to fill are listed underneath.
 */
export default function SetupView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.setup;
  const [state, setState] = React.useState<SetupState>({ phase: 'checking', units: [] });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  const update = (next: (prev: SetupState) => SetupState): void => {
    if (mounted.current) setState(next);
  };

  const check = React.useCallback(async (): Promise<void> => {
    setState((prev) => ({ ...prev, phase: 'checking', result: undefined, error: undefined }));
    try {
      const { units } = await services.orgUnits.list();
      const report = await services.permissionAdmin.check(units);
      if (mounted.current) setState({ phase: 'idle', units, report });
    } catch (error) {
      if (mounted.current) setState((prev) => ({ ...prev, phase: 'idle', error }));
    }
  }, [services]);

  React.useEffect(() => {
    check().catch(() => undefined);
  }, [check]);

  const fix = async (): Promise<void> => {
    update((prev) => ({ ...prev, phase: 'fixing', result: undefined, error: undefined }));
    try {
      const result = await services.permissionAdmin.fix(state.units);
      update((prev) => ({ ...prev, phase: 'idle', result, report: result.report }));
    } catch (error) {
      update((prev) => ({ ...prev, phase: 'idle', error }));
    }
  };

  const { phase, report, result, error } = state;
  const busy = phase === 'checking' || phase === 'fixing';
  const fixable = report ? report.findings.filter((f) => f.fixable).length : 0;

  return (
    <div className="lis-setup">
      <h2 style={viewTitleStyle}>{s.title}</h2>
      <p style={{ margin: '0 0 12px', maxWidth: 800 }}>{s.description}</p>
      <div role="group" aria-label={s.commandsLabel} style={toolbarStyle}>
        <PrimaryButton
          iconProps={{ iconName: 'Repair' }}
          text={s.fix}
          disabled={busy || fixable === 0}
          onClick={() => update((prev) => ({ ...prev, phase: 'confirming' }))}
        />
        <DefaultButton iconProps={{ iconName: 'Refresh' }} text={s.rerun} disabled={busy} onClick={() => check().catch(() => undefined)} />
      </div>
      {report && fixable === 0 && report.findings.length > 0 && <p style={{ margin: '4px 0' }}>{s.nothingToFix}</p>}
      <div role="status" aria-live="polite">
        {phase === 'checking' && <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 16 } }} />}
        {phase === 'fixing' && <Spinner size={SpinnerSize.large} label={s.fixing} styles={{ root: { margin: 16 } }} />}
      </div>
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      {result && <FixResultSection result={result} />}
      {report && phase !== 'checking' && (
        <>
          <HealthSummary report={report} />
          {report.findings.length > 0 && <FindingList findings={report.findings} />}
        </>
      )}
      {state.units.length > 0 && <GroupsToFill units={state.units} />}
      {phase === 'confirming' && (
        <FixConfirmDialog onConfirm={() => fix().catch(() => undefined)} onDismiss={() => update((prev) => ({ ...prev, phase: 'idle' }))} />
      )}
    </div>
  );
}
