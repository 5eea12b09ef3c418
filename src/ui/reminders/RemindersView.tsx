import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import { previewReminderRun, sendReminderRun, type LoadedReminderPlan, type ReminderRunDeps } from '../../app/reminders';
import type { OutboxMail } from '../../data/ports/Outbox';
import type { ReminderLogEntry } from '../../data/ports/ReminderLog';
import { useServices } from '../ServicesContext';
import { useLatestLoad } from '../shared/useLatestLoad';
import { errorMessage, useStrings } from '../strings';
import { toolbarStyle, viewTitleStyle } from '../requirements/styles';
import { OutboxSection } from './OutboxSection';
import { RecipientList } from './RecipientList';
import { SendConfirmDialog } from './SendConfirmDialog';
import { ReminderLogTable } from './ReminderLogTable';
import { ReminderSummary } from './ReminderSummary';
import { SendStatus } from './SendStatus';
import type { SendOutcome } from './sendOutcome';

/** Entries of the reminder log shown under "Senast skickade". */
export const RECENT_LOG_ENTRIES = 20;

const sectionTitleStyle: React.CSSProperties = { fontSize: 18, fontWeight: 600, margin: '20px 0 4px' };

/**
 * Påminnelser, the coordinator's view of the reminder run: who would get what today (planned from the data, nothing
 * sent), "Skicka nu" with the signed-in coordinator's mail permission, the latest reminder log entries and, in the
 * preview, the local outbox "send now" writes to.
 */
export default function RemindersView(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.reminders;
  const [ids] = React.useState(() => ({ today: getId('lis-reminders-today'), log: getId('lis-reminders-log'), outbox: getId('lis-reminders-outbox') }));

  const deps = React.useMemo<ReminderRunDeps>(
    () => ({ taskInputs: services.taskInputs, people: services.people, reminderLog: services.reminderLog, links: services.links, now: services.now }),
    [services]
  );
  const loadPlan = React.useCallback((): Promise<LoadedReminderPlan | undefined> => previewReminderRun(deps), [deps]);
  const loadLog = React.useCallback((): Promise<ReminderLogEntry[]> => services.reminderLog.recent(RECENT_LOG_ENTRIES), [services]);
  const loadOutbox = React.useCallback((): Promise<OutboxMail[]> => (services.outbox ? services.outbox.list() : Promise.resolve([])), [services]);
  const plan = useLatestLoad<LoadedReminderPlan | undefined>(loadPlan, undefined);
  const log = useLatestLoad<ReminderLogEntry[]>(loadLog, []);
  const outbox = useLatestLoad<OutboxMail[]>(loadOutbox, []);

  const [confirming, setConfirming] = React.useState(false);
  const [sending, setSending] = React.useState(false);
  const [outcome, setOutcome] = React.useState<SendOutcome | undefined>(undefined);
  const [outboxBusy, setOutboxBusy] = React.useState(false);
  const [outboxError, setOutboxError] = React.useState<unknown>(undefined);
  const [outboxNotice, setOutboxNotice] = React.useState('');
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );

  const { reload: reloadPlan } = plan;
  const { reload: reloadLog } = log;
  const { reload: reloadOutbox } = outbox;
  const reloadAll = React.useCallback(
    (): Promise<void> => Promise.all([reloadPlan(), reloadLog(), reloadOutbox()]).then(() => undefined),
    [reloadPlan, reloadLog, reloadOutbox]
  );

  const data = plan.data;
  const digests = data ? data.digests.length : 0;
  const reminders = data ? data.digests.reduce((n, d) => n + d.items.length, 0) : 0;

  const send = async (): Promise<void> => {
    setConfirming(false);
    setSending(true);
    setOutcome(undefined);
    let result: SendOutcome;
    try {
      const sender = await services.mailSender();
      const run = await sendReminderRun(deps, sender);
      result = { kind: 'done', report: run.report, mails: run.plan.mails };
    } catch (error) {
      result = { kind: 'error', error };
    }
    if (!mounted.current) return;
    setSending(false);
    setOutcome(result);
    // Re-plan: what was just sent (or given up) is in the log and no longer due today.
    await reloadAll();
  };

  const clearOutbox = async (): Promise<void> => {
    if (!services.outbox) return;
    setOutboxBusy(true);
    setOutboxNotice('');
    try {
      await services.outbox.clear();
      if (mounted.current) {
        setOutboxError(undefined);
        setOutboxNotice(s.outbox.cleared);
      }
    } catch (error) {
      if (mounted.current) setOutboxError(error);
    }
    if (!mounted.current) return;
    setOutboxBusy(false);
    await reloadOutbox();
  };

  const retry = (): void => {
    reloadAll().catch(() => undefined);
  };

  return (
    <div className="lis-reminders-view">
      <h2 style={viewTitleStyle}>{s.title}</h2>
      <p style={{ margin: '0 0 12px', maxWidth: 800 }}>{s.description}</p>
      <div style={toolbarStyle}>
        <PrimaryButton
          text={s.send.button}
          iconProps={{ iconName: 'Send' }}
          disabled={sending || digests === 0}
          onClick={() => setConfirming(true)}
        />
        <DefaultButton text={s.refresh} iconProps={{ iconName: 'Refresh' }} disabled={sending} onClick={retry} />
      </div>
      {(sending || outcome) && <SendStatus sending={sending} outcome={outcome} onDismiss={() => setOutcome(undefined)} />}

      <section aria-labelledby={ids.today}>
        <h3 id={ids.today} style={sectionTitleStyle}>
          {s.today.heading}
        </h3>
        {plan.error !== undefined && (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline={true}
            actions={<DefaultButton onClick={retry} text={strings.app.retry} />}
          >
            {errorMessage(strings, plan.error)}
          </MessageBar>
        )}
        {!data && plan.loading && plan.error === undefined && <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 24 } }} />}
        {data && (
          <>
            <ReminderSummary plan={data} />
            {data.digests.length === 0 ? <p>{s.today.empty}</p> : <RecipientList digests={data.digests} links={services.links} />}
          </>
        )}
      </section>

      <section aria-labelledby={ids.log}>
        <h3 id={ids.log} style={sectionTitleStyle}>
          {s.log.heading}
        </h3>
        {log.error !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {errorMessage(strings, log.error)}
          </MessageBar>
        )}
        {log.loading && log.data.length === 0 && log.error === undefined ? (
          <Spinner size={SpinnerSize.small} label={strings.app.loading} />
        ) : (
          log.error === undefined && <ReminderLogTable entries={log.data} />
        )}
      </section>

      {services.outbox && (
        <section aria-labelledby={ids.outbox}>
          <h3 id={ids.outbox} style={sectionTitleStyle}>
            {s.outbox.heading}
          </h3>
          {(outboxError ?? outbox.error) !== undefined && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
              {errorMessage(strings, outboxError ?? outbox.error)}
            </MessageBar>
          )}
          <p role="status" style={{ margin: 0 }}>
            {outboxNotice}
          </p>
          <OutboxSection mails={outbox.data} busy={outboxBusy || sending} onClear={() => clearOutbox().catch(() => undefined)} />
        </section>
      )}

      {confirming && (
        <SendConfirmDialog
          digests={digests}
          reminders={reminders}
          onConfirm={() => {
            send().catch(() => undefined);
          }}
          onDismiss={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
