/**
 * The audited fields of one version of an item, as display text: `key` is stable across versions (e.g. a set's id),
 * `field` is what the user sees labelled (`level:Elevregister K`: the UI labels the part before the first `:` and
 * shows the rest as is). Values are plain text, never HTML.
 */
import { ASPECTS, LEVEL_LABELS_SV, isLevel } from '../classification/levels';
import type { Person } from '../shared/Person';

export interface AuditValue {
  field: string;
  value: string;
}

/** Audited values of one version by stable key, in display order. */
export type AuditValues = Readonly<Record<string, AuditValue>>;

/** Builds AuditValues in insertion order; `put` with the field as key for simple fields. */
export class AuditValuesBuilder {
  private readonly _values: Record<string, AuditValue> = {};

  public put(field: string, value: string, key: string = field): this {
    this._values[key] = { field, value };
    return this;
  }

  public build(): AuditValues {
    return this._values;
  }
}

const STOCKHOLM_DATE_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** `2027-03-02T13:05:00Z` -> `2027-03-02 14:05` (Stockholm time); anything else as given, null as ''. */
export function formatDateTime(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? String(value) : STOCKHOLM_DATE_TIME.format(new Date(time));
}

/** A calendar date `YYYY-MM-DD` as is; null as ''. */
export function formatDate(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A person as their name (e-mail when the name is empty); null as ''. */
export function formatPerson(person: Person | null | undefined): string {
  if (!person) return '';
  const name = typeof person.displayName === 'string' ? person.displayName.trim() : '';
  return name || (typeof person.email === 'string' ? person.email : '');
}

export function formatPeople(people: readonly Person[] | null | undefined): string {
  return (people ?? []).map(formatPerson).filter((name) => name !== '').join(', ');
}

/** A classification level with its SKR name: `3 (Allvarlig skada)`. */
export function formatLevel(level: unknown): string {
  return isLevel(level) ? `${level} (${LEVEL_LABELS_SV[level]})` : String(level);
}

export function formatBoolean(value: boolean | null | undefined, yes: string = 'Ja', no: string = 'Nej'): string {
  return value === true ? yes : value === false ? no : '';
}

/** A value from a label table, or the raw key when unknown (hand-edited data). */
export function labelOf(labels: Readonly<Record<string, string>>, key: string | null | undefined): string {
  if (key === null || key === undefined) return '';
  return Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : String(key);
}

/** Aspects in K, R, T, S order: `K, T`. */
export function formatAspects(aspects: readonly string[] | null | undefined): string {
  const list = aspects ?? [];
  return [...ASPECTS.filter((a) => list.indexOf(a) >= 0), ...list.filter((a) => (ASPECTS as readonly string[]).indexOf(a) < 0)].join(', ');
}

export function formatList(values: readonly string[] | null | undefined): string {
  return (values ?? []).join(', ');
}
