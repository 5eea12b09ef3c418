/** @jest-environment node */
/**
 * Issue 6 item 5: OData and CAML values are escaped. Every `$filter` builder (src/data/sharepoint/odata.ts) quotes
 * string literals with single quotes doubled, whatever the value (`O'Brien & Söner`, `a'' or 1 eq 1`, `#`, `%`,
 * `?`, `/`, unicode, control characters); the query string PnPjs sends encodes them once; and the strict fake
 * SharePoint parses the filter back to the very same literal. The schema views' CAML `where` strings hold only
 * field names of their list and escaped values; the XML escaper is checked with `<>&"'`.
 */
import * as fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { ALL_LISTS, reminderLogList, requirementsList, ReminderLogFields, handoversList, HandoverFields, actionPlanEntriesList, ActionPlanEntryFields, classificationsList, ClassificationFields } from '../../../src/data/schema';
import { escapeXml, generateFeatureFiles } from '../../../src/data/schema/featureXml';
import { indexedAnyOf, indexedEq, odataLiteral, odataPathString, odataString } from '../../../src/data/sharepoint/odata';
import { parseFilter, type FilterNode } from '../../contract/fakeODataFilter';
import { HOSTILE_STRINGS } from './hostileValues';

export const NAMED_VALUES: readonly string[] = [
  "O'Brien & Söner",
  "a'' or 1 eq 1",
  "x' or Title ne 'y",
  "'",
  "''",
  '#', '%', '%27', '?', '/', '&', '+', '=', ';', ' ', '\\',
  'ÅÄÖ åäö ü ß Ω 中文 😀',
  '\u202Eevil\u200B',
  '\u0001\u0007\t\r\n',
  ...HOSTILE_STRINGS.filter((s) => s.length < 1000),
];

/** Strings from characters OData, URLs and HTML treat specially, plus any unicode. */
const valueArb = fc.oneof(
  fc.constantFrom(...NAMED_VALUES),
  fc.string({ unit: fc.constantFrom("'", '"', '&', '#', '%', '?', '/', '+', '=', ' ', '(', ')', 'e', 'q', 'o', 'r', 'Ö', '😀', '\u202E', '\u0000', '\n'), maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

function compareOf(node: FilterNode): { field: string; value: unknown } {
  expect(node.kind).toBe('compare');
  if (node.kind !== 'compare') throw new Error('not a comparison');
  return { field: node.field, value: node.value };
}

function orTerms(node: FilterNode): FilterNode[] {
  return node.kind === 'or' ? [...orTerms(node.left), ...orTerms(node.right)] : [node];
}

describe('OData literals and filter builders', () => {
  it('odataString: single quotes doubled, nothing else changed; the fake parser reads back exactly the value', () => {
    fc.assert(
      fc.property(valueArb, (value) => {
        const literal = odataString(value);
        expect(literal.startsWith("'") && literal.endsWith("'")).toBe(true);
        const inner = literal.slice(1, -1);
        // Only doubled quotes inside: the value cannot close the literal early.
        expect(inner.replace(/''/g, '')).not.toContain("'");
        expect(inner.replace(/''/g, "'")).toBe(value);
        expect(compareOf(parseFilter(`Title eq ${literal}`))).toEqual({ field: 'Title', value });
      }),
      { numRuns: 1000 },
    );
  });

  it('odataPathString: doubled and URI-encoded once (decodes to the doubled literal; no raw / ? # % & \' left)', () => {
    fc.assert(
      fc.property(valueArb.filter(encodeURIComponentSafe), (value) => {
        const literal = odataPathString(value);
        const inner = literal.slice(1, -1);
        // `'` is a legal URL character (RFC 3986 sub-delim) and stays, doubled; everything else special is encoded.
        expect(inner).not.toMatch(/[/?#& ]/);
        expect(inner.replace(/%(?![0-9A-F]{2})/g, '')).toBe(inner);
        expect(decodeURIComponent(inner)).toBe(value.replace(/'/g, "''"));
      }),
      { numRuns: 500 },
    );
  });

  it('odataLiteral refuses NaN and Infinity, and never writes a number that is not a plain number token', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double()), (value) => {
        if (!Number.isFinite(value)) expect(() => odataLiteral(value)).toThrow();
        else expect(odataLiteral(value)).toBe(String(value));
      }),
    );
  });

  it('indexedEq on every indexed text column of every list: the fake server parses the same field and literal back', () => {
    const columns = ALL_LISTS.flatMap((list) => list.fields.filter((f) => f.indexed === true && (f.type === 'Text' || f.type === 'Choice' || f.type === 'Note')).map((f) => ({ list, column: f.internalName })));
    expect(columns.length).toBeGreaterThan(3);
    fc.assert(
      fc.property(fc.constantFrom(...columns), valueArb, ({ list, column }, value) => {
        const filter = indexedEq(list, column, value);
        expect(compareOf(parseFilter(filter))).toEqual({ field: column, value });
        // A lone surrogate is not text a url can carry (URLSearchParams sends U+FFFD); no input field produces one.
        if (!encodeURIComponentSafe(value)) return;
        // As PnPjs sends it: the query string encodes the filter once and decodes back to it.
        const query = new URLSearchParams({ $filter: filter }).toString();
        expect(query.slice('%24filter='.length)).not.toMatch(/[&#?/' ]/);
        expect(new URLSearchParams(query).get('$filter')).toBe(filter);
      }),
      { numRuns: 500 },
    );
  });

  it('indexedEq refuses a column that is not indexed (a value can never choose the column)', () => {
    expect(() => indexedEq(requirementsList, "Title eq 'x' or LisCode", 'x')).toThrow(/not indexed/);
  });

  it('indexedAnyOf: every value appears once, parsed back exactly, every part within the encoded length', () => {
    fc.assert(
      fc.property(fc.array(valueArb, { minLength: 1, maxLength: 30 }), (values) => {
        const measure = (text: string): number => new URLSearchParams({ x: text }).toString().length - 2;
        const longest = Math.max(...values.map((v) => measure(indexedEq(reminderLogList, 'Title', v))));
        const budget = Math.max(longest, 300);
        const parts = indexedAnyOf(reminderLogList, ReminderLogFields.title, values, budget, measure);
        const parsed = parts.flatMap((part) => {
          expect(measure(part)).toBeLessThanOrEqual(budget);
          return orTerms(parseFilter(part)).map((term) => compareOf(term).value);
        });
        expect(parsed).toEqual(Array.from(new Set(values)));
      }),
      { numRuns: 300 },
    );
  });
});

/** encodeURIComponent throws on lone surrogates: such values are excluded from the path property above. */
function encodeURIComponentSafe(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

describe('CAML: the schema views and the XML escaper', () => {
  const domParser = new new JSDOM().window.DOMParser();

  it('escapeXml: no markup character survives for any string, and an XML parser reads back the original', () => {
    expect(escapeXml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&apos;');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom('<', '>', '&', '"', "'", 'a', ';', '#', 'å', ' ') }), fc.constantFrom(...NAMED_VALUES)), (value) => {
        const escaped = escapeXml(value);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&');
        const xmlSafe = !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(value) && !/[\uD800-\uDFFF]/.test(value);
        if (xmlSafe) {
          const doc = domParser.parseFromString(`<Value a="${escaped}">${escaped}</Value>`, 'application/xml');
          expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
          expect(doc.documentElement.getAttribute('a')).toBe(value.replace(/\r\n?|\n|\t/g, (m) => (m === '\t' ? ' ' : ' ')));
          expect(doc.documentElement.textContent).toBe(value.replace(/\r\n?/g, '\n'));
        }
      }),
      { numRuns: 500 },
    );
  });

  it.each(ALL_LISTS.flatMap((list) => list.views.filter((v) => v.where).map((view) => ({ list, view, name: `${list.url} ${view.displayName}` }))))(
    '$name: the where clause is well-formed CAML naming only fields of the list, with values that are escaped and valid for the field',
    ({ list, view }) => {
      const doc = domParser.parseFromString(`<Where>${view.where as string}</Where>`, 'application/xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      const fieldNames = new Set(list.fields.map((f) => f.internalName));
      const refs = Array.from(doc.getElementsByTagName('FieldRef'));
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) expect(fieldNames.has(ref.getAttribute('Name') as string)).toBe(true);
      for (const valueElement of Array.from(doc.getElementsByTagName('Value'))) {
        const text = valueElement.textContent ?? '';
        // The raw markup holds the escaped form of the value: nothing but the value's own escaped text.
        expect(view.where).toContain(`>${escapeXml(text)}</Value>`);
        const ref = valueElement.parentElement?.getElementsByTagName('FieldRef')[0];
        const field = list.fields.find((f) => f.internalName === ref?.getAttribute('Name'));
        if (valueElement.getAttribute('Type') === 'Choice') expect(field?.choices).toContain(text);
        if (valueElement.getAttribute('Type') === 'Boolean') expect(['0', '1']).toContain(text);
      }
    },
  );

  it('the generated schema XML of every list (views included) is well-formed', () => {
    for (const file of generateFeatureFiles(ALL_LISTS)) {
      const doc = domParser.parseFromString(file.content, 'application/xml');
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    }
  });

  it('the filters the adapters build from schema constants parse (handover status, retired flag, owner unit)', () => {
    expect(compareOf(parseFilter(indexedEq(handoversList, HandoverFields.status, 'overlamnad')))).toEqual({ field: HandoverFields.status, value: 'overlamnad' });
    expect(compareOf(parseFilter(indexedEq(actionPlanEntriesList, ActionPlanEntryFields.retired, false)))).toEqual({ field: ActionPlanEntryFields.retired, value: 0 });
    expect(compareOf(parseFilter(indexedEq(classificationsList, ClassificationFields.ownerUnit, 12)))).toEqual({ field: `${ClassificationFields.ownerUnit}Id`, value: 12 });
  });
});
