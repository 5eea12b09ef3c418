/**
 * Splits the REST values of a new item (what `items.add` would take: `Title`, `<Field>`, `<Lookup>Id`) into
 * - `formValues` for `AddValidateUpdateItemUsingPath` (SP.ListItemFormUpdateValue: FieldName + FieldValue STRING,
 *   parsed by SharePoint like its own new-item form), only where the string form cannot depend on the web's locale:
 *   Text, Note and Choice as is, non-negative integers (Number, Lookup id) as digits, Boolean as "1"/"0", and ""
 *   to clear a field that has a default value;
 * - `typed` values for one typed follow-up MERGE: DateTime (the form parses dates in the web's regional settings
 *   and time zone), non-integer or negative numbers (decimal separator and minus sign are locale-dependent), and
 *   anything else that is not one of the above.
 *
 * A typed value that is null is dropped when the field has no default: a new item has null there already.
 */
import type { FieldDefinition, ListDefinition } from '../schema/types';

export interface FormValue {
  FieldName: string;
  FieldValue: string;
}

export interface SplitValues {
  formValues: FormValue[];
  typed: Record<string, unknown>;
}

const TITLE: FieldDefinition = { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', internalName: 'Title', displayName: 'Title', type: 'Text' };

/** The field a REST key names (`LisOwnerUnitId` → the LisOwnerUnit lookup), and its form name. */
function fieldOf(list: ListDefinition, key: string): FieldDefinition | undefined {
  if (key === 'Title') return TITLE;
  return list.fields.find((f) => (f.type === 'Lookup' ? `${f.internalName}Id` === key : f.internalName === key));
}

function isPlainInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The locale-proof string form of `value` for `field`, or undefined when it needs the typed update. */
function formString(field: FieldDefinition, value: unknown): string | undefined {
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice':
      if (value === null || value === undefined) return '';
      return typeof value === 'string' ? value : undefined;
    case 'Number':
    case 'Lookup':
      if (value === null || value === undefined) return '';
      return isPlainInteger(value) ? String(value) : undefined;
    case 'Boolean':
      if (typeof value === 'boolean') return value ? '1' : '0';
      return value === null || value === undefined ? '' : undefined;
    default:
      return undefined;
  }
}

export function splitFormValues(list: ListDefinition, values: Readonly<Record<string, unknown>>): SplitValues {
  const formValues: FormValue[] = [];
  const typed: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    const value = values[key];
    const field = fieldOf(list, key);
    const text = field ? formString(field, value) : undefined;
    if (field && text !== undefined) {
      formValues.push({ FieldName: field.internalName, FieldValue: text });
    } else if (value !== null && value !== undefined) {
      typed[key] = value;
    } else if (!field || field.defaultValue !== undefined) {
      typed[key] = null;
    }
  }
  return { formValues, typed };
}

/** One field's outcome in the AddValidateUpdateItemUsingPath response. */
export interface FormUpdateResult {
  FieldName?: unknown;
  FieldValue?: unknown;
  HasException?: unknown;
  ErrorMessage?: unknown;
  ErrorCode?: unknown;
}

/** The per-field errors of the response ("LisKind: Value does not fall within the expected range."). */
export function formErrors(results: readonly FormUpdateResult[]): string[] {
  return results
    .filter((r) => r.HasException === true)
    .map((r) => `${typeof r.FieldName === 'string' ? r.FieldName : '?'}: ${typeof r.ErrorMessage === 'string' && r.ErrorMessage ? r.ErrorMessage : `error ${String(r.ErrorCode)}`}`);
}

/** The new item's id, which the response lists as the `Id` field. */
export function formResultId(results: readonly FormUpdateResult[]): number | undefined {
  const entry = results.find((r) => r.FieldName === 'Id' || r.FieldName === 'ID');
  const id = entry ? Number(entry.FieldValue) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}

/** The response as a list of field results (PnPjs gives the `value` array for JSON light, `results` for verbose). */
export function formResults(response: unknown): FormUpdateResult[] {
  if (Array.isArray(response)) return response as FormUpdateResult[];
  const wrapped = response as { value?: unknown; AddValidateUpdateItemUsingPath?: { results?: unknown } } | null;
  if (wrapped && Array.isArray(wrapped.value)) return wrapped.value as FormUpdateResult[];
  if (wrapped && wrapped.AddValidateUpdateItemUsingPath && Array.isArray(wrapped.AddValidateUpdateItemUsingPath.results)) {
    return wrapped.AddValidateUpdateItemUsingPath.results as FormUpdateResult[];
  }
  return [];
}
