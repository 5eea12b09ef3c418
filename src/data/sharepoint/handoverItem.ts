import type { StoredHandover } from '../ports/HandoverRepository';
import { isParsedHandover, parseHandoverRecord, type HandoverRecord, type RawHandoverRecord } from '../handoverRecord';
import { HandoverFields } from '../schema/handoversList';
import { ITEM_IDENTITY_EXPAND, ITEM_IDENTITY_SELECT, isItemObject, readItemVersioned, readLookupId } from './requirementItemValues';
import { toItemId } from './orgUnitItem';

/**
 * Mapping between items of `Lists/LisHandovers` and IT queue items. The object is the LisClassification lookup,
 * the history JSON text in LisHistory. The store-neutral part is src/data/handoverRecord.ts.
 */
export const HANDOVER_CLASSIFICATION_ID_FIELD = `${HandoverFields.classification}Id`;

export const HANDOVER_SELECT: readonly string[] = [
  ...ITEM_IDENTITY_SELECT,
  HANDOVER_CLASSIFICATION_ID_FIELD,
  HandoverFields.requirementCode,
  HandoverFields.status,
  HandoverFields.reason,
  HandoverFields.history,
];
export const HANDOVER_EXPAND: readonly string[] = ITEM_IDENTITY_EXPAND;

export type HandoverItemValues = Record<string, string | number | boolean | null>;

export function handoverItemValues(record: HandoverRecord): HandoverItemValues {
  return {
    [HandoverFields.title]: record.requirementCode,
    [HANDOVER_CLASSIFICATION_ID_FIELD]: toItemId(record.objectId) ?? null,
    [HandoverFields.requirementCode]: record.requirementCode,
    [HandoverFields.status]: record.status,
    [HandoverFields.reason]: record.reason,
    [HandoverFields.history]: record.historyJson,
  };
}

export type MappedHandover = { ok: true; item: StoredHandover } | { ok: false; id: string; reasons: string[] };

export function handoverFromItem(item: unknown): MappedHandover {
  if (!isItemObject(item)) return { ok: false, id: '', reasons: ['item: expected an object'] };
  const identity = readItemVersioned(item);
  const reasons: string[] = [...identity.reasons];
  const objectId = readLookupId(item[HANDOVER_CLASSIFICATION_ID_FIELD], HANDOVER_CLASSIFICATION_ID_FIELD, reasons);
  const record: RawHandoverRecord = {
    objectId: objectId ?? '',
    requirementCode: item[HandoverFields.requirementCode],
    status: item[HandoverFields.status],
    reason: item[HandoverFields.reason],
    historyJson: item[HandoverFields.history],
  };
  const parsed = parseHandoverRecord(record, identity);
  if (!isParsedHandover(parsed) || reasons.length > 0) {
    return { ok: false, id: identity.id, reasons: [...reasons, ...(isParsedHandover(parsed) ? [] : parsed.reasons)] };
  }
  return { ok: true, item: parsed.item };
}
