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
import type { OrgUnit } from '../../domain/organisation';
import { useStrings } from '../strings';
import { orgUnitColumns } from './orgUnitColumns';

export interface OrgUnitListProps {
  items: OrgUnit[];
  /** Every unit (also filtered-out ones) so parent names resolve. */
  unitsById: Map<string, OrgUnit>;
  onSelect: (id: string | undefined) => void;
  onInvoke: (unit: OrgUnit) => void;
}

/**
 * Rows fade in by default; a fading row has too little contrast for a moment (and motion helps no one here),
 * so rows render without the animation.
 */
const rowStyles: Partial<IDetailsRowStyles> = { root: { animation: 'none', animationName: 'none' } };

function renderRow(props?: IDetailsRowProps, defaultRender?: (props?: IDetailsRowProps) => JSX.Element | null): JSX.Element | null {
  if (!props || !defaultRender) return null;
  return defaultRender({ ...props, styles: rowStyles });
}

/** Lists above this size are virtualised (the register may hold thousands of units). */
const VIRTUALISE_FROM = 100;

/** The register as a keyboard-operable grid: arrow keys move, Space selects, Enter or double-click edits. */
export function OrgUnitList(props: OrgUnitListProps): JSX.Element {
  const strings = useStrings();
  const { unitsById, onSelect } = props;
  const onSelectRef = React.useRef(onSelect);
  onSelectRef.current = onSelect;

  const selection = React.useMemo(() => {
    const created: Selection = new Selection({
      getKey: (u) => (u as OrgUnit).id,
      selectionMode: SelectionMode.single,
      onSelectionChanged: () => {
        const picked = created.getSelection()[0] as OrgUnit | undefined;
        onSelectRef.current(picked ? picked.id : undefined);
      },
    });
    return created;
  }, []);

  const columns = React.useMemo(
    () => orgUnitColumns(strings, (id) => unitsById.get(id)?.name ?? id),
    [strings, unitsById],
  );

  return (
    <DetailsList
      items={props.items}
      columns={columns}
      selection={selection}
      selectionMode={SelectionMode.single}
      selectionPreservedOnEmptyClick={true}
      checkboxVisibility={CheckboxVisibility.onHover}
      layoutMode={DetailsListLayoutMode.justified}
      setKey="lis-org-units"
      onRenderRow={renderRow}
      onItemInvoked={(u?: OrgUnit) => u && props.onInvoke(u)}
      onShouldVirtualize={() => props.items.length > VIRTUALISE_FROM}
      ariaLabelForGrid={strings.organisation.listLabel}
      ariaLabelForSelectionColumn={strings.organisation.selectionColumn}
      checkButtonAriaLabel={strings.organisation.selectUnit}
    />
  );
}
