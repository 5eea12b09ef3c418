import * as React from 'react';
import {
  CheckboxVisibility,
  DetailsList,
  DetailsListLayoutMode,
  type IDetailsRowProps,
  type IDetailsRowStyles,
  Selection,
  SelectionMode,
} from '@fluentui/react/lib/DetailsList';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import { useStrings } from '../strings';
import { classificationColumns } from './classificationColumns';

export interface ClassificationListProps {
  items: StoredClassification[];
  unitName: (id: string) => string;
  today: Date;
  onSelect: (id: string | undefined) => void;
  onInvoke: (object: StoredClassification) => void;
}

const rowStyles: Partial<IDetailsRowStyles> = { root: { animation: 'none', animationName: 'none' } };

function renderRow(props?: IDetailsRowProps, defaultRender?: (props?: IDetailsRowProps) => JSX.Element | null): JSX.Element | null {
  if (!props || !defaultRender) return null;
  return defaultRender({ ...props, styles: rowStyles });
}

const VIRTUALISE_FROM = 100;

/** The objects as a keyboard-operable grid: arrow keys move, Space selects, Enter or double-click opens. */
export function ClassificationList(props: ClassificationListProps): JSX.Element {
  const strings = useStrings();
  const s = strings.classification;
  const { unitName, today } = props;
  const onSelectRef = React.useRef(props.onSelect);
  onSelectRef.current = props.onSelect;

  const selection = React.useMemo(() => {
    const created: Selection = new Selection({
      getKey: (o) => (o as StoredClassification).id,
      selectionMode: SelectionMode.single,
      onSelectionChanged: () => {
        const picked = created.getSelection()[0] as StoredClassification | undefined;
        onSelectRef.current(picked ? picked.id : undefined);
      },
    });
    return created;
  }, []);

  const columns = React.useMemo(() => classificationColumns(strings, unitName, today), [strings, unitName, today]);

  return (
    <DetailsList
      items={props.items}
      columns={columns}
      selection={selection}
      selectionMode={SelectionMode.single}
      selectionPreservedOnEmptyClick={true}
      checkboxVisibility={CheckboxVisibility.onHover}
      layoutMode={DetailsListLayoutMode.justified}
      setKey="lis-classifications"
      onRenderRow={renderRow}
      onItemInvoked={(o?: StoredClassification) => o && props.onInvoke(o)}
      onShouldVirtualize={() => props.items.length > VIRTUALISE_FROM}
      ariaLabelForGrid={s.listLabel}
      ariaLabelForSelectionColumn={s.selectionColumn}
      checkButtonAriaLabel={s.selectObject}
    />
  );
}
