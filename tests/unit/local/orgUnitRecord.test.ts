/** @jest-environment node */
import fc from 'fast-check';
import { isParsedUnit, parseOrgUnitRecord, toOrgUnitRecord } from '../../../src/data/orgUnitRecord';
import { ORG_UNIT_KINDS, type OrgUnitDraft } from '../../../src/domain/organisation';

const identity = { id: '7', etag: '"3"', modified: '2026-03-01T08:00:00.000Z', modifiedBy: 'Anna Testsson' };

function draft(overrides: Partial<OrgUnitDraft> = {}): OrgUnitDraft {
  return {
    name: 'Kultur- och fritidsnämnden',
    kind: 'namnd',
    parentId: '3',
    representatives: [{ displayName: 'Eva Lindholmer', email: 'eva.lindholmer@norrkoping.example' }],
    securityContact: { displayName: 'Oskar Nordéus', email: 'oskar.nordeus@norrkoping.example' },
    active: true,
    ...overrides,
  };
}

function reasonsOf(raw: unknown): string[] {
  const parsed = parseOrgUnitRecord(raw, identity);
  return isParsedUnit(parsed) ? [] : parsed.reasons;
}

describe('toOrgUnitRecord / parseOrgUnitRecord', () => {
  it('stores representatives as JSON text and splits the security contact like the SharePoint list', () => {
    expect(toOrgUnitRecord(draft())).toEqual({
      name: 'Kultur- och fritidsnämnden',
      kind: 'namnd',
      parentId: '3',
      representativesJson: '[{"displayName":"Eva Lindholmer","email":"eva.lindholmer@norrkoping.example"}]',
      securityContactName: 'Oskar Nordéus',
      securityContactEmail: 'oskar.nordeus@norrkoping.example',
      active: true,
    });
    expect(toOrgUnitRecord(draft({ securityContact: null, representatives: [] }))).toMatchObject({
      representativesJson: '[]',
      securityContactName: null,
      securityContactEmail: null,
    });
  });

  it('round-trips any valid draft exactly, with the identity attached', () => {
    const person = fc.record({
      displayName: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
      email: fc.constantFrom('a.b@kommun.se', "o'brien@norrkoping.example", 'x_y+z@sub.domain.example'),
    });
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
          kind: fc.constantFrom(...ORG_UNIT_KINDS),
          parentId: fc.option(fc.integer({ min: 1, max: 99999 }).filter((n) => n !== 7).map(String), { nil: null }),
          representatives: fc.uniqueArray(person, { maxLength: 3, selector: (p) => p.email.toLowerCase() }),
          securityContact: fc.option(person, { nil: null }),
          active: fc.boolean(),
        }),
        (input: OrgUnitDraft) => {
          const parsed = parseOrgUnitRecord(toOrgUnitRecord(input), identity);
          expect(parsed).toEqual({ unit: { ...input, ...identity } });
        },
      ),
    );
  });

  it('reads blank representatives and contact fields as "nobody"', () => {
    const base = toOrgUnitRecord(draft());
    const parsed = parseOrgUnitRecord({ ...base, representativesJson: '', securityContactName: '', securityContactEmail: undefined }, identity);
    expect(isParsedUnit(parsed) && parsed.unit.representatives).toEqual([]);
    expect(isParsedUnit(parsed) && parsed.unit.securityContact).toBeNull();
  });

  it('accepts a numeric parent id (SharePoint lookup id) as a string, and a blank parent as top-level', () => {
    const base = toOrgUnitRecord(draft());
    const numeric = parseOrgUnitRecord({ ...base, parentId: 12 }, identity);
    expect(isParsedUnit(numeric) && numeric.unit.parentId).toBe('12');
    const blank = parseOrgUnitRecord({ ...base, parentId: undefined }, identity);
    expect(isParsedUnit(blank) && blank.unit.parentId).toBeNull();
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['an unknown kind', { kind: 'kommun' }, /^kind: invalidChoice \("kommun"\)$/],
    ['a missing kind', { kind: undefined }, /^kind: invalidChoice/],
    ['a blank name', { name: '  ' }, /^name: required \("  "\)$/],
    ['a name over 255 characters', { name: 'N'.repeat(256) }, /^name: tooLong/],
    ['representatives that are not JSON', { representativesJson: '[{' }, /^representatives: not valid JSON$/],
    ['representatives that are no array', { representativesJson: '{"a":1}' }, /^representatives: expected a JSON array$/],
    ['a representative that is no object', { representativesJson: '["Anna"]' }, /^representatives\.0: expected an object/],
    ['a representative without a name', { representativesJson: '[{"email":"a@b.se"}]' }, /^representatives\.0\.displayName: expected text, got missing$/],
    ['a representative with a blank name', { representativesJson: '[{"displayName":" ","email":"a@b.se"}]' }, /^representatives\.0\.displayName: required/],
    ['a representative with a bad address', { representativesJson: '[{"displayName":"A","email":"a@b"}]' }, /^representatives\.0\.email: invalidEmail \("a@b"\)$/],
    [
      'the same person twice',
      { representativesJson: '[{"displayName":"A","email":"a@b.se"},{"displayName":"B","email":"A@B.se"}]' },
      /^representatives\.1\.email: duplicatePerson/,
    ],
    ['a contact name without an address', { securityContactEmail: null }, /^securityContact\.email: required/],
    ['a contact address without a name', { securityContactName: '' }, /^securityContact\.displayName: required/],
    ['a contact with a bad address', { securityContactEmail: 'per at kommun.se' }, /^securityContact\.email: invalidEmail/],
    ['a non-boolean active flag', { active: 'Ja' }, /^active: expected true or false, got "Ja"$/],
    ['a unit that is its own parent', { parentId: '7' }, /^parentId: parentSelf \("7"\)$/],
    ['a parent id of the wrong type', { parentId: { id: 1 } }, /^parentId: expected an id/],
  ])('reports %s', (_label, patch, reason) => {
    expect(reasonsOf({ ...toOrgUnitRecord(draft()), ...patch })).toEqual([expect.stringMatching(reason)]);
  });

  it('reports a name that is no text (and so is missing)', () => {
    expect(reasonsOf({ ...toOrgUnitRecord(draft()), name: 42 })).toEqual(['name: expected text, got number 42', 'name: required ("")']);
  });

  it('reports a contact address that is no text', () => {
    expect(reasonsOf({ ...toOrgUnitRecord(draft()), securityContactEmail: 7 })).toEqual([
      'securityContactEmail: expected text, got number 7',
      'securityContact.email: required ("")',
    ]);
  });

  it('leaves rules across units (unique names, missing or inactive parents) to saving', () => {
    const parsed = parseOrgUnitRecord({ ...toOrgUnitRecord(draft({ parentId: '999', active: false })) }, identity);
    expect(isParsedUnit(parsed)).toBe(true);
  });

  it('collects every problem of a record at once, and never throws on garbage', () => {
    // shape: representatives, active; rules: name required, kind invalid
    expect(reasonsOf({ kind: 'x', active: 1, representativesJson: 5 })).toHaveLength(4);
    for (const garbage of [null, undefined, 'text', 42, [], [1, 2]]) {
      expect(reasonsOf(garbage)).toEqual([expect.stringMatching(/^record: expected an object/)]);
    }
  });

  it('shortens long values in reasons', () => {
    const [reason] = reasonsOf({ ...toOrgUnitRecord(draft()), kind: 'x'.repeat(500) });
    expect(reason.length).toBeLessThan(100);
  });
});
