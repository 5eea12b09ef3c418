import * as React from 'react';
import { Panel, PanelType } from '@fluentui/react/lib/Panel';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useTheme } from '@fluentui/react/lib/Theme';
import { XLSX_MIME, procurementList, procurementListExcel } from '../../app/requirements';
import type { Profile } from '../../domain/classification';
import { REQUIREMENT_KINDS, type ActionPlan, type Requirement, type RequirementKind } from '../../domain/requirements';
import { errorMessage, useStrings } from '../strings';
import { downloadFile } from './download';
import { printProcurementList } from './printProcurementList';
import { cellStyle, headerCellStyle, tableStyle } from './styles';

export interface ProcurementPanelProps {
  objectName: string;
  profile: Profile;
  catalogue: readonly Requirement[];
  plan: ActionPlan | undefined;
  onDismiss: () => void;
}

const panelHeading: React.HTMLAttributes<HTMLDivElement> = { 'aria-level': 2 };

/** The kravlista for an upphandling: the object's SKA-krav, as a print view, an Excel download and a printable page. */
export function ProcurementPanel(props: ProcurementPanelProps): JSX.Element {
  const strings = useStrings();
  const s = strings.requirements.procurement;
  const theme = useTheme();
  const [kinds, setKinds] = React.useState<RequirementKind[]>([...REQUIREMENT_KINDS]);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const list = React.useMemo(
    () => procurementList(props.objectName, props.profile, props.catalogue, props.plan, kinds),
    [props.objectName, props.profile, props.catalogue, props.plan, kinds]
  );

  async function excel(): Promise<void> {
    setBusy(true);
    setProblem(undefined);
    try {
      const bytes = await procurementListExcel(list, {
        headers: s.columns,
        kindLabel: (k) => strings.requirements.kinds[k],
        sheetName: s.sheetName,
      });
      downloadFile(bytes, s.fileName(list.objectName), XLSX_MIME);
    } catch (error) {
      setProblem(errorMessage(strings, error));
    } finally {
      setBusy(false);
    }
  }

  const c = s.columns;
  return (
    <Panel
      isOpen={true}
      type={PanelType.large}
      headerText={s.title(list.objectName)}
      headerTextProps={panelHeading}
      onDismiss={props.onDismiss}
      closeButtonAriaLabel={strings.app.close}
      styles={{ main: { color: theme.semanticColors.bodyText } }}
    >
      <p>{s.intro(list.profile)}</p>
      {list.excludedAspects.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
          {s.level4(list.excludedAspects.map((a) => strings.requirements.aspects[a]).join(', '))}
        </MessageBar>
      )}
      <fieldset style={{ border: 'none', padding: 0, margin: '8px 0', display: 'flex', gap: 16 }}>
        <legend style={{ fontWeight: 600, marginBottom: 4 }}>{s.kindsLabel}</legend>
        {REQUIREMENT_KINDS.map((kind) => (
          <Checkbox
            key={kind}
            label={strings.requirements.kinds[kind]}
            checked={kinds.indexOf(kind) >= 0}
            onChange={(_e, checked) => setKinds((current) => REQUIREMENT_KINDS.filter((k) => (k === kind ? !!checked : current.indexOf(k) >= 0)))}
          />
        ))}
      </fieldset>
      <div style={{ display: 'flex', gap: 8, margin: '8px 0' }}>
        <PrimaryButton text={s.excel} iconProps={{ iconName: 'ExcelDocument' }} disabled={busy || list.rows.length === 0} onClick={() => excel().catch(() => undefined)} />
        <DefaultButton
          text={s.print}
          iconProps={{ iconName: 'Print' }}
          disabled={list.rows.length === 0}
          onClick={() => {
            if (!printProcurementList(list, strings, strings.locale)) window.print();
          }}
        />
      </div>
      {problem && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {problem}
        </MessageBar>
      )}
      {list.rows.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <table style={tableStyle} aria-label={s.title(list.objectName)}>
          <thead>
            <tr>
              {[c.code, c.title, c.skaText, c.kind].map((h) => (
                <th key={h} scope="col" style={headerCellStyle}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.rows.map((row) => (
              <tr key={row.code}>
                <th scope="row" style={headerCellStyle}>
                  {row.code}
                </th>
                <td style={cellStyle}>{row.title}</td>
                <td style={cellStyle}>{row.skaText}</td>
                <td style={cellStyle}>{strings.requirements.kinds[row.kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
