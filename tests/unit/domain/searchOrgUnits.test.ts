import { emptyOrgUnitDraft, searchOrgUnits, type OrgUnit } from '../../../src/domain/organisation';

function unit(id: string, name: string, extra: Partial<OrgUnit> = {}): OrgUnit {
  return { ...emptyOrgUnitDraft(), id, name, etag: '1', modified: '', modifiedBy: '', ...extra };
}

const units = [
  unit('1', 'Överförmyndarnämnden'),
  unit('2', 'Arbetsmarknadsnämnden', { representatives: [{ displayName: 'Karin Öberg', email: 'karin.oberg@kommun.example' }] }),
  unit('3', 'Ärendeenheten', { kind: 'forvaltning' }),
  unit('4', 'Avvecklade nämnden', { active: false }),
  unit('5', 'Vatten AB', { kind: 'bolag', securityContact: { displayName: 'Ola Ek', email: 'ola.ek@vatten.example' } }),
];

describe('searchOrgUnits', () => {
  const all = { text: '', kind: 'all' as const, includeInactive: false };

  it('sorts in Swedish collation and hides inactive units unless asked', () => {
    expect(searchOrgUnits(units, all).map((u) => u.id)).toEqual(['2', '5', '3', '1']);
    expect(searchOrgUnits(units, { ...all, includeInactive: true }).map((u) => u.id)).toEqual(['2', '4', '5', '3', '1']);
  });

  it('matches every term, case-insensitively, over names, people and e-mail', () => {
    expect(searchOrgUnits(units, { ...all, text: 'ÖBERG' }).map((u) => u.id)).toEqual(['2']);
    expect(searchOrgUnits(units, { ...all, text: 'vatten.example ola' }).map((u) => u.id)).toEqual(['5']);
    expect(searchOrgUnits(units, { ...all, text: 'nämnden karin' }).map((u) => u.id)).toEqual(['2']);
    expect(searchOrgUnits(units, { ...all, text: 'finns-inte' })).toEqual([]);
  });

  it('filters by kind', () => {
    expect(searchOrgUnits(units, { ...all, kind: 'bolag' }).map((u) => u.id)).toEqual(['5']);
  });
});
