import type { ClassificationObject } from './ClassificationObject';

export type HistoryValue = string | number | boolean | null;

/** One change between two versions (or two saves) of a classification; who and when come from the store. */
export interface HistoryEntry {
  /**
   * Path of the changed value: `name`, `criticality.samhallsviktig`, `manualRaises.K.level`, `approvedBy`,
   * `sets.<setId>` (a set added or removed: the value is its name), `sets.<setId>.K.level`,
   * `sets.<setId>.K.consequences.ekonomi`, `sets.<setId>.personalData.kind`, `sets.<setId>.loweringRequests.lr-1.status` …
   */
  field: string;
  from: HistoryValue;
  to: HistoryValue;
}

/** Store identity and concurrency fields: not part of what a user changed. */
const IGNORED_KEYS = ['id', 'etag', 'modified', 'modifiedBy'];

function isPerson(value: object): value is { displayName: string; email: string } {
  const keys = Object.keys(value).sort();
  return keys.length === 2 && keys[0] === 'displayName' && keys[1] === 'email';
}

function hasId(value: unknown): value is { id: string } {
  return value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string';
}

/** Flattens plain data into path → value. Arrays of items with ids are keyed by id; a person is one value. */
function flatten(value: unknown, path: string, out: Map<string, HistoryValue>): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object') {
    out.set(path, value as HistoryValue);
    return;
  }
  if (isPerson(value)) {
    out.set(path, value.email ? `${value.displayName} <${value.email}>` : value.displayName);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => flatten(item, `${path}.${hasId(item) ? item.id : index}`, out));
    return;
  }
  for (const key of Object.keys(value)) flatten((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
}

function setsById(object: ClassificationObject): Map<string, ClassificationObject['sets'][number]> {
  return new Map(object.sets.map((s) => [s.id, s] as const));
}

function flattenObject(object: ClassificationObject): Map<string, HistoryValue> {
  const out = new Map<string, HistoryValue>();
  for (const key of Object.keys(object)) {
    if (IGNORED_KEYS.indexOf(key) >= 0 || key === 'sets') continue;
    flatten((object as unknown as Record<string, unknown>)[key], key, out);
  }
  return out;
}

function compare(before: Map<string, HistoryValue>, after: Map<string, HistoryValue>, entries: HistoryEntry[]): void {
  after.forEach((to, field) => {
    const from = before.has(field) ? (before.get(field) as HistoryValue) : null;
    if (from !== to) entries.push({ field, from, to });
  });
  before.forEach((from, field) => {
    if (!after.has(field) && from !== null) entries.push({ field, from, to: null });
  });
}

/**
 * What changed from `before` to `after`, value by value, for the history view. A set is matched by id: a new set is
 * one entry (`sets.<id>`, from null to its name), a removed set likewise (from its name to null); a changed set lists
 * each changed value. Per-aspect paths drop the word `assessments` (`sets.<id>.K.level`). Store fields (id, etag,
 * modified, modifiedBy) are left out.
 */
export function diffClassification(before: ClassificationObject, after: ClassificationObject): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  compare(flattenObject(before), flattenObject(after), entries);

  const beforeSets = setsById(before);
  const afterSets = setsById(after);
  afterSets.forEach((set, id) => {
    const previous = beforeSets.get(id);
    if (!previous) {
      entries.push({ field: `sets.${id}`, from: null, to: set.name });
      return;
    }
    const from = new Map<string, HistoryValue>();
    const to = new Map<string, HistoryValue>();
    const prefix = `sets.${id}`;
    const flattenSet = (s: typeof set, out: Map<string, HistoryValue>): void => {
      for (const key of Object.keys(s)) {
        if (key !== 'id' && key !== 'assessments') flatten((s as unknown as Record<string, unknown>)[key], `${prefix}.${key}`, out);
      }
      flatten(s.assessments, prefix, out);
    };
    flattenSet(previous, from);
    flattenSet(set, to);
    compare(from, to, entries);
  });
  beforeSets.forEach((set, id) => {
    if (!afterSets.has(id)) entries.push({ field: `sets.${id}`, from: set.name, to: null });
  });
  return entries;
}
