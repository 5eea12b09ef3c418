import {
  approvalIssues,
  validateClassification,
  validateInformationSet,
  type ClassificationObject,
  type InformationSet,
  type Level,
} from '../../../src/domain/classification';
import { makeObject, makeSet, p } from './fixtures';

function withAssessment(set: InformationSet, aspect: 'K' | 'R' | 'T' | 'S', patch: Partial<InformationSet['assessments']['K']>): InformationSet {
  return { ...set, assessments: { ...set.assessments, [aspect]: { ...set.assessments[aspect], ...patch } } };
}

describe('validateClassification', () => {
  const valid = makeObject([makeSet('a', p(2, 2, 2, 2))]);

  it('accepts a complete draft', () => {
    expect(validateClassification(valid)).toEqual([]);
  });

  it('requires a name, an owner and a known kind', () => {
    const issues = validateClassification({ ...valid, name: '  ', ownerUnitId: '', kind: 'system' as ClassificationObject['kind'] });
    expect(issues).toEqual([
      { field: 'name', code: 'required' },
      { field: 'kind', code: 'invalidChoice' },
      { field: 'ownerUnitId', code: 'required' },
    ]);
  });

  it('limits the name to 255 characters', () => {
    expect(validateClassification({ ...valid, name: 'x'.repeat(256) })).toEqual([{ field: 'name', code: 'tooLong', params: { max: 255 } }]);
    expect(validateClassification({ ...valid, name: 'x'.repeat(255) })).toEqual([]);
  });

  it('requires a motivering per aspect, with the set index and aspect in the field path', () => {
    const second = withAssessment(withAssessment(makeSet('b', p(1, 1, 1, 1)), 'K', { motivering: '' }), 'S', { motivering: '   ' });
    expect(validateClassification(makeObject([makeSet('a', p(1, 1, 1, 1)), second]))).toEqual([
      { field: 'sets.1.K.motivering', code: 'required' },
      { field: 'sets.1.S.motivering', code: 'required' },
    ]);
  });

  it('requires a motivering also at level 0', () => {
    const set = withAssessment(makeSet('a', p(0, 0, 0, 0)), 'T', { motivering: '' });
    expect(validateClassification(makeObject([set]))).toEqual([{ field: 'sets.0.T.motivering', code: 'required' }]);
  });

  it('requires a set name and refuses two sets with the same name (ignoring case and spacing)', () => {
    const issues = validateClassification(makeObject([makeSet('a', p(1, 1, 1, 1), 'Betyg'), makeSet('b', p(1, 1, 1, 1), ' betyg '), makeSet('c', p(1, 1, 1, 1), '')]));
    expect(issues).toEqual([
      { field: 'sets.1.name', code: 'duplicateName', params: { name: 'betyg' } },
      { field: 'sets.2.name', code: 'required' },
    ]);
  });

  it('refuses a level that is not 0–4 and an unknown personal data kind', () => {
    const set = withAssessment(makeSet('a', p(1, 1, 1, 1)), 'R', { level: -1 as Level });
    const bad = { ...set, personalData: { kind: 'ja' as InformationSet['personalData']['kind'], note: '' } };
    expect(validateClassification(makeObject([bad]))).toEqual([
      { field: 'sets.0.R.level', code: 'invalidChoice' },
      { field: 'sets.0.personalData.kind', code: 'invalidChoice' },
    ]);
  });

  it('refuses a level below the worst assessed consequence', () => {
    const set = withAssessment(makeSet('a', p(1, 1, 1, 1)), 'K', { level: 1, consequences: { individ: 3, ekonomi: 1 } });
    expect(validateClassification(makeObject([set]))).toEqual([{ field: 'sets.0.K.level', code: 'belowWorstConsequence', params: { level: 3 } }]);
    const ok = withAssessment(set, 'K', { level: 3 });
    expect(validateClassification(makeObject([ok]))).toEqual([]);
  });

  it('refuses a manual raise below what the sets give, and one without motivering', () => {
    const object = makeObject([makeSet('a', p(2, 2, 2, 2))], {
      manualRaises: { K: { level: 1, motivering: 'Sänk' }, S: { level: 3, motivering: '' } },
    });
    expect(validateClassification(object)).toEqual([
      { field: 'manualRaises.K.level', code: 'belowAggregate', params: { aspect: 'K', level: 2 } },
      { field: 'manualRaises.S.motivering', code: 'required' },
    ]);
  });

  it('accepts a raise equal to or above the aggregate', () => {
    const object = makeObject([makeSet('a', p(2, 2, 2, 2))], { manualRaises: { K: { level: 2, motivering: 'Samma' }, R: { level: 3, motivering: 'Ackumulation' } } });
    // R 3 makes the object verksamhetskritisk: the samhällsviktig answer is then needed.
    expect(validateClassification({ ...object, criticality: { samhallsviktig: false, motivering: 'Inte samhällsviktig' } })).toEqual([]);
  });

  describe('verksamhetskritisk (R or T ≥ 3)', () => {
    it.each([
      ['R', p(0, 3, 0, 0)],
      ['T', p(0, 0, 3, 0)],
      ['R and T at 4', p(0, 4, 4, 0)],
    ])('asks whether the object is samhällsviktig when %s is high', (_label, profile) => {
      expect(validateClassification(makeObject([makeSet('a', profile)]))).toEqual([
        { field: 'criticality.samhallsviktig', code: 'required' },
        { field: 'criticality.motivering', code: 'required' },
      ]);
    });

    it('accepts both answers with a motivering; false counts as an answer', () => {
      for (const samhallsviktig of [true, false]) {
        const object = makeObject([makeSet('a', p(0, 3, 0, 0))], { criticality: { samhallsviktig, motivering: 'Skäl' } });
        expect(validateClassification(object)).toEqual([]);
      }
      const noMotivering = makeObject([makeSet('a', p(0, 3, 0, 0))], { criticality: { samhallsviktig: true, motivering: ' ' } });
      expect(validateClassification(noMotivering)).toEqual([{ field: 'criticality.motivering', code: 'required' }]);
    });

    it('does not ask when only K or S is high, or R and T are at most 2', () => {
      expect(validateClassification(makeObject([makeSet('a', p(4, 2, 2, 4))]))).toEqual([]);
    });

    it('counts a manual raise of T', () => {
      const object = makeObject([makeSet('a', p(1, 1, 1, 1))], { manualRaises: { T: { level: 3, motivering: 'Ackumulation' } } });
      expect(validateClassification(object).map((i) => i.field)).toEqual(['criticality.samhallsviktig', 'criticality.motivering']);
    });
  });
});

describe('validateInformationSet', () => {
  it('uses the given prefix', () => {
    const set = withAssessment(makeSet('a', p(1, 1, 1, 1), ''), 'R', { motivering: '' });
    expect(validateInformationSet(set, 'set')).toEqual([
      { field: 'set.name', code: 'required' },
      { field: 'set.R.motivering', code: 'required' },
    ]);
  });
});

describe('approvalIssues', () => {
  it('is empty for a valid draft with sets', () => {
    expect(approvalIssues(makeObject([makeSet('a', p(1, 1, 1, 1))]))).toEqual([]);
  });

  it('refuses an object without information sets and one that is not a draft', () => {
    expect(approvalIssues(makeObject([], { status: 'approved' }))).toEqual([
      { field: 'status', code: 'notDraft' },
      { field: 'sets', code: 'noInformationSets' },
    ]);
  });

  it('includes every validation issue', () => {
    const object = makeObject([makeSet('a', p(0, 3, 0, 0))]);
    expect(approvalIssues(object).map((i) => i.field)).toEqual(['criticality.samhallsviktig', 'criticality.motivering']);
  });
});
