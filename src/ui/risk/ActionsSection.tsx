import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { emptyRiskAction, isActionOverdue } from '../../domain/risk';
import type { StoredRiskAction } from '../../data/ports/RiskActionRepository';
import type { StoredRisk } from '../../data/ports/RiskRepository';
import { useStrings } from '../strings';
import { cellStyle, headerCellStyle, tableStyle } from '../requirements/styles';
import { ActionForm } from './ActionForm';

export interface ActionsSectionProps {
  risk: StoredRisk;
  actions: readonly StoredRiskAction[];
  planCodes: readonly string[];
  /** `YYYY-MM-DD`: decides which actions are overdue. */
  today: string;
  onSaved: (saved: StoredRiskAction) => void;
}

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; id: string };

/** The risk's actions as a table (overdue ones say so in words) with a form to plan a new one or edit one. */
export function ActionsSection(props: ActionsSectionProps): JSX.Element {
  const strings = useStrings();
  const s = strings.risk.actions;
  const [editing, setEditing] = React.useState<Editing>({ kind: 'none' });
  const [notice, setNotice] = React.useState<string | undefined>(undefined);
  const { risk, actions } = props;
  const c = s.columns;

  function saved(action: StoredRiskAction): void {
    const index = actions.findIndex((a) => a.id === action.id);
    setEditing({ kind: 'none' });
    setNotice(s.saved(index >= 0 ? index + 1 : actions.length + 1));
    props.onSaved(action);
  }

  const editingAction = editing.kind === 'edit' ? actions.filter((a) => a.id === editing.id)[0] : undefined;
  return (
    <section aria-labelledby="lis-risk-actions-heading">
      <h3 id="lis-risk-actions-heading" style={{ fontSize: 16, fontWeight: 600, margin: '20px 0 4px' }}>
        {s.heading}
      </h3>
      <p style={{ margin: '0 0 4px', fontSize: 12 }}>{s.help}</p>
      {risk.treatment !== null && risk.treatment !== 'reducera' && actions.length === 0 && <p style={{ fontSize: 12 }}>{s.notReducing}</p>}
      {notice && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice}
        </MessageBar>
      )}
      {actions.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <table style={tableStyle} aria-label={s.listLabel}>
          <thead>
            <tr>
              {[c.description, c.kind, c.responsible, c.targetDate, c.status, c.requirements, ''].map((h, i) => (
                <th key={i} scope="col" style={headerCellStyle}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actions.map((a, i) => {
              const overdue = isActionOverdue(a, props.today);
              return (
                <tr key={a.id}>
                  <th scope="row" style={headerCellStyle}>
                    {a.description}
                  </th>
                  <td style={cellStyle}>
                    {s.kinds[a.kind]}, {strings.requirements.kinds[a.securityKind].toLowerCase()}
                  </td>
                  <td style={cellStyle}>{a.responsible ? `${a.responsible.displayName} (${a.responsible.email})` : ''}</td>
                  <td style={cellStyle}>
                    {a.targetDate ?? ''}
                    {overdue && <strong style={{ display: 'block' }}>{s.overdue}</strong>}
                  </td>
                  <td style={cellStyle}>{s.statuses[a.status]}</td>
                  <td style={cellStyle}>{a.requirementCodes.join(', ')}</td>
                  <td style={cellStyle}>
                    <DefaultButton text={s.editShort} ariaLabel={s.edit(i + 1)} onClick={() => setEditing({ kind: 'edit', id: a.id })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {editing.kind === 'none' && (
        <DefaultButton iconProps={{ iconName: 'Add' }} text={s.add} onClick={() => setEditing({ kind: 'new' })} />
      )}
      {editing.kind === 'new' && (
        <ActionForm
          existing={undefined}
          initial={emptyRiskAction(risk.id)}
          number={actions.length + 1}
          planCodes={props.planCodes}
          onSaved={saved}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      {editingAction && (
        <ActionForm
          key={editingAction.id}
          existing={editingAction}
          initial={{ ...editingAction, requirementCodes: [...editingAction.requirementCodes] }}
          number={actions.indexOf(editingAction) + 1}
          planCodes={props.planCodes}
          onSaved={saved}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
    </section>
  );
}
