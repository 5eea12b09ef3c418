/**
 * Mapping between items of the risk lists (src/data/schema/risk*List.ts) and stored risk matrices, analyses, risks and
 * actions. Lookups are written and read as their id columns (`LisOwnerUnitId`), dates as midnight UTC, the rest as
 * the JSON text in LisContent. The store-neutral part (and every check) is src/data/riskRecord.ts. Never throws.
 */
import type { StoredRiskAction } from '../ports/RiskActionRepository';
import type { StoredRiskAnalysis } from '../ports/RiskAnalysisRepository';
import type { StoredRiskMatrix } from '../ports/RiskMatrixRepository';
import type { StoredRisk } from '../ports/RiskRepository';
import {
  isParsed,
  parseRiskActionRecord,
  parseRiskAnalysisRecord,
  parseRiskMatrixRecord,
  parseRiskRecord,
  type Parsed,
  type RiskActionRecord,
  type RiskAnalysisRecord,
  type RiskMatrixRecord,
  type RiskRecord,
} from '../riskRecord';
import { RiskActionFields } from '../schema/riskActionsList';
import { RiskAnalysisFields } from '../schema/riskAnalysesList';
import { RiskMatrixFields } from '../schema/riskMatricesList';
import { RiskFields } from '../schema/risksList';
import type { ItemMapping } from './listAccess';
import { toItemId } from './orgUnitItem';
import { dateFromItemValue, dateToItemValue, ITEM_IDENTITY_EXPAND, ITEM_IDENTITY_SELECT, isItemObject, readItemVersioned, readLookupId } from './requirementItemValues';

export type RiskItemValues = Record<string, string | number | boolean | null>;

const idColumn = (lookup: string): string => `${lookup}Id`;

export const RISK_ITEM_EXPAND: readonly string[] = ITEM_IDENTITY_EXPAND;

export const RISK_MATRIX_SELECT: readonly string[] = [...ITEM_IDENTITY_SELECT, RiskMatrixFields.title, RiskMatrixFields.version, RiskMatrixFields.content];

export const RISK_ANALYSIS_SELECT: readonly string[] = [
  ...ITEM_IDENTITY_SELECT,
  RiskAnalysisFields.title,
  RiskAnalysisFields.subjectKind,
  idColumn(RiskAnalysisFields.classification),
  idColumn(RiskAnalysisFields.ownerUnit),
  RiskAnalysisFields.status,
  RiskAnalysisFields.date,
  RiskAnalysisFields.nextFollowUp,
  RiskAnalysisFields.matrixVersion,
  RiskAnalysisFields.content,
];

export const RISK_SELECT: readonly string[] = [
  ...ITEM_IDENTITY_SELECT,
  idColumn(RiskFields.analysis),
  idColumn(RiskFields.ownerUnit),
  RiskFields.treatment,
  RiskFields.content,
];

export const RISK_ACTION_SELECT: readonly string[] = [
  ...ITEM_IDENTITY_SELECT,
  idColumn(RiskActionFields.risk),
  idColumn(RiskActionFields.analysis),
  RiskActionFields.status,
  RiskActionFields.targetDate,
  RiskActionFields.content,
];

const lookupValue = (id: string | null): number | null => (id === null ? null : (toItemId(id) ?? null));

export function riskMatrixItemValues(record: RiskMatrixRecord): RiskItemValues {
  return { [RiskMatrixFields.title]: record.name, [RiskMatrixFields.version]: record.version, [RiskMatrixFields.content]: record.contentJson };
}

export function riskAnalysisItemValues(record: RiskAnalysisRecord): RiskItemValues {
  return {
    [RiskAnalysisFields.title]: record.name,
    [RiskAnalysisFields.subjectKind]: record.subjectKind,
    [idColumn(RiskAnalysisFields.classification)]: lookupValue(record.classificationObjectId),
    [idColumn(RiskAnalysisFields.ownerUnit)]: lookupValue(record.ownerUnitId),
    [RiskAnalysisFields.status]: record.status,
    [RiskAnalysisFields.date]: dateToItemValue(record.date),
    [RiskAnalysisFields.nextFollowUp]: dateToItemValue(record.nextFollowUpDate),
    [RiskAnalysisFields.matrixVersion]: record.matrixVersion,
    [RiskAnalysisFields.content]: record.contentJson,
  };
}

export function riskItemValues(record: RiskRecord): RiskItemValues {
  return {
    [RiskFields.title]: record.title,
    [idColumn(RiskFields.analysis)]: lookupValue(record.analysisId),
    [idColumn(RiskFields.ownerUnit)]: lookupValue(record.ownerUnitId),
    [RiskFields.riskOwnerEmail]: record.riskOwnerEmail,
    [RiskFields.inherentValue]: record.inherentValue,
    [RiskFields.residualValue]: record.residualValue,
    [RiskFields.treatment]: record.treatment,
    [RiskFields.content]: record.contentJson,
  };
}

export function riskActionItemValues(record: RiskActionRecord): RiskItemValues {
  return {
    [RiskActionFields.title]: record.title,
    [idColumn(RiskActionFields.risk)]: lookupValue(record.riskId),
    [idColumn(RiskActionFields.analysis)]: lookupValue(record.analysisId),
    [RiskActionFields.status]: record.status,
    [RiskActionFields.responsibleEmail]: record.responsibleEmail,
    [RiskActionFields.targetDate]: dateToItemValue(record.targetDate),
    [RiskActionFields.content]: record.contentJson,
  };
}

/** Reads the item's identity, builds the record with `read` and parses it; every reason is kept. */
function fromItem<T>(item: unknown, read: (raw: Record<string, unknown>, reasons: string[]) => unknown, parse: (record: unknown, identity: ReturnType<typeof readItemVersioned>) => Parsed<T>): ItemMapping<T> {
  if (!isItemObject(item)) return { ok: false, id: '', reasons: ['item: expected an object'] };
  const identity = readItemVersioned(item);
  const reasons = [...identity.reasons];
  const parsed = parse(read(item, reasons), identity);
  if (isParsed(parsed) && reasons.length === 0) return { ok: true, value: parsed.value };
  return { ok: false, id: identity.id, reasons: [...reasons, ...(isParsed(parsed) ? [] : parsed.reasons)] };
}

const nullable = (value: unknown): unknown => (value === undefined ? null : value);

function optionalLookup(value: unknown, column: string, reasons: string[]): string | null {
  return value === null || value === undefined ? null : (readLookupId(value, column, reasons) ?? null);
}

export function riskMatrixFromItem(item: unknown): ItemMapping<StoredRiskMatrix> {
  return fromItem(
    item,
    (raw) => ({ name: raw[RiskMatrixFields.title], version: raw[RiskMatrixFields.version], contentJson: raw[RiskMatrixFields.content] }),
    parseRiskMatrixRecord,
  );
}

export function riskAnalysisFromItem(item: unknown): ItemMapping<StoredRiskAnalysis> {
  return fromItem(
    item,
    (raw, reasons) => ({
      name: raw[RiskAnalysisFields.title],
      subjectKind: raw[RiskAnalysisFields.subjectKind],
      classificationObjectId: optionalLookup(raw[idColumn(RiskAnalysisFields.classification)], idColumn(RiskAnalysisFields.classification), reasons),
      ownerUnitId: readLookupId(raw[idColumn(RiskAnalysisFields.ownerUnit)], idColumn(RiskAnalysisFields.ownerUnit), reasons) ?? '',
      status: raw[RiskAnalysisFields.status],
      date: dateFromItemValue(raw[RiskAnalysisFields.date]),
      nextFollowUpDate: nullable(dateFromItemValue(raw[RiskAnalysisFields.nextFollowUp])),
      matrixVersion: raw[RiskAnalysisFields.matrixVersion],
      contentJson: raw[RiskAnalysisFields.content],
    }),
    parseRiskAnalysisRecord,
  );
}

export function riskFromItem(item: unknown): ItemMapping<StoredRisk> {
  return fromItem(
    item,
    (raw, reasons) => ({
      analysisId: readLookupId(raw[idColumn(RiskFields.analysis)], idColumn(RiskFields.analysis), reasons) ?? '',
      ownerUnitId: readLookupId(raw[idColumn(RiskFields.ownerUnit)], idColumn(RiskFields.ownerUnit), reasons) ?? '',
      treatment: raw[RiskFields.treatment],
      contentJson: raw[RiskFields.content],
    }),
    parseRiskRecord,
  );
}

export function riskActionFromItem(item: unknown): ItemMapping<StoredRiskAction> {
  return fromItem(
    item,
    (raw, reasons) => ({
      riskId: readLookupId(raw[idColumn(RiskActionFields.risk)], idColumn(RiskActionFields.risk), reasons) ?? '',
      analysisId: readLookupId(raw[idColumn(RiskActionFields.analysis)], idColumn(RiskActionFields.analysis), reasons) ?? '',
      status: raw[RiskActionFields.status],
      targetDate: nullable(dateFromItemValue(raw[RiskActionFields.targetDate])),
      contentJson: raw[RiskActionFields.content],
    }),
    parseRiskActionRecord,
  );
}
