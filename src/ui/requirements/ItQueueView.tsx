import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { Dropdown, type IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { transitionHandover } from '../../app/requirements';
import { ConflictError } from '../../data/ports/errors';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { StoredHandover } from '../../data/ports/HandoverRepository';
import type { OrgUnit } from '../../domain/organisation';
import { HANDOVER_STATUSES, canTransition, isHandoverStatus, normaliseCode, type HandoverStatus, type Requirement } from '../../domain/requirements';
import { ValidationError } from '../../domain/shared/Validation';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings, validationMessage } from '../strings';
import { useViewParams } from '../viewParams';
import { formatDateTime } from '../shared/formatDateTime';
import { BrokenItemsWarning } from '../organisation/BrokenItemsWarning';
import { RejectHandoverDialog } from './RejectHandoverDialog';
import { useAccess } from '../access';
import { canWorkItQueue } from '../../domain/access/UserAccess';
import { cellStyle, headerCellStyle, tableStyle, toolbarStyle, viewTitleStyle } from './styles';

interface QueueData {
  items: StoredHandover[];
  broken: BrokenItem[];
  objects: Map<string, StoredClassification>;
  units: Map<string, OrgUnit>;
  requirements: Map<string, Requirement>;
}

interface Notice {
  type: MessageBarType;
  text: string;
}

const ALL = '__all__';

/** The row a task link points to: an outline and a text badge (not colour alone). */
const linkedRowStyle: React.CSSProperties = { outline: '2px solid currentColor', outlineOffset: -2 };
const linkedBadgeStyle: React.CSSProperties = { display: 'block', fontWeight: 400, fontSize: 12, fontStyle: 'italic' };

/** The IT unit's queue: technical requirements handed over from handlingsplaner, to accept, complete or reject. */
export default function ItQueueView(): JSX.Element {
  const strings = useStrings();
  const canWork = canWorkItQueue(useAccess().access);
  const services = useServices();
  const s = strings.requirements.itQueue;
  const [data, setData] = React.useState<QueueData | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [loading, setLoading] = React.useState(true);
  const [status, setStatus] = React.useState<string>(ALL);
  const [owner, setOwner] = React.useState<string>(ALL);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [busyId, setBusyId] = React.useState<string | undefined>(undefined);
  const [rejecting, setRejecting] = React.useState<StoredHandover | undefined>(undefined);
  const latest = React.useRef(0);
  // A task's deep link (`objectId` + `requirementCode`) marks that row and scrolls to it once the queue has loaded.
  const params = useViewParams();
  const linkedCode = params.objectId && params.requirementCode ? normaliseCode(params.requirementCode) : undefined;
  const isLinked = (item: StoredHandover): boolean =>
    linkedCode !== undefined && item.objectId === params.objectId && normaliseCode(item.requirementCode) === linkedCode;
  const linkedItem = linkedCode !== undefined ? data?.items.filter(isLinked)[0] : undefined;
  const [linkNoteOpen, setLinkNoteOpen] = React.useState(true);
  const linkedRow = React.useRef<HTMLTableRowElement>(null);
  const scrolled = React.useRef(false);
  React.useEffect(() => {
    const row = linkedRow.current;
    if (scrolled.current || !row) return;
    scrolled.current = true;
    if (typeof row.scrollIntoView === 'function') row.scrollIntoView({ block: 'center' });
  });

  const reload = React.useCallback(async (): Promise<void> => {
    const request = ++latest.current;
    setLoading(true);
    try {
      const [handovers, objects, units, catalogue] = await Promise.all([
        services.handovers.list(),
        services.classifications.list(),
        services.orgUnits.list(),
        services.requirements.list(),
      ]);
      if (request !== latest.current) return;
      setData({
        items: handovers.items,
        broken: handovers.broken,
        objects: new Map(objects.items.map((o) => [o.id, o] as const)),
        units: new Map(units.units.map((u) => [u.id, u] as const)),
        requirements: new Map(catalogue.items.map((r) => [normaliseCode(r.code), r] as const)),
      });
      setError(undefined);
    } catch (e) {
      if (request === latest.current) setError(e);
    } finally {
      if (request === latest.current) setLoading(false);
    }
  }, [services]);

  React.useEffect(() => {
    reload().catch(() => undefined);
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  const objectName = (item: StoredHandover): string => data?.objects.get(item.objectId)?.name ?? s.unknownObject(item.objectId);
  const ownerOf = (item: StoredHandover): string | undefined => data?.objects.get(item.objectId)?.ownerUnitId;

  const items = (data?.items ?? []).filter(
    (item) => (status === ALL || item.status === status) && (owner === ALL || ownerOf(item) === owner)
  );

  const ownerOptions: IDropdownOption[] = React.useMemo(() => {
    const ids = new Set<string>();
    for (const item of data?.items ?? []) {
      const id = data?.objects.get(item.objectId)?.ownerUnitId;
      if (id) ids.add(id);
    }
    const options = Array.from(ids)
      .map((id) => ({ key: id, text: data?.units.get(id)?.name ?? s.unknownUnit }))
      .sort((a, b) => a.text.localeCompare(b.text, 'sv'));
    return [{ key: ALL, text: s.ownerAll }, ...options];
  }, [data, s.ownerAll, s.unknownUnit]);

  const statusOptions: IDropdownOption[] = [
    { key: ALL, text: s.statusAll },
    ...HANDOVER_STATUSES.map((st) => ({ key: st, text: strings.requirements.handoverStatuses[st] })),
  ];

  async function move(item: StoredHandover, to: HandoverStatus, reason?: string): Promise<boolean> {
    setBusyId(item.id);
    setNotice(undefined);
    try {
      const saved = await transitionHandover(services, item, to, reason);
      setNotice({ type: MessageBarType.success, text: s.changed(saved.requirementCode, strings.requirements.handoverStatuses[saved.status]) });
      await reload();
      return true;
    } catch (e) {
      const text = e instanceof ValidationError ? e.issues.map((i) => validationMessage(strings, i)).join(' ') : errorMessage(strings, e);
      setNotice({ type: MessageBarType.error, text });
      if (e instanceof ConflictError) await reload();
      return false;
    } finally {
      setBusyId(undefined);
    }
  }

  const c = s.columns;
  return (
    <div className="lis-it-queue">
      <h2 style={viewTitleStyle}>{s.title}</h2>
      <p style={{ margin: '0 0 12px' }}>{s.description}</p>
      <div style={toolbarStyle}>
        <Dropdown
          label={s.statusFilter}
          options={statusOptions}
          selectedKey={status}
          onChange={(_e, option) => option && setStatus(String(option.key))}
          styles={{ root: { minWidth: 200 } }}
        />
        <Dropdown
          label={s.ownerFilter}
          options={ownerOptions}
          selectedKey={owner}
          onChange={(_e, option) => option && setOwner(String(option.key))}
          styles={{ root: { minWidth: 260 } }}
        />
        <DefaultButton text={s.refresh} iconProps={{ iconName: 'Refresh' }} onClick={() => reload().catch(() => undefined)} />
      </div>
      {notice && (
        <MessageBar messageBarType={notice.type} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice.text}
        </MessageBar>
      )}
      {linkedCode !== undefined && data && linkNoteOpen && (
        <MessageBar
          messageBarType={linkedItem ? MessageBarType.info : MessageBarType.warning}
          isMultiline={true}
          onDismiss={() => setLinkNoteOpen(false)}
          dismissButtonAriaLabel={strings.app.close}
        >
          {linkedItem
            ? strings.tasks.deepLink.handoverFound(linkedItem.requirementCode, objectName(linkedItem))
            : strings.tasks.deepLink.handoverMissing(params.requirementCode, params.objectId)}
        </MessageBar>
      )}
      {error !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={<DefaultButton onClick={() => reload().catch(() => undefined)} text={strings.app.retry} />}
        >
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      {data && <BrokenItemsWarning items={data.broken} />}
      {!data && loading && error === undefined ? (
        <Spinner size={SpinnerSize.large} label={s.loading} styles={{ root: { margin: 24 } }} />
      ) : (
        data && (
          <>
            <p role="status" aria-live="polite" style={{ margin: '8px 0' }}>
              {s.count(items.length, data.items.length)}
            </p>
            {items.length === 0 ? (
              <p>{data.items.length === 0 ? s.empty : s.noMatches}</p>
            ) : (
              <div style={{ overflowX: 'auto' }}>
                <table style={tableStyle} aria-label={s.listLabel}>
                  <thead>
                    <tr>
                      {[c.object, c.owner, c.requirement, c.status, c.reason, c.modified, c.actions].map((h) => (
                        <th key={h} scope="col" style={headerCellStyle}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => {
                      const name = objectName(item);
                      const ownerId = ownerOf(item);
                      const requirement = data.requirements.get(normaliseCode(item.requirementCode));
                      const last = item.history[item.history.length - 1];
                      const busy = busyId === item.id;
                      const linked = item === linkedItem;
                      return (
                        <tr key={item.id} ref={linked ? linkedRow : undefined} style={linked ? linkedRowStyle : undefined}>
                          <th scope="row" style={headerCellStyle}>
                            {name}
                            {linked && <span style={linkedBadgeStyle}>{strings.tasks.deepLink.highlighted}</span>}
                          </th>
                          <td style={cellStyle}>{ownerId ? data.units.get(ownerId)?.name ?? s.unknownUnit : s.unknownUnit}</td>
                          <td style={cellStyle}>
                            {item.requirementCode} {requirement?.title ?? ''}
                          </td>
                          <td style={cellStyle}>{isHandoverStatus(item.status) ? strings.requirements.handoverStatuses[item.status] : item.status}</td>
                          <td style={cellStyle}>{item.reason}</td>
                          <td style={cellStyle}>
                            {last ? s.by(formatDateTime(last.at, strings.locale), last.by.displayName) : formatDateTime(item.modified, strings.locale)}
                          </td>
                          <td style={{ ...cellStyle, whiteSpace: 'nowrap' }}>
                            {canWork && canTransition(item.status, 'accepterad') && (
                              <DefaultButton
                                text={s.accept}
                                ariaLabel={s.acceptLabel(item.requirementCode, name)}
                                disabled={busy}
                                onClick={() => move(item, 'accepterad').catch(() => undefined)}
                                styles={{ root: { marginRight: 4 } }}
                              />
                            )}
                            {canWork && canTransition(item.status, 'genomford') && (
                              <DefaultButton
                                text={s.complete}
                                ariaLabel={s.completeLabel(item.requirementCode, name)}
                                disabled={busy}
                                onClick={() => move(item, 'genomford').catch(() => undefined)}
                                styles={{ root: { marginRight: 4 } }}
                              />
                            )}
                            {canWork && canTransition(item.status, 'avvisad') && (
                              <DefaultButton
                                text={s.reject}
                                ariaLabel={s.rejectLabel(item.requirementCode, name)}
                                disabled={busy}
                                onClick={() => setRejecting(item)}
                              />
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )
      )}
      {rejecting && (
        <RejectHandoverDialog
          code={rejecting.requirementCode}
          objectName={objectName(rejecting)}
          onDismiss={() => setRejecting(undefined)}
          onReject={async (reason) => {
            const ok = await move(rejecting, 'avvisad', reason);
            if (ok) setRejecting(undefined);
            return ok;
          }}
        />
      )}
    </div>
  );
}
