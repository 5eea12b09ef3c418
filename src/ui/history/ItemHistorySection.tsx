import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import type { AuditedEntity, FieldChange, HistoryEntry } from '../../data/ports/ItemHistory';
import { Disclosure } from '../reminders/Disclosure';
import { useServices } from '../ServicesContext';
import { errorMessage, useStrings, type Strings } from '../strings';

export interface ItemHistorySectionProps {
  entity: AuditedEntity;
  /** The stored item's id. */
  id: string;
}

/** `2026-03-01T13:05:00Z` -> `2026-03-01 14:05` in Stockholm time (the locale's own format); anything else as is. */
function formatAt(locale: string, at: string): string {
  const time = Date.parse(at);
  if (Number.isNaN(time)) return at;
  return new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(new Date(time));
}

/** The label of a change's field: the entity's label for the key before `:`, then the qualifier (e.g. `Nivå (Elevregister K)`). */
function fieldLabel(strings: Strings, entity: AuditedEntity, field: string): string {
  const colon = field.indexOf(':');
  const key = colon < 0 ? field : field.slice(0, colon);
  const labels = strings.history.fields[entity] as Readonly<Record<string, string>>;
  const label = Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : key;
  return colon < 0 ? label : `${label} (${field.slice(colon + 1)})`;
}

function ChangeList(props: { entity: AuditedEntity; changes: readonly FieldChange[] }): JSX.Element {
  const strings = useStrings();
  const h = strings.history;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {props.changes.map((change, index) => (
        <li key={index}>{h.change(fieldLabel(strings, props.entity, change.field), change.from || h.emptyValue, change.to || h.emptyValue)}</li>
      ))}
    </ul>
  );
}

const cell: React.CSSProperties = { textAlign: 'left', verticalAlign: 'top', padding: '4px 12px 4px 0', borderBottom: '1px solid #edebe9' };

function HistoryTable(props: { entity: AuditedEntity; entries: readonly HistoryEntry[] }): JSX.Element {
  const strings = useStrings();
  const h = strings.history;
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'left', padding: '4px 0' }}>{h.caption(props.entries.length)}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>{h.columns.at}</th>
          <th scope="col" style={cell}>{h.columns.by}</th>
          <th scope="col" style={cell}>{h.columns.changes}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry, index) => (
          <tr key={`${entry.version}-${index}`}>
            <th scope="row" style={{ ...cell, fontWeight: 'normal' }}>
              <div>{formatAt(strings.locale, entry.at)}</div>
              {entry.version && <div style={{ fontSize: 12 }}>{h.version(entry.version)}</div>}
            </th>
            <td style={cell}>{entry.by || h.unknownPerson}</td>
            <td style={cell}>
              {entry.unreadable ? h.unreadable : entry.changes.length === 0 ? h.noChanges : <ChangeList entity={props.entity} changes={entry.changes} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type LoadState = { kind: 'loading' } | { kind: 'loaded'; entries: HistoryEntry[] } | { kind: 'failed'; error: unknown };

/** Loads the item's history when shown (each time it is opened: the history may have grown). */
function HistoryLoader(props: ItemHistorySectionProps): JSX.Element {
  const services = useServices();
  const strings = useStrings();
  const h = strings.history;
  const [state, setState] = React.useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    services.itemHistory.history(props.entity, props.id).then(
      (entries) => live && setState({ kind: 'loaded', entries }),
      (error: unknown) => live && setState({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [services, props.entity, props.id, attempt]);

  if (state.kind === 'loading') return <p role="status">{h.loading}</p>;
  if (state.kind === 'failed') {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline={true} actions={<DefaultButton text={strings.app.retry} onClick={() => setAttempt(attempt + 1)} />}>
        {errorMessage(strings, state.error)}
      </MessageBar>
    );
  }
  if (state.entries.length === 0) return <p>{h.empty}</p>;
  return <HistoryTable entity={props.entity} entries={state.entries} />;
}

/** "Ändringshistorik": who changed which field from what to what, and when; collapsed until asked for. */
export function ItemHistorySection(props: ItemHistorySectionProps): JSX.Element {
  const h = useStrings().history;
  const headingId = `lis-history-${props.entity}-${props.id}`;
  return (
    <section aria-labelledby={headingId} style={{ marginTop: 16 }}>
      <h4 id={headingId} style={{ fontSize: 16, fontWeight: 600, margin: '8px 0 0' }}>
        {h.heading}
      </h4>
      <Disclosure label={h.show}>
        <HistoryLoader key={`${props.entity}:${props.id}`} entity={props.entity} id={props.id} />
      </Disclosure>
    </section>
  );
}
