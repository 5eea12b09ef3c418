import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { formatProfile, setProfile } from '../../../domain/classification';
import type { StoredSharedInformationType } from '../../../data/ports/SharedInformationTypeRepository';
import { useServices } from '../../ServicesContext';
import { errorMessage, useStrings } from '../../strings';
import { SharedTypePanel } from './SharedTypePanel';

const cell: React.CSSProperties = { textAlign: 'left', padding: '6px 12px 6px 0', verticalAlign: 'top' };

type PanelState = { open: false } | { open: true; existing: StoredSharedInformationType | undefined };

/** The coordinator's list of gemensamma informationstyper, with publish and edit. */
export function SharedTypesAdmin(): JSX.Element {
  const strings = useStrings();
  const services = useServices();
  const s = strings.classification;
  const [items, setItems] = React.useState<StoredSharedInformationType[] | undefined>(undefined);
  const [error, setError] = React.useState<unknown>(undefined);
  const [panel, setPanel] = React.useState<PanelState>({ open: false });
  const [notice, setNotice] = React.useState<string | undefined>(undefined);

  const load = React.useCallback(async (): Promise<void> => {
    try {
      const result = await services.sharedInformationTypes.list();
      setItems([...result.items].sort((a, b) => a.name.localeCompare(b.name, 'sv-SE')));
      setError(undefined);
    } catch (e) {
      setError(e);
    }
  }, [services]);

  React.useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  return (
    <section aria-labelledby="lis-cls-shared-heading">
      <h3 id="lis-cls-shared-heading" style={{ fontSize: 18, fontWeight: 600, margin: '12px 0 4px' }}>
        {s.shared.heading}
      </h3>
      <p>{s.shared.intro}</p>
      <PrimaryButton iconProps={{ iconName: 'Add' }} text={s.shared.create} onClick={() => setPanel({ open: true, existing: undefined })} />
      {notice && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.app.close}>
          {notice}
        </MessageBar>
      )}
      {error !== undefined && <MessageBar messageBarType={MessageBarType.error}>{errorMessage(strings, error)}</MessageBar>}
      {!items && error === undefined && <Spinner size={SpinnerSize.medium} label={strings.app.loading} />}
      {items && items.length === 0 && <p>{s.shared.empty}</p>}
      {items && items.length > 0 && (
        <table style={{ borderCollapse: 'collapse', marginTop: 12 }}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{s.shared.listLabel}</caption>
          <thead>
            <tr>
              <th scope="col" style={cell}>{s.shared.columns.name}</th>
              <th scope="col" style={cell}>{s.shared.columns.profile}</th>
              <th scope="col" style={cell}>{s.shared.columns.personalData}</th>
              <th scope="col" style={cell}>{s.shared.columns.active}</th>
              <th scope="col" style={cell}>{s.shared.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => (
              <tr key={t.id}>
                <th scope="row" style={cell}>{t.name}</th>
                <td style={cell}>{formatProfile(setProfile({ ...t, id: t.id }))}</td>
                <td style={cell}>{s.personalData[t.personalData.kind]}</td>
                <td style={cell}>{t.active ? s.shared.active : s.shared.inactive}</td>
                <td style={cell}>
                  <DefaultButton text={s.shared.edit(t.name)} onClick={() => setPanel({ open: true, existing: t })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {panel.open && (
        <SharedTypePanel
          existing={panel.existing}
          onDismiss={() => setPanel({ open: false })}
          onSaved={(saved) => {
            setPanel({ open: false });
            setNotice(s.shared.published(saved.name));
            load().catch(() => undefined);
          }}
        />
      )}
    </section>
  );
}
