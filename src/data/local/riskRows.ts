import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from '../ports/OrgUnitRepository';
import { compareStoreIds } from '../requirementRecord';
import { isParsed, type Parsed } from '../riskRecord';
import type { StoredRow } from './database';
import { rowIdentity } from './localRows';

/**
 * Helpers shared by the local risk adapters (issue 4): rows of the risk stores are `StoredRow`s (identity, version
 * counter, audit fields) plus the store-neutral record's fields (src/data/riskRecord.ts). A matrix row keeps the
 * matrix' own version number as `matrixVersion` (unique index byVersion), since `version` is the row counter.
 */

/** Meta keys: highest id handed out so far per store (ids are never reused, like SharePoint's). */
export const RiskIdKeys = {
  riskMatrices: 'riskMatrices.lastId',
  riskAnalyses: 'riskAnalyses.lastId',
  risks: 'risks.lastId',
  riskActions: 'riskActions.lastId',
} as const;

/** A row parsed with `parse`: the stored value, or the reasons it cannot be read (row problems included). */
export function parseRiskRow<T>(row: unknown, parse: (raw: unknown, identity: Versioned) => Parsed<T>): { id: string; value?: T; reasons: string[] } {
  const identity = rowIdentity(row);
  const parsed = parse(row, identity);
  const reasons = [...identity.reasons, ...(isParsed(parsed) ? [] : parsed.reasons)];
  return { id: identity.id, value: isParsed(parsed) && reasons.length === 0 ? parsed.value : undefined, reasons };
}

/** Rows parsed and split into readable items and broken ones, both ordered by id. */
export function parseRiskRows<T extends { id: string }>(rows: readonly unknown[], parse: (raw: unknown, identity: Versioned) => Parsed<T>): { items: T[]; broken: BrokenItem[] } {
  const items: T[] = [];
  const broken: BrokenItem[] = [];
  for (const row of rows) {
    const parsed = parseRiskRow(row, parse);
    if (parsed.value) items.push(parsed.value);
    else broken.push({ id: parsed.id, reasons: parsed.reasons });
  }
  items.sort((a, b) => compareStoreIds(a.id, b.id));
  broken.sort((a, b) => compareStoreIds(a.id, b.id));
  return { items, broken };
}

/** The row's audit fields for a write now. */
export type RowStamp = Pick<StoredRow, 'modified' | 'modifiedBy'>;
