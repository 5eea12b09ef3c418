import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { approveLowering, listPendingLowerings, rejectLowering, type LoweringQueueItem } from '../../../app/classification';
import { ValidationError, type ValidationIssue } from '../../../domain/shared/Validation';
import { useServices } from '../../ServicesContext';
import { formatDateTime } from '../../shared/formatDateTime';
import { errorMessage, useStrings } from '../../strings';
import { issueText } from '../issueText';

function QueueItem(props: { item: LoweringQueueItem; onDone: (message: string) => void; onFailure: (e: unknown) => void }): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification.lowerings;
  const { item } = props;
  const r = item.request;
  const [reason, setReason] = React.useState('');
  const [issues, setIssues] = React.useState<ValidationIssue[]>([]);
  const [working, setWorking] = React.useState(false);
  const headingId = `lis-cls-lowering-${item.object.id}-${item.setId}-${r.id}`;

  async function decide(approve: boolean): Promise<void> {
    setWorking(true);
    try {
      if (approve) await approveLowering(services, item.object, item.setId, r.id, reason);
      else await rejectLowering(services, item.object, item.setId, r.id, reason);
      props.onDone(approve ? s.approved : s.rejected);
    } catch (error) {
      setWorking(false);
      if (error instanceof ValidationError) setIssues(error.issues);
      else props.onFailure(error);
    }
  }

  return (
    <li style={{ marginBottom: 16 }} aria-labelledby={headingId}>
      <h4 id={headingId} style={{ fontSize: 15, fontWeight: 600, margin: '8px 0 2px' }}>
        {s.request(item.object.name, item.setName)}
      </h4>
      <div>{s.detail(`${r.aspect} (${strings.classification.aspects[r.aspect]})`, r.fromLevel, r.toLevel, r.requestedBy.displayName, formatDateTime(r.requestedAt, strings.locale))}</div>
      <div>{s.motivering(r.motivering)}</div>
      <TextField
        label={s.reason}
        description={s.reasonHelp}
        multiline={true}
        rows={2}
        value={reason}
        onChange={(_e, v) => setReason(v ?? '')}
        errorMessage={issueText(strings, issues, 'decisionReason')}
      />
      <div style={{ display: 'flex', gap: 8, marginTop: 8 }}>
        <PrimaryButton text={s.approve} disabled={working} onClick={() => decide(true).catch(() => undefined)} />
        <DefaultButton text={s.reject} disabled={working} onClick={() => decide(false).catch(() => undefined)} />
      </div>
    </li>
  );
}

/** The coordinator's queue of lowering requests over all objects: approve, or reject with a reason. */
export function LoweringQueue(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification.lowerings;
  const [items, setItems] = React.useState<LoweringQueueItem[] | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [notice, setNotice] = React.useState<string | undefined>(undefined);

  const load = React.useCallback(async (): Promise<void> => {
    try {
      const result = await listPendingLowerings(services);
      setItems(result.items);
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, [services]);

  React.useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  return (
    <section aria-labelledby="lis-cls-lowerings-heading">
      <h3 id="lis-cls-lowerings-heading" style={{ fontSize: 18, fontWeight: 600, margin: '12px 0 4px' }}>
        {s.heading}
      </h3>
      <p>{s.intro}</p>
      {notice && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice}
        </MessageBar>
      )}
      {error !== undefined && <MessageBar messageBarType={MessageBarType.error}>{errorMessage(strings, error)}</MessageBar>}
      {!items && error === undefined && <Spinner size={SpinnerSize.medium} label={strings.app.loading} />}
      {items && items.length === 0 && <p>{s.empty}</p>}
      {items && items.length > 0 && (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {items.map((item) => (
            <QueueItem
              key={`${item.object.id}-${item.setId}-${item.request.id}`}
              item={item}
              onDone={(message) => {
                setNotice(message);
                load().catch(() => undefined);
              }}
              onFailure={setError}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
