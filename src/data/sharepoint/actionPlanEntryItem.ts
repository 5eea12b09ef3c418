import { isParsedRow, parseActionPlanEntryRecord, recordOfParsed, type ActionPlanEntryRecord, type ParsedActionPlanRow, type RawActionPlanEntryRecord } from '../actionPlanRecord';
import { ActionPlanEntryFields } from '../schema/actionPlanEntriesList';
import { dateFromItemValue, dateToItemValue, ITEM_IDENTITY_EXPAND, ITEM_IDENTITY_SELECT, isItemObject, readItemVersioned, readLookupId, type RequirementsItemIdentity } from './requirementItemValues';
import { toItemId } from './orgUnitItem';

/**
 * Mapping between items of `Lists/LisActionPlanEntries` and handlingsplan rows. The object is the LisClassification
 * lookup (read and written through `LisClassificationId`); the target date is a DateTime at 00:00 UTC. The
 * store-neutral part is src/data/actionPlanRecord.ts, shared with the local adapter.
 */
export const CLASSIFICATION_ID_FIELD = `${ActionPlanEntryFields.classification}Id`;

export const ACTION_PLAN_SELECT: readonly string[] = [
  ...ITEM_IDENTITY_SELECT,
  CLASSIFICATION_ID_FIELD,
  ActionPlanEntryFields.requirementCode,
  ActionPlanEntryFields.assessment,
  ActionPlanEntryFields.reason,
  ActionPlanEntryFields.how,
  ActionPlanEntryFields.responsibleName,
  ActionPlanEntryFields.responsibleEmail,
  ActionPlanEntryFields.targetDate,
  ActionPlanEntryFields.retired,
  ActionPlanEntryFields.retiredCause,
  ActionPlanEntryFields.retiredAt,
];
export const ACTION_PLAN_EXPAND: readonly string[] = ITEM_IDENTITY_EXPAND;

export type ActionPlanItemValues = Record<string, string | number | boolean | null>;

/** The record's field values; `objectId` must be an item id (the adapter checks). */
export function actionPlanItemValues(record: ActionPlanEntryRecord): ActionPlanItemValues {
  return {
    [ActionPlanEntryFields.title]: record.requirementCode,
    [CLASSIFICATION_ID_FIELD]: toItemId(record.objectId) ?? null,
    [ActionPlanEntryFields.requirementCode]: record.requirementCode,
    [ActionPlanEntryFields.assessment]: record.status,
    [ActionPlanEntryFields.reason]: record.reason,
    [ActionPlanEntryFields.how]: record.how,
    [ActionPlanEntryFields.responsibleName]: record.responsibleName,
    [ActionPlanEntryFields.responsibleEmail]: record.responsibleEmail,
    [ActionPlanEntryFields.targetDate]: dateToItemValue(record.targetDate),
    [ActionPlanEntryFields.retired]: record.retired,
    [ActionPlanEntryFields.retiredCause]: record.retiredCause,
    [ActionPlanEntryFields.retiredAt]: record.retiredAt,
  };
}

export interface MappedActionPlanItem {
  identity: RequirementsItemIdentity;
  /** The code as stored (for the diff, even when the row is broken). */
  code: string;
  parsed: ParsedActionPlanRow;
  /** The record read back (null when the row is broken). */
  record: ActionPlanEntryRecord | null;
}

/** A SharePoint item -> a current or retired entry, or the reasons it is neither. Never throws. */
export function actionPlanFromItem(item: unknown): MappedActionPlanItem {
  const raw = isItemObject(item) ? item : {};
  const identity = readItemVersioned(raw);
  const reasons: string[] = [...identity.reasons];
  if (!isItemObject(item)) reasons.push('item: expected an object');
  const objectId = readLookupId(raw[CLASSIFICATION_ID_FIELD], CLASSIFICATION_ID_FIELD, reasons);
  const codeValue = raw[ActionPlanEntryFields.requirementCode];
  const record: RawActionPlanEntryRecord = {
    objectId: objectId ?? '',
    requirementCode: codeValue,
    status: raw[ActionPlanEntryFields.assessment],
    reason: raw[ActionPlanEntryFields.reason],
    how: raw[ActionPlanEntryFields.how],
    responsibleName: raw[ActionPlanEntryFields.responsibleName],
    responsibleEmail: raw[ActionPlanEntryFields.responsibleEmail],
    targetDate: dateFromItemValue(raw[ActionPlanEntryFields.targetDate]),
    retired: raw[ActionPlanEntryFields.retired],
    retiredCause: raw[ActionPlanEntryFields.retiredCause],
    retiredAt: raw[ActionPlanEntryFields.retiredAt],
  };
  let parsed = parseActionPlanEntryRecord(record, identity);
  if (reasons.length > 0) parsed = { reasons: [...reasons, ...(isParsedRow(parsed) ? [] : parsed.reasons)] };
  const code = typeof codeValue === 'string' ? codeValue.trim().toUpperCase() : '';
  return { identity, code, parsed, record: recordOfParsed(parsed) };
}
