/**
 * Random and malicious values for the hostile-data tests (issue 6, item 5): what a hand-edited SharePoint item, a
 * tampered IndexedDB row or an imported file can hold.
 */
import * as fc from 'fast-check';

export const HUGE = 'x'.repeat(100_000);

/** Strings that break naive code: markup, quotes, OData/CSV syntax, bidi/zero-width/control characters, huge text. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  "O'Brien & Söner",
  "a'' or 1 eq 1",
  "' or ''='",
  '#', '%', '?', '/', '%27', '%00',
  '\u202Eevil\u202C', // right-to-left override
  'a\u200Bb\u200Dc\uFEFF', // zero-width characters
  '\u0000\u0001\u0007\b\u001B[31m', // control characters
  '\r\n\t',
  '\uD800', // lone surrogate
  '😀👩‍👩‍👧',
  '=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)',
  '2026-02-30', '2026-13-01', '0000-00-00', 'igår',
  '{"__proto__":{"x":1}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '[{"__proto__":{"polluted":true}}]',
  '{', '[', 'null', '[]', '{}', '"text"', '1e309',
  '   ',
  '',
  HUGE,
  `[${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}]`, // deeply nested JSON
];

/** Numbers a level, version or id column can hold after hand-editing. */
export const HOSTILE_NUMBERS: readonly unknown[] = [7, -1, 0, 5, 3.5, NaN, Infinity, -Infinity, -0, 1e21, Number.MAX_SAFE_INTEGER + 2, '3', '7', ' 2 ', '0x10'];

function nullProtoObject(): Record<string, unknown> {
  const value = Object.create(null) as Record<string, unknown>;
  value.Title = 'no prototype';
  return value;
}

/** Values with no usable string conversion: `String(x)` or template literals throw on them. */
export function unprintableValues(): unknown[] {
  return [Object.create(null), { toString: 1, valueOf: 1 }, { toString: () => { throw new Error('toString'); } }, Symbol('s')];
}

export function specialValues(): unknown[] {
  return [
    ...HOSTILE_STRINGS,
    ...HOSTILE_NUMBERS,
    null,
    undefined,
    true,
    false,
    [],
    [null],
    {},
    { Id: null },
    { Title: '<script>' },
    nullProtoObject(),
    new Date('invalid'),
    new Date('2026-02-03T10:00:00Z'),
    10n,
    ...unprintableValues(),
    JSON.parse('{"__proto__":{"x":1}}') as unknown,
  ];
}

/** Any value: fast-check's anything (null prototypes, boxed values, sparse arrays…) or a hand-picked hostile one. */
export const hostileValueArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    maxDepth: 3,
  }),
  fc.constantFrom(...specialValues()),
  fc.string({ unit: fc.constantFrom('<', '>', '&', "'", '"', '\u202E', '\u200B', '\u0000', '\r', '\n', '=', 'å', 'a', '{', '}', '_') }),
);

/** `base` with some of its keys replaced by (or added as) hostile values. */
export function hostileVariantArb(base: Record<string, unknown>, extraKeys: readonly string[] = []): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...Object.keys(base), ...extraKeys, '__proto__', 'constructor', 'toString', 'Id', 'Modified', 'Editor', 'odata.etag'];
  return fc.array(fc.tuple(fc.constantFrom(...keys), hostileValueArb, fc.boolean()), { minLength: 1, maxLength: 6 }).map((changes) => {
    const item: Record<string, unknown> = { ...base };
    for (const [key, value, remove] of changes) {
      if (remove) delete item[key];
      else Object.defineProperty(item, key, { value, enumerable: true, configurable: true, writable: true });
    }
    return item;
  });
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Fails when anything was added to Object.prototype (prototype pollution). */
export function expectNoPrototypePollution(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  const probe = {} as Record<string, unknown>;
  expect(probe.x).toBeUndefined();
  expect(probe.polluted).toBeUndefined();
}

/** A mapping result in any of the mappers' shapes: when it is not ok, it says why in non-empty text. */
export function expectReasonsWhenBroken(result: { ok: boolean; reasons?: unknown }): void {
  if (result.ok) return;
  expect(Array.isArray(result.reasons)).toBe(true);
  const reasons = result.reasons as unknown[];
  expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) {
    expect(typeof reason).toBe('string');
    expect((reason as string).length).toBeGreaterThan(0);
  }
}
