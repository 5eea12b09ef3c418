import {
  procurementColumns,
  procurementRequirementList,
  type ActionPlan,
  type ProcurementList,
  type ProcurementRow,
  type Requirement,
  type RequirementKind,
} from '../../domain/requirements';
import type { Profile } from '../../domain/classification';
import { writeSheet } from './excel';

export interface ProcurementExportText {
  headers: Readonly<Record<keyof ProcurementRow, string>>;
  kindLabel: (kind: RequirementKind) => string;
  sheetName: string;
}

/** The kravlista of one object: the SKA-krav its profile calls for, without those assessed ej tillämpligt. */
export function procurementList(
  objectName: string,
  profile: Profile,
  catalogue: readonly Requirement[],
  plan: ActionPlan | undefined,
  kinds?: readonly RequirementKind[]
): ProcurementList {
  return procurementRequirementList(objectName, profile, { catalogue, plan, kinds });
}

/** The kravlista as an .xlsx file (cells neutralised against formula injection). */
export function procurementListExcel(list: ProcurementList, text: ProcurementExportText): Promise<ArrayBuffer> {
  return writeSheet(list.rows, procurementColumns(text.headers, text.kindLabel), text.sheetName, [10, 36, 80, 14, 12, 36]);
}
