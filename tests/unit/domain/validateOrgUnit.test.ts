import { emptyOrgUnitDraft, validateOrgUnit, type OrgUnit, type OrgUnitDraft } from '../../../src/domain/organisation';

function unit(id: string, name: string, parentId: string | null = null, active = true): OrgUnit {
  return { ...emptyOrgUnitDraft(), id, name, parentId, active, etag: '1', modified: '2026-01-01T00:00:00Z', modifiedBy: 'x' };
}

const register = [
  unit('1', 'Kommunstyrelsen'),
  unit('2', 'Kommunledningskontoret', '1'),
  unit('3', 'IT-avdelningen', '2'),
  unit('4', 'Gamla nämnden', null, false),
];

function draft(overrides: Partial<OrgUnitDraft>): OrgUnitDraft {
  return { ...emptyOrgUnitDraft(), name: 'Ny nämnd', ...overrides };
}

describe('validateOrgUnit', () => {
  it('accepts a complete unit', () => {
    expect(validateOrgUnit(draft({ representatives: [{ displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' }] }), register)).toEqual([]);
  });

  it('requires a name (whitespace does not count)', () => {
    expect(validateOrgUnit(draft({ name: '   ' }), register)).toEqual([{ field: 'name', code: 'required' }]);
  });

  it('refuses a name already used by another active unit, ignoring case and spacing', () => {
    expect(validateOrgUnit(draft({ name: ' kommunSTYRELSEN ' }), register)).toEqual([
      { field: 'name', code: 'nameTaken', params: { name: 'Kommunstyrelsen' } },
    ]);
  });

  it('allows the name of an inactive unit, and a unit keeping its own name', () => {
    expect(validateOrgUnit(draft({ name: 'Gamla nämnden' }), register)).toEqual([]);
    expect(validateOrgUnit(draft({ name: 'Kommunstyrelsen' }), register, '1')).toEqual([]);
  });

  it('checks representatives and the security contact for valid e-mail', () => {
    const issues = validateOrgUnit(
      draft({
        representatives: [{ displayName: 'A', email: 'not-an-email' }, { displayName: '', email: 'b@kommun.se' }],
        securityContact: { displayName: 'C', email: 'c@kommun' },
      }),
      register,
    );
    expect(issues).toEqual([
      { field: 'representatives.0.email', code: 'invalidEmail' },
      { field: 'representatives.1.displayName', code: 'required' },
      { field: 'securityContact.email', code: 'invalidEmail' },
    ]);
  });

  it('refuses the unit as its own parent and any cycle in the parent chain', () => {
    expect(validateOrgUnit(draft({ name: 'Kommunstyrelsen', parentId: '1' }), register, '1')).toEqual([
      { field: 'parentId', code: 'parentSelf' },
    ]);
    expect(validateOrgUnit(draft({ name: 'Kommunstyrelsen', parentId: '3' }), register, '1')).toEqual([
      { field: 'parentId', code: 'parentCycle', params: { name: 'IT-avdelningen' } },
    ]);
  });

  it('refuses deactivating a unit with active units below it', () => {
    expect(validateOrgUnit(draft({ name: 'Kommunstyrelsen', active: false }), register, '1')).toEqual([
      { field: 'active', code: 'hasActiveChildren', params: { names: 'Kommunledningskontoret' } },
    ]);
  });
});
