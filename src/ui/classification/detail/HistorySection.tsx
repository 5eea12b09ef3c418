import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { loadHistory, type HistoryVersion } from '../../../app/classification';
import { diffClassification, type HistoryEntry } from '../../../domain/classification';
import type { StoredClassification } from '../../../data/ports/ClassificationRepository';
import { useServices } from '../../ServicesContext';
import { formatDateTime } from '../../shared/formatDateTime';
import { errorMessage, useStrings } from '../../strings';
import { historyFieldLabel, historyValueText, setNamesOf, type HistoryContext } from './historyLabels';

export interface HistorySectionProps {
  object: StoredClassification;
  unitName: (id: string) => string;
}

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 12px 4px 0', verticalAlign: 'top' };
const BOOKKEEPING = ['status', 'version', 'approvedBy', 'approvedAt', 'nextReviewDate'];

function ChangesTable(props: {
  caption: string;
  changes: HistoryEntry[];
  who: string;
  when: string;
  context: HistoryContext;
}): JSX.Element {
  const strings = useStrings();
  const c = strings.classification.detail.historyColumns;
  return (
    <table style={{ borderCollapse: 'collapse', margin: '4px 0 12px' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={cell}>{c.field}</th>
          <th scope="col" style={cell}>{c.from}</th>
          <th scope="col" style={cell}>{c.to}</th>
          <th scope="col" style={cell}>{c.who}</th>
          <th scope="col" style={cell}>{c.when}</th>
        </tr>
      </thead>
      <tbody>
        {props.changes.map((change) => (
          <tr key={change.field}>
            <th scope="row" style={{ ...cell, fontWeight: 400 }}>{historyFieldLabel(strings, change.field, props.context)}</th>
            <td style={cell}>{historyValueText(strings, change.field, change.from, props.context)}</td>
            <td style={cell}>{historyValueText(strings, change.field, change.to, props.context)}</td>
            <td style={cell}>{props.who}</td>
            <td style={cell}>{props.when}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The approved versions, newest first, each with who approved it, when, and what changed (field, from, to) since the
 * version before; for a draft after an approval, also what the draft has changed so far.
 */
export function HistorySection(props: HistorySectionProps): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification.detail;
  const { object } = props;
  const [history, setHistory] = React.useState<HistoryVersion[] | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);

  React.useEffect(() => {
    let live = true;
    setError(undefined);
    loadHistory(services, object.id)
      .then((h) => live && setHistory(h))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [services, object.id, object.version, object.status]);

  if (error !== undefined) return <MessageBar messageBarType={MessageBarType.error}>{errorMessage(strings, error)}</MessageBar>;
  if (!history) return <Spinner size={SpinnerSize.small} label={strings.app.loading} labelPosition="right" />;

  const context: HistoryContext = {
    setNames: setNamesOf([...history.map((h) => h.version.snapshot).reverse(), object]),
    unitName: props.unitName,
  };
  const latest = history[0];
  const draftChanges =
    object.status === 'draft' && latest
      ? diffClassification(latest.version.snapshot, object).filter((c) => BOOKKEEPING.indexOf(c.field) < 0)
      : [];

  return (
    <div>
      {draftChanges.length > 0 && (
        <ChangesTable
          caption={s.draftChangesHeading}
          changes={draftChanges}
          who={object.modifiedBy}
          when={formatDateTime(object.modified, strings.locale)}
          context={context}
        />
      )}
      {history.length === 0 && <p>{s.historyEmpty}</p>}
      <ol style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {history.map(({ version, changes }, index) => {
          const who = version.approvedBy.displayName;
          const when = formatDateTime(version.approvedAt, strings.locale);
          const first = index === history.length - 1;
          return (
            <li key={version.version} style={{ marginBottom: 12 }}>
              <p style={{ margin: '4px 0', fontWeight: 600 }}>{s.historyVersion(version.version, who, when)}</p>
              {first ? (
                <p style={{ margin: '0 0 8px' }}>{s.historyFirst}</p>
              ) : changes.length === 0 ? (
                <p style={{ margin: '0 0 8px' }}>{s.historyNoChanges}</p>
              ) : (
                <ChangesTable caption={s.historyTableLabel(version.version)} changes={changes} who={who} when={when} context={context} />
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
