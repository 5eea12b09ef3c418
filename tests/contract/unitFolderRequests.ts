/**
 * Helpers for the exact-request tests of creates in unit folders (src/data/sharepoint/unitFolders.ts): the
 * `AddValidateUpdateItemUsingPath` requests a site received, their form values, and the values the item was
 * created with, decoded from the form strings as SharePoint's form parses them and merged with the typed
 * follow-up MERGE (so a test can still state "the item gets LisOwnerUnitId 12 and LisAnalysisDate …").
 */
import type { ListDefinition } from '../../src/data/schema/types';
import type { RecordedSiteRequest } from './fakeSharePointSite';

export interface AddValidateBody {
  listItemCreateInfo: { FolderPath: { DecodedUrl: string } };
  formValues: Array<{ FieldName: string; FieldValue: string }>;
  bNewDocumentUpdate: boolean;
  checkInComment?: string;
}

export function isCreateInFolder(request: { method: string; url: string }): boolean {
  return request.method === 'POST' && /\/AddValidateUpdateItemUsingPath\(\)$/.test(decodeURIComponent(new URL(request.url).pathname));
}

/** The AddValidateUpdateItemUsingPath requests (not in a `$batch`), in order. */
export function createsInFolder(requests: readonly RecordedSiteRequest[]): RecordedSiteRequest[] {
  return requests.filter(isCreateInFolder);
}

export function addValidateBody(request: { rawBody?: string; body?: unknown }): AddValidateBody {
  return (request.rawBody !== undefined ? JSON.parse(request.rawBody) : request.body) as AddValidateBody;
}

/** FieldName → FieldValue of one create. */
export function formValuesOf(request: { rawBody?: string; body?: unknown }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of addValidateBody(request).formValues) out[v.FieldName] = v.FieldValue;
  return out;
}

/** A form value decoded as the list stores it (REST names: `<Lookup>Id`). */
export function decodeFormValues(list: ListDefinition, form: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(form)) {
    const text = form[name];
    const field = list.fields.find((f) => f.internalName === name);
    if (name === 'Title' || !field) {
      out[name] = text;
    } else if (field.type === 'Lookup') {
      out[`${name}Id`] = text === '' ? null : Number(text);
    } else if (field.type === 'Number') {
      out[name] = text === '' ? null : Number(text);
    } else if (field.type === 'Boolean') {
      out[name] = text === '' ? null : text === '1';
    } else if (field.type === 'Choice') {
      out[name] = text === '' ? null : text;
    } else {
      out[name] = text;
    }
  }
  return out;
}

/**
 * The values the `index`-th create in `requests` gave the item: its decoded form values plus the body of the typed
 * MERGE that followed it (before the next create), if any.
 */
export function createdValues(list: ListDefinition, requests: readonly RecordedSiteRequest[], index = 0): Record<string, unknown> {
  const positions = requests.map((r, i) => (isCreateInFolder(r) ? i : -1)).filter((i) => i >= 0);
  const at = positions[index];
  if (at === undefined) throw new Error(`no create #${index}`);
  const end = positions[index + 1] ?? requests.length;
  const values = decodeFormValues(list, formValuesOf(requests[at]));
  const merge = requests.slice(at + 1, end).find((r) => r.headers['x-http-method'] === 'MERGE');
  return merge ? { ...values, ...(JSON.parse(merge.rawBody as string) as Record<string, unknown>) } : values;
}
