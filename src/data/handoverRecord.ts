/**
 * The IT handover queue as every store keeps it: flat fields shaped like the SharePoint list
 * (src/data/schema/handoversList.ts), the history as JSON text, shared by the SharePoint and the local adapter.
 * `parseHandoverRecord` checks what a store gave back (known status and code, a reason for avvisad, a readable
 * history) and never throws.
 */
import { isHandoverStatus, isValidRequirementCode, normaliseCode, type HandoverEvent, type HandoverItem, type HandoverStatus } from '../domain/requirements';
import type { Versioned } from '../domain/shared/Versioned';
import type { StoredHandover } from './ports/HandoverRepository';
import { InvalidStoredItemError } from './ports/errors';
import { describeStored, identityReasons, readStoredText } from './recordValues';

export interface HandoverRecord {
  /** The classification object's id (SharePoint: the LisClassification lookup id as a string). */
  objectId: string;
  requirementCode: string;
  status: string;
  reason: string;
  /** JSON: `[{"status":"…","by":{"displayName":"…","email":"…"},"at":"…","reason":"…"}]`. */
  historyJson: string;
}

export type RawHandoverRecord = { [K in keyof HandoverRecord]?: unknown };

export type ParsedHandover = { item: StoredHandover } | { reasons: string[] };

export function isParsedHandover(parsed: ParsedHandover): parsed is { item: StoredHandover } {
  return 'item' in parsed;
}

export function toHandoverRecord(item: HandoverItem): HandoverRecord {
  return {
    objectId: item.objectId,
    requirementCode: normaliseCode(item.requirementCode),
    status: item.status,
    reason: item.reason,
    historyJson: JSON.stringify(
      item.history.map((e) => ({ status: e.status, by: { displayName: e.by.displayName, email: e.by.email }, at: e.at, reason: e.reason })),
    ),
  };
}

function parseHistory(value: unknown, reasons: string[]): HandoverEvent[] {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return [];
  if (typeof value !== 'string') {
    reasons.push(`history: expected JSON text, got ${describeStored(value)}`);
    return [];
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    reasons.push('history: not valid JSON');
    return [];
  }
  if (!Array.isArray(parsed)) {
    reasons.push('history: expected a JSON array');
    return [];
  }
  const events: HandoverEvent[] = [];
  parsed.forEach((raw: unknown, index: number) => {
    const field = `history.${index}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      reasons.push(`${field}: expected an object`);
      return;
    }
    const e = raw as { status?: unknown; by?: unknown; at?: unknown; reason?: unknown };
    const before = reasons.length;
    if (!isHandoverStatus(e.status)) reasons.push(`${field}.status: invalidChoice (${describeStored(e.status)})`);
    const by = e.by as { displayName?: unknown; email?: unknown } | null | undefined;
    if (typeof by !== 'object' || by === null || typeof by.displayName !== 'string' || typeof by.email !== 'string') {
      reasons.push(`${field}.by: expected {displayName, email}`);
    }
    if (typeof e.at !== 'string' || Number.isNaN(Date.parse(e.at))) reasons.push(`${field}.at: expected an ISO date-time, got ${describeStored(e.at)}`);
    const reason = e.reason === undefined || e.reason === null ? '' : e.reason;
    if (typeof reason !== 'string') reasons.push(`${field}.reason: expected text, got ${describeStored(reason)}`);
    if (reasons.length > before) return;
    const person = by as { displayName: string; email: string };
    events.push({ status: e.status as HandoverStatus, by: { displayName: person.displayName, email: person.email }, at: e.at as string, reason: reason as string });
  });
  return events;
}

export function parseHandoverRecord(raw: unknown, identity: Versioned): ParsedHandover {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { reasons: [`record: expected an object, got ${describeStored(raw)}`] };
  }
  const record = raw as RawHandoverRecord;
  const reasons: string[] = identityReasons(identity);
  const objectValue = record.objectId;
  let objectId = '';
  if (typeof objectValue === 'string' && objectValue.trim() !== '') objectId = objectValue;
  else if (typeof objectValue === 'number' && Number.isInteger(objectValue) && objectValue > 0) objectId = String(objectValue);
  else reasons.push(`objectId: expected an id, got ${describeStored(objectValue)}`);

  const code = normaliseCode(readStoredText(record.requirementCode, 'requirementCode', reasons));
  if (!code) reasons.push('requirementCode: required');
  else if (!isValidRequirementCode(code)) reasons.push(`requirementCode: invalidRequirementCode (${describeStored(code)})`);
  const status = record.status;
  if (!isHandoverStatus(status)) reasons.push(`status: invalidChoice (${describeStored(status)})`);
  const reason = readStoredText(record.reason, 'reason', reasons);
  if (status === 'avvisad' && reason.trim() === '') reasons.push('reason: required (avvisad)');
  const history = parseHistory(record.historyJson, reasons);
  if (reasons.length > 0) return { reasons };
  return {
    item: {
      objectId,
      requirementCode: code,
      status: status as HandoverStatus,
      reason,
      history,
      id: identity.id,
      etag: identity.etag,
      modified: identity.modified,
      modifiedBy: identity.modifiedBy,
    },
  };
}

/** The item without the store's identity. */
export function handoverOf(item: HandoverItem): HandoverItem {
  return {
    objectId: item.objectId,
    requirementCode: item.requirementCode,
    status: item.status,
    reason: item.reason,
    history: item.history.map((e) => ({ status: e.status, by: { ...e.by }, at: e.at, reason: e.reason })),
  };
}

/** Refuses to write what could not be read back. */
export function checkHandoverRecord(record: HandoverRecord, id: string): void {
  const parsed = parseHandoverRecord(record, { id, etag: '"1"', modified: '', modifiedBy: '' });
  if (!isParsedHandover(parsed)) throw new InvalidStoredItemError('Handover', id, parsed.reasons);
}
