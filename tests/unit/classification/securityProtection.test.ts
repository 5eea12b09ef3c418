import {
  isBusinessCritical,
  requiresSecurityProtectionAnalysis,
  securityProtectionAspects,
} from '../../../src/domain/classification';
import { makeObject, makeSet, p } from './fixtures';

describe('requiresSecurityProtectionAnalysis (level 4)', () => {
  it('marks a set with any aspect at 4', () => {
    expect(requiresSecurityProtectionAnalysis(makeSet('a', p(3, 3, 3, 3)))).toBe(false);
    expect(requiresSecurityProtectionAnalysis(makeSet('a', p(0, 0, 4, 0)))).toBe(true);
    expect(securityProtectionAspects(makeSet('a', p(4, 1, 4, 0)))).toEqual(['K', 'T']);
  });

  it('marks an object when one of its sets is at 4, or a manual raise reaches 4', () => {
    expect(requiresSecurityProtectionAnalysis(makeObject([makeSet('a', p(1, 1, 1, 1)), makeSet('b', p(4, 1, 1, 1))]))).toBe(true);
    expect(requiresSecurityProtectionAnalysis(makeObject([makeSet('a', p(1, 1, 1, 1))]))).toBe(false);
    const raised = makeObject([makeSet('a', p(1, 1, 1, 1))], { manualRaises: { S: { level: 4, motivering: 'x' } } });
    expect(securityProtectionAspects(raised)).toEqual(['S']);
    expect(requiresSecurityProtectionAnalysis(makeObject([]))).toBe(false);
  });

  it('accepts a profile', () => {
    expect(requiresSecurityProtectionAnalysis(p(0, 0, 0, 4))).toBe(true);
    expect(requiresSecurityProtectionAnalysis(p(3, 3, 3, 3))).toBe(false);
  });
});

describe('isBusinessCritical (verksamhetskritisk)', () => {
  it('is true exactly when R or T is at least 3', () => {
    expect(isBusinessCritical(p(4, 2, 2, 4))).toBe(false);
    expect(isBusinessCritical(p(0, 3, 0, 0))).toBe(true);
    expect(isBusinessCritical(p(0, 0, 3, 0))).toBe(true);
    expect(isBusinessCritical(p(0, 2, 4, 0))).toBe(true);
    for (const r of [0, 1, 2, 3, 4] as const) {
      for (const t of [0, 1, 2, 3, 4] as const) expect(isBusinessCritical(p(0, r, t, 0))).toBe(r >= 3 || t >= 3);
    }
  });
});
