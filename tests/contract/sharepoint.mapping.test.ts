/** @jest-environment node */
import * as fc from 'fast-check';
import { fromItem, toItemId, toItemValues } from '../../src/data/sharepoint/orgUnitItem';
import type { OrgUnitDraft } from '../../src/domain/organisation';
import * as ports from '../../src/data/ports';
import { toStoreError } from '../../src/data/sharepoint/storeErrors';

const base = {
  Id: 3,
  Title: 'Kommunstyrelsen',
  LisKind: 'styrelse',
  LisParentUnitId: null,
  LisRepresentatives: '[{"displayName":"Anna Berg","email":"anna.berg@norrkoping.se"}]',
  LisSecurityContactName: '',
  LisSecurityContactEmail: '',
  LisActive: true,
  Modified: '2026-02-03T10:00:00Z',
  Editor: { Title: 'Per Holm' },
};

describe('fromItem', () => {
  it('reads minimal metadata (odata.etag)', () => {
    const mapped = fromItem({ ...base, 'odata.etag': '"7"' });
    expect(mapped).toEqual({
      ok: true,
      unit: {
        id: '3',
        etag: '"7"',
        modified: '2026-02-03T10:00:00Z',
        modifiedBy: 'Per Holm',
        name: 'Kommunstyrelsen',
        kind: 'styrelse',
        parentId: null,
        representatives: [{ displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' }],
        securityContact: null,
        active: true,
      },
    });
  });

  it('reads verbose metadata (__metadata.etag)', () => {
    const mapped = fromItem({ ...base, __metadata: { etag: '"9"', type: 'SP.Data.LisOrgUnitsListItem' } });
    expect(mapped.ok && mapped.unit.etag).toBe('"9"');
  });

  it('reads OData v4 style (@odata.etag)', () => {
    const mapped = fromItem({ ...base, '@odata.etag': '"4"' });
    expect(mapped.ok && mapped.unit.etag).toBe('"4"');
  });

  it('an empty or missing representatives field is no representatives', () => {
    for (const value of [null, undefined, '', '   ']) {
      const mapped = fromItem({ ...base, 'odata.etag': '"1"', LisRepresentatives: value });
      expect(mapped.ok && mapped.unit.representatives).toEqual([]);
    }
  });

  it('an item without an etag cannot be updated safely: broken', () => {
    const mapped = fromItem(base);
    expect(mapped).toEqual({ ok: false, id: '3', reasons: ['etag: missing'] });
  });

  it('an unknown editor is an empty modifiedBy, not a failure', () => {
    const mapped = fromItem({ ...base, 'odata.etag': '"1"', Editor: null });
    expect(mapped.ok && mapped.unit.modifiedBy).toBe('');
  });

  it.each([null, undefined, 'text', 42, [], [base]])('never throws on %p', (junk) => {
    const mapped = fromItem(junk);
    expect(mapped.ok).toBe(false);
  });

  it('a bad Modified date is broken', () => {
    const mapped = fromItem({ ...base, 'odata.etag': '"1"', Modified: 'igår' });
    expect(mapped.ok).toBe(false);
    expect(!mapped.ok && mapped.reasons.join()).toMatch(/Modified/);
  });
});

describe('toItemValues / toItemId', () => {
  it('writes the schema columns; the parent through its lookup id column', () => {
    const draft: OrgUnitDraft = {
      name: 'Barn- och utbildningsförvaltningen',
      kind: 'forvaltning',
      parentId: '12',
      representatives: [{ displayName: "Åsa O'Brien", email: 'asa@norrkoping.se' }],
      securityContact: { displayName: 'Per', email: 'per@norrkoping.se' },
      active: false,
    };
    expect(toItemValues(draft)).toEqual({
      Title: 'Barn- och utbildningsförvaltningen',
      LisKind: 'forvaltning',
      LisParentUnitId: 12,
      LisRepresentatives: '[{"displayName":"Åsa O\'Brien","email":"asa@norrkoping.se"}]',
      LisSecurityContactName: 'Per',
      LisSecurityContactEmail: 'per@norrkoping.se',
      LisActive: false,
    });
  });

  it('round-trips through fromItem', () => {
    const draft: OrgUnitDraft = {
      name: 'Norrköping Vatten AB',
      kind: 'bolag',
      parentId: null,
      representatives: [],
      securityContact: null,
      active: true,
    };
    const mapped = fromItem({ ...toItemValues(draft), Id: 5, 'odata.etag': '"1"', Modified: '2026-01-01T00:00:00Z' });
    expect(mapped.ok && mapped.unit).toMatchObject(draft);
  });

  it('accepts only positive integer ids', () => {
    expect(toItemId('1')).toBe(1);
    expect(toItemId('4711')).toBe(4711);
    for (const bad of ['0', '01', '-1', '1.0', ' 1', '1 ', 'abc', '', '99999999999']) expect(toItemId(bad)).toBeUndefined();
  });
});

describe('fromItem properties', () => {
  const columns = ['Id', 'Title', 'LisKind', 'LisParentUnitId', 'LisRepresentatives', 'LisSecurityContactName', 'LisSecurityContactEmail', 'LisActive', 'Modified', 'Editor', 'odata.etag', '__metadata'];

  it('never throws on values that cannot even be stringified (found by this property: {"toString": false})', () => {
    const mapped = fromItem({ Id: 1, 'odata.etag': '"1"', Modified: '2026-01-01T00:00:00Z', Title: 'A', LisKind: 'bolag', LisActive: { toString: false } });
    expect(mapped.ok).toBe(false);
  });

  it('never throws, whatever junk the columns hold', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...columns), fc.jsonValue()), (item) => {
        const mapped = fromItem(item);
        expect(typeof mapped.ok).toBe('boolean');
        if (!mapped.ok) expect(mapped.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('any valid draft survives toItemValues -> fromItem unchanged', () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && s.length === s.trim().length);
    const email = fc
      .tuple(fc.stringMatching(/^[a-z0-9._'-]{1,12}$/), fc.stringMatching(/^[a-z0-9-]{1,10}$/), fc.constantFrom('se', 'com', 'nu'))
      .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
    const person = fc.record({ displayName: text, email });
    const draft = fc.record({
      name: text,
      kind: fc.constantFrom('namnd' as const, 'styrelse' as const, 'bolag' as const, 'forvaltning' as const),
      parentId: fc.option(fc.integer({ min: 1, max: 100000 }).map(String), { nil: null }),
      representatives: fc.uniqueArray(person, { maxLength: 5, selector: (p) => p.email }),
      securityContact: fc.option(person, { nil: null }),
      active: fc.boolean(),
    });
    fc.assert(
      fc.property(draft, (d) => {
        const mapped = fromItem({ ...toItemValues(d), Id: 100001, 'odata.etag': '"1"', Modified: '2026-01-01T00:00:00Z' });
        if (!mapped.ok) throw new Error(mapped.reasons.join('; '));
        expect(mapped.unit).toMatchObject(d);
      }),
      { numRuns: 300 },
    );
  });
});

describe('toStoreError', () => {
  const http = (status: number): Error => Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ::> detail`), { status });

  it.each([
    [412, ports.ConflictError],
    [409, ports.ConflictError],
    [404, ports.NotFoundError],
    [401, ports.AccessDeniedError],
    [403, ports.AccessDeniedError],
    [400, ports.StoreUnavailableError],
    [429, ports.StoreUnavailableError],
    [500, ports.StoreUnavailableError],
    [503, ports.StoreUnavailableError],
  ])('%i -> %p', (status, type) => {
    expect(toStoreError(http(status), 'OrgUnit', '1')).toBeInstanceOf(type);
  });

  it('keeps the server detail for admins, and maps non-HTTP failures to StoreUnavailableError', () => {
    expect(toStoreError(http(400), 'OrgUnit', '1').message).toContain('detail');
    const network = toStoreError(new TypeError('fetch failed'), 'OrgUnit', '1');
    expect(network).toBeInstanceOf(ports.StoreUnavailableError);
    expect((network as ports.StoreUnavailableError).status).toBeUndefined();
    const typed = new ports.ConflictError('OrgUnit', '1');
    expect(toStoreError(typed, 'OrgUnit', '1')).toBe(typed);
  });
});
