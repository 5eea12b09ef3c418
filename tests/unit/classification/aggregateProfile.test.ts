import { aggregateProfile, effectiveProfile, formatProfile } from '../../../src/domain/classification';
import { makeObject, makeSet, p } from './fixtures';

describe('aggregateProfile', () => {
  it('says so when the object holds no sets: all 0, no drivers', () => {
    const result = aggregateProfile(makeObject([]));
    expect(result.empty).toBe(true);
    expect(result.profile).toEqual(p(0, 0, 0, 0));
    expect(result.fromSets).toEqual(p(0, 0, 0, 0));
    expect(result.drivers).toEqual({ K: [], R: [], T: [], S: [] });
    expect(result.raised).toEqual([]);
  });

  it('takes the highest level per aspect over the sets (maximum principle) and names the driving sets', () => {
    const object = makeObject([
      makeSet('betyg', p(2, 3, 1, 2)),
      makeSet('elevhalsa', p(3, 2, 1, 3)),
      makeSet('schema', p(1, 1, 2, 1)),
    ]);
    const result = aggregateProfile(object);
    expect(result.empty).toBe(false);
    expect(formatProfile(result.profile)).toBe('K3-R3-T2-S3');
    expect(result.drivers).toEqual({ K: ['elevhalsa'], R: ['betyg'], T: ['schema'], S: ['elevhalsa'] });
  });

  it('lists every set at the top level as a driver, in set order', () => {
    const result = aggregateProfile(makeObject([makeSet('a', p(2, 0, 0, 0)), makeSet('b', p(1, 0, 0, 0)), makeSet('c', p(2, 0, 0, 0))]));
    expect(result.drivers.K).toEqual(['a', 'c']);
    expect(result.drivers.R).toEqual(['a', 'b', 'c']);
  });

  it('applies a manual raise on top and marks the aspect as raised', () => {
    const object = makeObject([makeSet('a', p(1, 2, 2, 1))], { manualRaises: { K: { level: 3, motivering: 'Ackumulation' } } });
    const result = aggregateProfile(object);
    expect(result.profile).toEqual(p(3, 2, 2, 1));
    expect(result.fromSets).toEqual(p(1, 2, 2, 1));
    expect(result.raised).toEqual(['K']);
    expect(result.drivers.K).toEqual(['a']);
  });

  it('never lets a manual raise below the sets lower the profile', () => {
    const object = makeObject([makeSet('a', p(3, 2, 2, 1))], { manualRaises: { K: { level: 1, motivering: 'Vill sänka' } } });
    const result = aggregateProfile(object);
    expect(result.profile.K).toBe(3);
    expect(result.raised).toEqual([]);
  });

  it('a raise on an object without sets gives the raised level', () => {
    expect(effectiveProfile(makeObject([], { manualRaises: { T: { level: 2, motivering: 'x' } } }))).toEqual(p(0, 0, 2, 0));
  });
});
