/**
 * Mapping between SharePoint list items and classifications, approved snapshots and shared information types.
 * Field names come from the schema (ClassificationFields, ClassificationVersionFields, SharedInfoTypeFields); the
 * lookups are read and written through their id columns. The store-neutral part (JSON content, the rules a stored
 * record must meet) is src/data/classificationRecord.ts, shared with the local adapter.
 *
 * Dates: LisNextReviewDate is written as UTC midnight of the calendar date and read back as the Europe/Stockholm
 * date of the stored instant (so a date typed in SharePoint's own form, at Stockholm midnight, reads the same).
 */
import { isIsoDate, stockholmDate, type ClassificationObject } from '../../domain/classification';
import {
  isParsed,
  parseClassificationRecord,
  parseClassificationVersionRecord,
  parseSharedInformationTypeRecord,
  toClassificationRecord,
  toClassificationVersionRecord,
  toSharedInformationTypeRecord,
  type RawClassificationRecord,
} from '../classificationRecord';
import type { ClassificationVersion, StoredClassification } from '../ports/ClassificationRepository';
import type { SharedInformationTypeDraft, StoredSharedInformationType } from '../ports/SharedInformationTypeRepository';
import { ClassificationFields } from '../schema/classificationsList';
import { ClassificationVersionFields } from '../schema/classificationVersionsList';
import { SharedInfoTypeFields } from '../schema/sharedInfoTypesList';
import { describeItemValue, IDENTITY_EXPAND, readItemIdentity, readLookupId } from './classificationItemIdentity';
import { toItemId } from './orgUnitItem';
import { isImpossibleDay } from './requirementItemValues';

/** The owner lookup's id column: `LisOwnerUnitId`. */
export const OWNER_UNIT_ID_FIELD = `${ClassificationFields.ownerUnit}Id`;
/** The snapshot's lookup id column: `LisClassificationId`. */
export const VERSION_OBJECT_ID_FIELD = `${ClassificationVersionFields.classification}Id`;

export const CLASSIFICATION_SELECT: readonly string[] = [
  'Id',
  ClassificationFields.name,
  ClassificationFields.kind,
  OWNER_UNIT_ID_FIELD,
  ClassificationFields.status,
  ClassificationFields.version,
  ClassificationFields.nextReviewDate,
  ClassificationFields.approvedByName,
  ClassificationFields.approvedByEmail,
  ClassificationFields.approvedAt,
  ClassificationFields.content,
  'Modified',
  'Editor/Title',
];

export const CLASSIFICATION_VERSION_SELECT: readonly string[] = [
  'Id',
  VERSION_OBJECT_ID_FIELD,
  ClassificationVersionFields.version,
  ClassificationVersionFields.snapshot,
  'Modified',
  'Editor/Title',
];

export const SHARED_INFO_TYPE_SELECT: readonly string[] = [
  'Id',
  SharedInfoTypeFields.name,
  SharedInfoTypeFields.content,
  SharedInfoTypeFields.active,
  'Modified',
  'Editor/Title',
];

export const ITEM_EXPAND: readonly string[] = IDENTITY_EXPAND;

export type ItemValues = Record<string, string | number | boolean | null>;

export type Mapped<T> = { ok: true; value: T } | { ok: false; id: string; reasons: string[] };

/** `2027-03-02` -> `2027-03-02T00:00:00Z` for a DateTime column. */
export function dateToItemValue(date: string | null): string | null {
  return date === null ? null : `${date}T00:00:00Z`;
}

/** A DateTime column's value -> the Stockholm calendar date; a reason for anything that is not a date. */
export function itemValueToDate(value: unknown, column: string, reasons: string[]): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value)) && !isImpossibleDay(value)) {
    if (isIsoDate(value)) return value;
    return stockholmDate(new Date(value));
  }
  reasons.push(`${column}: not a date (${describeItemValue(value)})`);
  return null;
}

/** Domain object -> field values. `ownerUnitId` must be an item id (the repository checks). */
export function toClassificationItemValues(object: ClassificationObject): ItemValues {
  const record = toClassificationRecord(object);
  return {
    [ClassificationFields.name]: record.name,
    [ClassificationFields.kind]: record.kind,
    [OWNER_UNIT_ID_FIELD]: toItemId(record.ownerUnitId) ?? null,
    [ClassificationFields.status]: record.status,
    [ClassificationFields.version]: record.version,
    [ClassificationFields.profile]: record.profile,
    [ClassificationFields.nextReviewDate]: dateToItemValue(record.nextReviewDate),
    [ClassificationFields.approvedByName]: record.approvedByName,
    [ClassificationFields.approvedByEmail]: record.approvedByEmail,
    [ClassificationFields.approvedAt]: record.approvedAt,
    [ClassificationFields.content]: record.contentJson,
  };
}

function unreadable<T>(id: string, reasons: string[], error: unknown): Mapped<T> {
  return { ok: false, id, reasons: [...reasons, `item: unreadable (${error instanceof Error ? error.message : 'unknown error'})`] };
}

/** SharePoint item (CLASSIFICATION_SELECT) -> stored classification, or the reasons it is not one. Never throws. */
export function classificationFromItem(item: unknown): Mapped<StoredClassification> {
  const read = readItemIdentity(item);
  if (!read) return { ok: false, id: '', reasons: [`item: expected an object, got ${describeItemValue(item)}`] };
  const { raw, identity } = read;
  const reasons = [...read.reasons];
  try {
    if (raw[ClassificationFields.name] === null || raw[ClassificationFields.name] === undefined) reasons.push(`${ClassificationFields.name}: missing`);
    const owner = readLookupId(raw, OWNER_UNIT_ID_FIELD, reasons);
    if (owner === null) reasons.push(`${OWNER_UNIT_ID_FIELD}: missing`);
    const record: RawClassificationRecord = {
      name: raw[ClassificationFields.name],
      kind: raw[ClassificationFields.kind],
      ownerUnitId: owner ?? '',
      status: raw[ClassificationFields.status],
      version: raw[ClassificationFields.version],
      nextReviewDate: itemValueToDate(raw[ClassificationFields.nextReviewDate], ClassificationFields.nextReviewDate, reasons),
      approvedByName: raw[ClassificationFields.approvedByName],
      approvedByEmail: raw[ClassificationFields.approvedByEmail],
      approvedAt: raw[ClassificationFields.approvedAt],
      contentJson: raw[ClassificationFields.content],
    };
    const parsed = parseClassificationRecord(record, identity);
    if (!isParsed(parsed)) reasons.push(...parsed.reasons);
    if (reasons.length > 0 || !isParsed(parsed)) return { ok: false, id: identity.id, reasons };
    return { ok: true, value: parsed.value };
  } catch (error) {
    return unreadable(identity.id, reasons, error);
  }
}

/** Title of a snapshot item, for SharePoint's own list views: `Elevregister v2` (at most 255 characters). */
export function versionTitle(version: ClassificationVersion): string {
  const suffix = ` v${version.version}`;
  return `${version.snapshot.name.trim().slice(0, 255 - suffix.length)}${suffix}`;
}

export function toVersionItemValues(version: ClassificationVersion): ItemValues {
  const record = toClassificationVersionRecord(version);
  return {
    [ClassificationVersionFields.title]: versionTitle(version),
    [VERSION_OBJECT_ID_FIELD]: toItemId(record.objectId) ?? null,
    [ClassificationVersionFields.version]: record.version,
    [ClassificationVersionFields.snapshot]: record.snapshotJson,
    [ClassificationVersionFields.approvedByEmail]: record.approvedByEmail,
    [ClassificationVersionFields.approvedAt]: record.approvedAt,
  };
}

/** SharePoint item (CLASSIFICATION_VERSION_SELECT) -> approved snapshot, or the reasons it is not one. */
export function versionFromItem(item: unknown): Mapped<ClassificationVersion> {
  const read = readItemIdentity(item);
  if (!read) return { ok: false, id: '', reasons: [`item: expected an object, got ${describeItemValue(item)}`] };
  const { raw, identity } = read;
  const reasons: string[] = [];
  try {
    const objectId = readLookupId(raw, VERSION_OBJECT_ID_FIELD, reasons);
    const parsed = parseClassificationVersionRecord({
      objectId: objectId ?? '',
      version: raw[ClassificationVersionFields.version],
      snapshotJson: raw[ClassificationVersionFields.snapshot],
    });
    if (!isParsed(parsed)) reasons.push(...parsed.reasons);
    if (reasons.length > 0 || !isParsed(parsed)) return { ok: false, id: identity.id, reasons };
    return { ok: true, value: parsed.value };
  } catch (error) {
    return unreadable(identity.id, reasons, error);
  }
}

export function toSharedTypeItemValues(draft: SharedInformationTypeDraft): ItemValues {
  const record = toSharedInformationTypeRecord(draft);
  return {
    [SharedInfoTypeFields.name]: record.name,
    [SharedInfoTypeFields.content]: record.contentJson,
    [SharedInfoTypeFields.active]: record.active,
  };
}

/** SharePoint item (SHARED_INFO_TYPE_SELECT) -> stored shared type, or the reasons it is not one. Never throws. */
export function sharedTypeFromItem(item: unknown): Mapped<StoredSharedInformationType> {
  const read = readItemIdentity(item);
  if (!read) return { ok: false, id: '', reasons: [`item: expected an object, got ${describeItemValue(item)}`] };
  const { raw, identity } = read;
  const reasons = [...read.reasons];
  try {
    const parsed = parseSharedInformationTypeRecord(
      { name: raw[SharedInfoTypeFields.name], contentJson: raw[SharedInfoTypeFields.content], active: raw[SharedInfoTypeFields.active] },
      identity,
    );
    if (!isParsed(parsed)) reasons.push(...parsed.reasons);
    if (reasons.length > 0 || !isParsed(parsed)) return { ok: false, id: identity.id, reasons };
    return { ok: true, value: parsed.value };
  } catch (error) {
    return unreadable(identity.id, reasons, error);
  }
}
