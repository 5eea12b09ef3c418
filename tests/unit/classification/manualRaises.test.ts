import { ValidationError, type ValidationIssue } from '../../../src/domain/shared';
import { setManualRaise, type ClassificationObject } from '../../../src/domain/classification';
import { makeObject, makeSet, p } from './fixtures';

function issuesOf(fn: () => unknown): ValidationIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

describe('setManualRaise', () => {
  const object = makeObject([makeSet('a', p(2, 1, 1, 1))]);

  it('sets a raise with motivering, trimmed, without touching the input', () => {
    const raised = setManualRaise(object, 'K', { level: 3, motivering: ' Ackumulation av många elever ' });
    expect(raised.manualRaises).toEqual({ K: { level: 3, motivering: 'Ackumulation av många elever' } });
    expect(object.manualRaises).toEqual({});
  });

  it('rejects a raise below the aggregated level (lowering is not allowed)', () => {
    expect(issuesOf(() => setManualRaise(object, 'K', { level: 1, motivering: 'Lägre' }))).toEqual([
      { field: 'manualRaises.K.level', code: 'belowAggregate', params: { aspect: 'K', level: 2 } },
    ]);
  });

  it('requires a motivering', () => {
    expect(issuesOf(() => setManualRaise(object, 'R', { level: 3, motivering: '' }))).toEqual([{ field: 'manualRaises.R.motivering', code: 'required' }]);
  });

  it('removes a raise with null', () => {
    const raised = setManualRaise(object, 'K', { level: 3, motivering: 'x' });
    expect(setManualRaise(raised, 'K', null).manualRaises).toEqual({});
  });

  it('refuses to change an approved version', () => {
    const approved: ClassificationObject = { ...object, status: 'approved' };
    expect(issuesOf(() => setManualRaise(approved, 'K', { level: 3, motivering: 'x' }))).toEqual([{ field: 'status', code: 'notDraft' }]);
  });
});
