import {
  approveClassification,
  diffClassification,
  requestLowering,
  setFromSharedType,
  startNewVersion,
  type ClassificationObject,
} from '../../../src/domain/classification';
import { anna, makeObject, makeSet, p } from './fixtures';

describe('diffClassification', () => {
  const base = makeObject([makeSet('betyg', p(2, 2, 1, 2), 'Betyg'), makeSet('halsa', p(3, 2, 1, 3), 'Elevhälsa')]);

  it('is empty for equal objects, and ignores store fields', () => {
    expect(diffClassification(base, JSON.parse(JSON.stringify(base)) as ClassificationObject)).toEqual([]);
    const a = { ...base, id: '1', etag: '1', modified: 'a', modifiedBy: 'x' };
    const b = { ...base, id: '1', etag: '2', modified: 'b', modifiedBy: 'y' };
    expect(diffClassification(a, b)).toEqual([]);
  });

  it('lists object fields, criticality and manual raises that changed', () => {
    const after: ClassificationObject = {
      ...base,
      name: 'Elevregister (Skolverket)',
      criticality: { samhallsviktig: false, motivering: 'Inte samhällsviktig' },
      manualRaises: { K: { level: 4, motivering: 'Skyddade personuppgifter' } },
    };
    expect(diffClassification(base, after)).toEqual([
      { field: 'name', from: 'Elevregister', to: 'Elevregister (Skolverket)' },
      { field: 'manualRaises.K.level', from: null, to: 4 },
      { field: 'manualRaises.K.motivering', from: null, to: 'Skyddade personuppgifter' },
      { field: 'criticality.samhallsviktig', from: null, to: false },
      { field: 'criticality.motivering', from: '', to: 'Inte samhällsviktig' },
    ]);
    expect(diffClassification(after, base)).toContainEqual({ field: 'manualRaises.K.level', from: 4, to: null });
  });

  it('lists changed levels, motiveringar and consequences per set id and aspect', () => {
    const halsa = base.sets[1];
    const after = {
      ...base,
      sets: [base.sets[0], { ...halsa, assessments: { ...halsa.assessments, K: { level: 4 as const, motivering: 'Skyddad identitet', consequences: { livOchHalsa: 4 as const } } } }],
    };
    expect(diffClassification(base, after)).toEqual([
      { field: 'sets.halsa.K.level', from: 3, to: 4 },
      { field: 'sets.halsa.K.motivering', from: 'K för Elevhälsa', to: 'Skyddad identitet' },
      { field: 'sets.halsa.K.consequences.livOchHalsa', from: null, to: 4 },
    ]);
  });

  it('matches sets by id, not position: reordering is no change; added and removed sets are one entry each', () => {
    expect(diffClassification(base, { ...base, sets: [base.sets[1], base.sets[0]] })).toEqual([]);
    const after = { ...base, sets: [base.sets[1], makeSet('schema', p(1, 1, 2, 1), 'Schema')] };
    expect(diffClassification(base, after)).toEqual([
      { field: 'sets.schema', from: null, to: 'Schema' },
      { field: 'sets.betyg', from: 'Betyg', to: null },
    ]);
  });

  it('shows personal data, approval and version changes with the approver as one value', () => {
    const withPd = { ...base, sets: [{ ...base.sets[0], personalData: { kind: 'sensitive' as const, note: 'Hälsa' } }, base.sets[1]] };
    expect(diffClassification(base, withPd)).toEqual([
      { field: 'sets.betyg.personalData.kind', from: 'none', to: 'sensitive' },
      { field: 'sets.betyg.personalData.note', from: '', to: 'Hälsa' },
    ]);
    const approved = approveClassification(base, anna, new Date('2026-03-10T09:30:00Z'));
    expect(diffClassification(base, approved)).toEqual([
      { field: 'status', from: 'draft', to: 'approved' },
      { field: 'approvedBy', from: null, to: 'Anna Berg <anna.berg@norrkoping.se>' },
      { field: 'approvedAt', from: null, to: '2026-03-10T09:30:00.000Z' },
      { field: 'nextReviewDate', from: null, to: '2027-03-10' },
    ]);
    const next = startNewVersion(approved);
    expect(diffClassification(approved, next)).toEqual([
      { field: 'status', from: 'approved', to: 'draft' },
      { field: 'version', from: 1, to: 2 },
      { field: 'approvedBy', from: 'Anna Berg <anna.berg@norrkoping.se>', to: null },
      { field: 'approvedAt', from: '2026-03-10T09:30:00.000Z', to: null },
    ]);
  });

  it('shows lowering requests keyed by their id', () => {
    const shared = setFromSharedType(
      {
        id: 't',
        name: 'Personalakt',
        description: '',
        assessments: base.sets[1].assessments,
        personalData: { kind: 'personal', note: '' },
      },
      'pa'
    );
    const before = makeObject([shared]);
    const after = requestLowering(before, 'pa', { aspect: 'K', level: 1, motivering: 'x' }, anna, new Date('2026-04-01T08:00:00Z'));
    const fields = diffClassification(before, after).map((e) => e.field);
    expect(fields).toContain('sets.pa.loweringRequests.lr-1.status');
    expect(fields).toContain('sets.pa.loweringRequests.lr-1.requestedBy');
  });
});
