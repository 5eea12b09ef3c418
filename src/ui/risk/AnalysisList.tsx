import * as React from 'react';
import {
  CheckboxVisibility,
  DetailsList,
  DetailsListLayoutMode,
  type IColumn,
  type IDetailsRowProps,
  type IDetailsRowStyles,
  Selection,
  SelectionMode,
} from '@fluentui/react/lib/DetailsList';
import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import { useStrings, type Strings } from '../strings';

export interface AnalysisListProps {
  items: StoredRiskAnalysis[];
  unitName: (id: string) => string;
  onSelect: (id: string | undefined) => void;
  onInvoke: (analysis: StoredRiskAnalysis) => void;
}

const rowStyles: Partial<IDetailsRowStyles> = { root: { animation: 'none', animationName: 'none' } };

function renderRow(props?: IDetailsRowProps, defaultRender?: (props?: IDetailsRowProps) => JSX.Element | null): JSX.Element | null {
  if (!props || !defaultRender) return null;
  return defaultRender({ ...props, styles: rowStyles });
}

function textCell(text: string): JSX.Element {
  return <span title={text}>{text}</span>;
}

function columns(strings: Strings, unitName: (id: string) => string): IColumn[] {
  const s = strings.risk;
  return [
    {
      key: 'name',
      name: s.columns.name,
      minWidth: 180,
      maxWidth: 320,
      isResizable: true,
      isRowHeader: true,
      onRender: (a: StoredRiskAnalysis) => <strong style={{ fontWeight: 600 }}>{a.name}</strong>,
    },
    { key: 'subject', name: s.columns.subject, minWidth: 100, maxWidth: 130, isResizable: true, onRender: (a: StoredRiskAnalysis) => textCell(s.subjectKinds[a.subjectKind]) },
    { key: 'owner', name: s.columns.owner, minWidth: 160, maxWidth: 260, isResizable: true, onRender: (a: StoredRiskAnalysis) => textCell(unitName(a.ownerUnitId)) },
    { key: 'status', name: s.columns.status, minWidth: 80, maxWidth: 100, isResizable: true, onRender: (a: StoredRiskAnalysis) => textCell(s.statuses[a.status]) },
    { key: 'date', name: s.columns.date, minWidth: 90, maxWidth: 110, isResizable: true, onRender: (a: StoredRiskAnalysis) => textCell(a.date) },
    {
      key: 'next',
      name: s.columns.nextFollowUp,
      minWidth: 110,
      maxWidth: 140,
      isResizable: true,
      onRender: (a: StoredRiskAnalysis) => textCell(a.nextFollowUpDate ?? s.noDate),
    },
    { key: 'matrix', name: s.columns.matrix, minWidth: 70, maxWidth: 90, isResizable: true, onRender: (a: StoredRiskAnalysis) => textCell(s.matrixVersion(a.matrixVersion)) },
  ];
}

const VIRTUALISE_FROM = 100;

/** The analyses as a keyboard-operable grid: arrow keys move, Space selects, Enter or double-click opens. */
export function AnalysisList(props: AnalysisListProps): JSX.Element {
  const strings = useStrings();
  const s = strings.risk;
  const { unitName } = props;
  const onSelectRef = React.useRef(props.onSelect);
  onSelectRef.current = props.onSelect;
  const selection = React.useMemo(() => {
    const created: Selection = new Selection({
      getKey: (a) => (a as StoredRiskAnalysis).id,
      selectionMode: SelectionMode.single,
      onSelectionChanged: () => {
        const picked = created.getSelection()[0] as StoredRiskAnalysis | undefined;
        onSelectRef.current(picked ? picked.id : undefined);
      },
    });
    return created;
  }, []);
  const cols = React.useMemo(() => columns(strings, unitName), [strings, unitName]);
  return (
    <DetailsList
      items={props.items}
      columns={cols}
      selection={selection}
      selectionMode={SelectionMode.single}
      selectionPreservedOnEmptyClick={true}
      checkboxVisibility={CheckboxVisibility.onHover}
      layoutMode={DetailsListLayoutMode.justified}
      setKey="lis-risk-analyses"
      onRenderRow={renderRow}
      onItemInvoked={(a?: StoredRiskAnalysis) => a && props.onInvoke(a)}
      onShouldVirtualize={() => props.items.length > VIRTUALISE_FROM}
      ariaLabelForGrid={s.listLabel}
      ariaLabelForSelectionColumn={s.selectionColumn}
      checkButtonAriaLabel={s.selectAnalysis}
    />
  );
}
