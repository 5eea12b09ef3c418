import { ValidationError, type ValidationIssue } from '../../../src/domain/shared';
import {
  approveClassification,
  assertEditable,
  isEditable,
  startNewVersion,
  type ClassificationObject,
} from '../../../src/domain/classification';
import { anna, makeObject, makeSet, p } from './fixtures';

function issuesOf(fn: () => unknown): ValidationIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

const draft = makeObject([makeSet('betyg', p(2, 2, 1, 2))]);
const at = new Date('2026-03-10T09:30:00Z');

describe('approveClassification', () => {
  it('records who and when, sets the next review date 12 months later and leaves the draft untouched', () => {
    const before = JSON.stringify(draft);
    const approved = approveClassification(draft, anna, at);
    expect(approved.status).toBe('approved');
    expect(approved.approvedBy).toEqual(anna);
    expect(approved.approvedAt).toBe('2026-03-10T09:30:00.000Z');
    expect(approved.nextReviewDate).toBe('2027-03-10');
    expect(approved.version).toBe(1);
    expect(approved.sets).toEqual(draft.sets);
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('uses the configured interval in calendar months', () => {
    expect(approveClassification(draft, anna, at, 6).nextReviewDate).toBe('2026-09-10');
    expect(approveClassification(draft, anna, new Date('2027-01-31T10:00:00Z'), 1).nextReviewDate).toBe('2027-02-28');
    expect(approveClassification(draft, anna, new Date('2028-02-29T10:00:00Z')).nextReviewDate).toBe('2029-02-28');
  });

  it('counts from the Stockholm date: late on New Year’s Eve (UTC) is already 1 January', () => {
    expect(approveClassification(draft, anna, new Date('2026-12-31T23:15:00Z')).nextReviewDate).toBe('2028-01-01');
    expect(approveClassification(draft, anna, new Date('2026-12-31T22:15:00Z')).nextReviewDate).toBe('2027-12-31');
  });

  it('refuses a bad interval or time', () => {
    expect(() => approveClassification(draft, anna, at, 0)).toThrow(RangeError);
    expect(() => approveClassification(draft, anna, at, 1.5)).toThrow(RangeError);
    expect(() => approveClassification(draft, anna, new Date('x'))).toThrow(RangeError);
  });

  it('keeps store fields (id, etag) of the object', () => {
    const stored = { ...draft, id: '42', etag: '3', modified: '2026-03-01T00:00:00Z', modifiedBy: 'x' };
    const approved = approveClassification(stored, anna, at);
    expect(approved.id).toBe('42');
    expect(approved.etag).toBe('3');
  });

  it('makes the approved version immutable', () => {
    const approved = approveClassification(draft, anna, at) as ClassificationObject;
    expect(Object.isFrozen(approved)).toBe(true);
    expect(Object.isFrozen(approved.sets[0].assessments.K)).toBe(true);
    expect(() => {
      (approved as { name: string }).name = 'Annat';
    }).toThrow(TypeError);
    expect(isEditable(approved)).toBe(false);
    expect(() => assertEditable(approved)).toThrow(ValidationError);
    expect(isEditable(draft)).toBe(true);
  });

  it('refuses a draft with missing motiveringar, listing every issue', () => {
    const bad = makeObject([{ ...makeSet('a', p(1, 1, 1, 1)), assessments: { ...makeSet('a', p(1, 1, 1, 1)).assessments, K: { level: 1, motivering: '', consequences: {} } } }]);
    expect(issuesOf(() => approveClassification(bad, anna, at))).toEqual([{ field: 'sets.0.K.motivering', code: 'required' }]);
  });

  it('refuses a verksamhetskritisk draft until samhällsviktig is answered', () => {
    const critical = makeObject([makeSet('scada', p(1, 3, 4, 1))]);
    expect(issuesOf(() => approveClassification(critical, anna, at)).map((i) => i.field)).toEqual(['criticality.samhallsviktig', 'criticality.motivering']);
    const answered = { ...critical, criticality: { samhallsviktig: true, motivering: 'Dricksvattenförsörjning' } };
    expect(approveClassification(answered, anna, at).status).toBe('approved');
  });

  it('refuses an object without sets, an approved version, and an approver without valid e-mail', () => {
    expect(issuesOf(() => approveClassification(makeObject([]), anna, at))).toEqual([{ field: 'sets', code: 'noInformationSets' }]);
    const approved = approveClassification(draft, anna, at);
    expect(issuesOf(() => approveClassification(approved, anna, at))).toEqual([{ field: 'status', code: 'notDraft' }]);
    expect(issuesOf(() => approveClassification(draft, { displayName: '', email: 'nope' }, at))).toEqual([
      { field: 'approvedBy.displayName', code: 'required' },
      { field: 'approvedBy.email', code: 'invalidEmail' },
    ]);
    expect(issuesOf(() => approveClassification(draft, { displayName: 'A', email: ' ' }, at))).toEqual([{ field: 'approvedBy.email', code: 'required' }]);
  });
});

describe('startNewVersion', () => {
  it('gives an editable draft N + 1 without the approval, keeping the review date, and leaves the approved one as it was', () => {
    const approved = approveClassification(draft, anna, at);
    const snapshot = JSON.stringify(approved);
    const next = startNewVersion(approved);
    expect(next.status).toBe('draft');
    expect(next.version).toBe(2);
    expect(next.approvedBy).toBeNull();
    expect(next.approvedAt).toBeNull();
    expect(next.nextReviewDate).toBe('2027-03-10');
    expect(next.sets).toEqual(approved.sets);
    expect(Object.isFrozen(next)).toBe(false);
    expect(Object.isFrozen(next.sets[0].assessments.K)).toBe(false);
    next.sets[0].assessments.K.level = 3;
    expect(JSON.stringify(approved)).toBe(snapshot);
    expect(startNewVersion(approveClassification(next, anna, at)).version).toBe(3);
  });

  it('refuses a draft', () => {
    expect(() => startNewVersion(draft)).toThrow(RangeError);
  });
});
