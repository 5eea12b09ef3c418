import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { deriveAndSavePlan, handOverTechnicalRequirements, hasChanges, planFromStored, transitionHandover, type PlanState } from '../../app/requirements';
import type { StoredActionPlanEntry } from '../../data/ports/ActionPlanRepository';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { StoredHandover } from '../../data/ports/HandoverRepository';
import { aggregateProfile, formatProfile } from '../../domain/classification';
import { REQUIREMENT_KINDS, normaliseCode, type Requirement } from '../../domain/requirements';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings } from '../strings';
import { formatDateTime } from '../shared/formatDateTime';
import { PlanEntryPanel } from './PlanEntryPanel';
import { ProcurementPanel } from './ProcurementPanel';
import { cellStyle, headerCellStyle, tableStyle } from './styles';

export interface ActionPlanSectionProps {
  object: StoredClassification;
  /** The owner unit's editors (and the coordinator) edit entries and hand over; others only read the stored plan. */
  canEdit: boolean;
}

interface Loaded {
  catalogue: Requirement[];
  state: PlanState;
  handovers: StoredHandover[];
}

interface Notice {
  type: MessageBarType;
  text: string;
}

const sectionTitle: React.CSSProperties = { fontSize: 18, fontWeight: 600, margin: '24px 0 6px' };
const groupTitle: React.CSSProperties = { fontSize: 16, fontWeight: 600, margin: '16px 0 4px' };

/**
 * The handlingsplan of one classification object: the requirements its aggregated profile calls for, grouped by
 * kind, each with its self-assessment. Opening it (or a changed profile) re-derives the plan, keeping everything
 * already entered for requirements that still apply. Technical requirements go to IT; the kravlista is exported.
 */
export function ActionPlanSection(props: ActionPlanSectionProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.requirements.plan;
  const { object } = props;
  const aggregated = React.useMemo(() => aggregateProfile(object), [object]);
  const profileText = formatProfile(aggregated.profile);
  const [loaded, setLoaded] = React.useState<Loaded | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [notice, setNotice] = React.useState<Notice | undefined>(undefined);
  const [editing, setEditing] = React.useState<string | undefined>(undefined);
  const [procurementOpen, setProcurementOpen] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [reloads, setReloads] = React.useState(0);
  const latest = React.useRef(0);

  React.useEffect(() => {
    const request = ++latest.current;
    setError(undefined);
    (async () => {
      const catalogue = (await services.requirements.list()).items;
      const stored = await services.actionPlans.getPlan(object.id);
      // A reader never writes: the stored plan is shown as it is (its editors re-derive it when they open it).
      const state: PlanState = props.canEdit
        ? await deriveAndSavePlan(services, object.id, object, { catalogue, stored })
        : { stored, plan: planFromStored(stored, catalogue, aggregated.profile), changes: { added: [], restored: [], removed: [] } };
      const handovers = (await services.handovers.list({ objectId: object.id })).items;
      if (request !== latest.current) return;
      setLoaded({ catalogue, state, handovers });
      if (hasChanges(state.changes) && stored.entries.length + stored.retired.length > 0) {
        const c = state.changes;
        setNotice({ type: MessageBarType.info, text: s.derived(c.added.length, c.restored.length, c.removed.length) });
      }
    })().catch((e: unknown) => {
      if (request === latest.current) setError(e);
    });
    // Re-derive when the object (its id), its profile or the stored version changes.
  }, [object.id, profileText, object.etag, reloads, props.canEdit]);

  React.useEffect(
    () => () => {
      latest.current += 1;
    },
    []
  );

  const byCode = React.useMemo(() => {
    const map = new Map<string, Requirement>();
    for (const r of loaded?.catalogue ?? []) map.set(normaliseCode(r.code), r);
    return map;
  }, [loaded]);
  const handoverByCode = React.useMemo(() => {
    const map = new Map<string, StoredHandover>();
    for (const h of loaded?.handovers ?? []) map.set(normaliseCode(h.requirementCode), h);
    return map;
  }, [loaded]);

  const reload = (): void => setReloads((n) => n + 1);

  async function handOver(): Promise<void> {
    if (!loaded) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const created = await handOverTechnicalRequirements(services, object.id, loaded.state.plan, loaded.catalogue);
      setNotice({ type: MessageBarType.success, text: s.handedOver(created.length) });
      const handovers = (await services.handovers.list({ objectId: object.id })).items;
      setLoaded((l) => (l ? { ...l, handovers } : l));
    } catch (e) {
      setNotice({ type: MessageBarType.error, text: errorMessage(strings, e) });
    } finally {
      setBusy(false);
    }
  }

  async function handOverAgain(item: StoredHandover): Promise<void> {
    setBusy(true);
    setNotice(undefined);
    try {
      const saved = await transitionHandover(services, item, 'overlamnad');
      setNotice({ type: MessageBarType.success, text: s.handedOverAgain(saved.requirementCode) });
    } catch (e) {
      setNotice({ type: MessageBarType.error, text: errorMessage(strings, e) });
    } finally {
      setBusy(false);
    }
    try {
      const handovers = (await services.handovers.list({ objectId: object.id })).items;
      setLoaded((l) => (l ? { ...l, handovers } : l));
    } catch {
      // The notice above already tells what happened; the list refreshes on the next load.
    }
  }

  function entrySaved(saved: StoredActionPlanEntry): void {
    setEditing(undefined);
    setNotice({ type: MessageBarType.success, text: s.saved(saved.requirementCode) });
    setLoaded((l) => {
      if (!l) return l;
      const code = normaliseCode(saved.requirementCode);
      const entries = l.state.stored.entries.map((e) => (normaliseCode(e.requirementCode) === code ? saved : e));
      const planEntries = l.state.plan.entries.map((e) => (normaliseCode(e.requirementCode) === code ? { ...saved } : e));
      return { ...l, state: { ...l.state, stored: { ...l.state.stored, entries }, plan: { ...l.state.plan, entries: planEntries } } };
    });
  }

  const storedEntries = loaded?.state.stored.entries ?? [];
  const entryByCode = new Map(storedEntries.map((e) => [normaliseCode(e.requirementCode), e] as const));
  const plan = loaded?.state.plan;
  const editingEntry = editing !== undefined ? entryByCode.get(editing) : undefined;
  const assessed = plan ? plan.entries.filter((e) => e.status !== 'ejBedomd').length : 0;

  return (
    <section aria-labelledby="lis-action-plan-title" className="lis-action-plan">
      <h4 id="lis-action-plan-title" style={sectionTitle}>
        {s.title}
      </h4>
      <p style={{ margin: '0 0 8px' }}>{s.description}</p>
      {aggregated.empty ? (
        <p>{s.noProfile}</p>
      ) : (
        <p style={{ margin: '0 0 8px' }}>{s.profile(profileText)}</p>
      )}
      {object.status === 'draft' && !aggregated.empty && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {s.notApproved}
        </MessageBar>
      )}
      {plan && plan.excludedAspects.length > 0 && (
        <MessageBar messageBarType={MessageBarType.severeWarning} isMultiline={true}>
          <strong>{s.level4Title}. </strong>
          {s.level4(plan.excludedAspects.map((a) => strings.requirements.aspects[a]).join(', '))}
        </MessageBar>
      )}
      {notice && (
        <MessageBar messageBarType={notice.type} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice.text}
        </MessageBar>
      )}
      {error !== undefined && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton onClick={reload} text={strings.app.retry} />}>
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      {!loaded && error === undefined && <Spinner size={SpinnerSize.medium} label={s.loading} styles={{ root: { margin: 16 } }} />}
      {loaded && plan && (
        <>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }}>
            {props.canEdit && (
              <DefaultButton
                text={s.handOver}
                iconProps={{ iconName: 'Share' }}
                disabled={busy || plan.entries.length === 0}
                onClick={() => handOver().catch(() => undefined)}
              />
            )}
            <DefaultButton
              text={s.procurement}
              iconProps={{ iconName: 'ExcelDocument' }}
              disabled={aggregated.empty}
              onClick={() => setProcurementOpen(true)}
            />
          </div>
          <p role="status" style={{ margin: '4px 0' }}>
            {s.summary(assessed, plan.entries.length)}
          </p>
          {plan.entries.length === 0 && !aggregated.empty && <p>{s.noEntries}</p>}
          {REQUIREMENT_KINDS.map((kind) => {
            const entries = plan.entries.filter((e) => byCode.get(normaliseCode(e.requirementCode))?.kind === kind);
            if (entries.length === 0) return null;
            const c = s.columns;
            return (
              <div key={kind}>
                <h5 style={groupTitle}>
                  {strings.requirements.kindHeadings[kind]} ({s.count(entries.length)})
                </h5>
                <table style={tableStyle} aria-label={strings.requirements.kindHeadings[kind]}>
                  <thead>
                    <tr>
                      {[c.title, c.status, c.responsible, c.targetDate, ...(kind === 'teknisk' ? [c.handover] : []), ''].map((h, i) => (
                        <th key={i} scope="col" style={headerCellStyle}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry) => {
                      const code = normaliseCode(entry.requirementCode);
                      const requirement = byCode.get(code);
                      const handover = handoverByCode.get(code);
                      return (
                        <tr key={code}>
                          <th scope="row" style={headerCellStyle}>
                            {entry.requirementCode} {requirement?.title}
                          </th>
                          <td style={cellStyle}>
                            {strings.requirements.statuses[entry.status]}
                            {entry.status === 'ejTillampligt' && entry.reason && <div>{entry.reason}</div>}
                          </td>
                          <td style={cellStyle}>{entry.responsible ? `${entry.responsible.displayName} (${entry.responsible.email})` : ''}</td>
                          <td style={cellStyle}>{entry.targetDate ?? ''}</td>
                          {kind === 'teknisk' && (
                            <td style={cellStyle}>
                              {handover ? strings.requirements.handoverStatuses[handover.status] : ''}
                              {handover && handover.status === 'avvisad' && (
                                <>
                                  {handover.reason && <div>{s.rejectedBecause(handover.reason)}</div>}
                                  {props.canEdit && (
                                    <DefaultButton
                                      text={s.handOverAgain}
                                      ariaLabel={s.handOverAgainLabel(entry.requirementCode)}
                                      disabled={busy}
                                      onClick={() => handOverAgain(handover).catch(() => undefined)}
                                      styles={{ root: { marginTop: 4 } }}
                                    />
                                  )}
                                </>
                              )}
                            </td>
                          )}
                          <td style={cellStyle}>
                            {props.canEdit && (
                              <DefaultButton
                                text={s.editShort}
                                ariaLabel={s.edit(entry.requirementCode)}
                                disabled={!entryByCode.has(code)}
                                onClick={() => setEditing(code)}
                              />
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            );
          })}
          {plan.retired.length > 0 && (
            <div>
              <h5 style={groupTitle}>{s.retiredTitle}</h5>
              <p style={{ margin: '0 0 4px' }}>{s.retiredDescription}</p>
              <ul aria-label={s.retiredTitle}>
                {plan.retired.map((r) => {
                  const requirement = byCode.get(normaliseCode(r.entry.requirementCode));
                  return (
                    <li key={r.entry.requirementCode}>
                      {r.entry.requirementCode} {requirement?.title ?? ''} – {strings.requirements.statuses[r.entry.status]}.{' '}
                      {s.retiredCause[r.cause]}. {s.retiredAt(formatDateTime(r.retiredAt, strings.locale))}
                    </li>
                  );
                })}
              </ul>
            </div>
          )}
        </>
      )}
      {editingEntry && (
        <PlanEntryPanel
          objectId={object.id}
          entry={editingEntry}
          requirement={byCode.get(normaliseCode(editingEntry.requirementCode))}
          onDismiss={() => setEditing(undefined)}
          onSaved={entrySaved}
          onStale={() => {
            // Someone else saved the row: close the editor, say so, and show the stored plan again.
            setEditing(undefined);
            setNotice({ type: MessageBarType.warning, text: strings.errors.conflict });
            reload();
          }}
        />
      )}
      {procurementOpen && loaded && (
        <ProcurementPanel
          objectName={object.name}
          profile={aggregated.profile}
          catalogue={loaded.catalogue}
          plan={plan}
          onDismiss={() => setProcurementOpen(false)}
        />
      )}
    </section>
  );
}

export default ActionPlanSection;
