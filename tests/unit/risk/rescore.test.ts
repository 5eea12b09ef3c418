import fc from 'fast-check';
import { acceptanceState, acceptRisk, DEFAULT_MATRIX, mapScaleValue, rescoreAnalysis, type Risk, type RiskMatrix } from '../../../src/domain/risk';
import { validMatrixArb } from './arbitraries';
import { anna, assess, defaultMatrix, makeRisk } from './fixtures';

function withSizes(rows: number, cols: number, version: number): RiskMatrix {
  const m = defaultMatrix();
  m.version = version;
  m.likelihood = Array.from({ length: rows }, (_, i) => ({ value: i + 1, label: `S${i + 1}`, description: '' }));
  m.consequence = Array.from({ length: cols }, (_, i) => ({ value: i + 1, label: `K${i + 1}`, description: '' }));
  m.levels[3].max = rows * cols;
  m.levels[3].min = Math.min(16, rows * cols);
  m.levels[2].max = m.levels[3].min - 1;
  return m;
}

describe('mapScaleValue', () => {
  it('keeps values on equal sizes', () => {
    for (let v = 1; v <= 6; v++) expect(mapScaleValue(v, 6, 6)).toBe(v);
  });
  it('scales ends onto ends and rounds in between', () => {
    expect([1, 2, 3, 4].map((v) => mapScaleValue(v, 4, 5))).toEqual([1, 2, 4, 5]);
    expect([1, 2, 3, 4, 5].map((v) => mapScaleValue(v, 5, 3))).toEqual([1, 2, 2, 3, 3]);
    expect([1, 2, 3].map((v) => mapScaleValue(v, 3, 6))).toEqual([1, 4, 6]);
  });
  it('clamps when asked', () => {
    expect([1, 2, 3, 4, 5].map((v) => mapScaleValue(v, 5, 3, 'clamp'))).toEqual([1, 2, 3, 3, 3]);
    expect([1, 2, 3].map((v) => mapScaleValue(v, 3, 6, 'clamp'))).toEqual([1, 2, 3]);
  });
  it('stays on the target scale and keeps order for every size pair (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 6 }), fc.integer({ min: 3, max: 6 }), fc.constantFrom('scale' as const, 'clamp' as const), (from, to, mode) => {
        let previous = 0;
        for (let v = 1; v <= from; v++) {
          const mapped = mapScaleValue(v, from, to, mode);
          expect(Number.isInteger(mapped) && mapped >= 1 && mapped <= to).toBe(true);
          expect(mapped).toBeGreaterThanOrEqual(previous);
          previous = mapped;
        }
        expect(mapScaleValue(1, from, to, mode)).toBe(1);
        if (mode === 'scale') expect(mapScaleValue(from, from, to, mode)).toBe(to);
      })
    );
  });
});

describe('rescoreAnalysis', () => {
  it('reports level changes when only thresholds move, leaving values', () => {
    const to = defaultMatrix();
    to.version = 2;
    to.levels[1].max = 3;
    to.levels[2].min = 4; // 4 and 6 become Hög
    const risks = [makeRisk({ inherent: assess(2, 3) }), makeRisk({ inherent: assess(1, 1) })];
    const result = rescoreAnalysis(risks, DEFAULT_MATRIX, to);
    expect(result.risks[0]).toBe(risks[0]);
    expect(result.risks[1]).toBe(risks[1]);
    expect(result.changes).toEqual([
      {
        index: 0,
        basis: 'inherent',
        before: { likelihood: 2, consequence: 3, value: 6, levelKey: 'medelhog', levelLabel: 'Medelhög' },
        after: { likelihood: 2, consequence: 3, value: 6, levelKey: 'hog', levelLabel: 'Hög' },
      },
    ]);
  });

  it('maps values to a larger matrix and reports inherent and residual', () => {
    const to = withSizes(5, 5, 2);
    const risks = [makeRisk({ inherent: assess(4, 3), treatment: 'reducera', residual: assess(1, 1) })];
    const result = rescoreAnalysis(risks, DEFAULT_MATRIX, to);
    expect(result.risks[0].inherent).toEqual({ likelihood: 5, consequence: 4, motivering: 'Bedömt i workshop' });
    expect(result.risks[0].residual).toEqual(risks[0].residual);
    expect(result.changes.map((c) => [c.index, c.basis, c.before.value, c.after.value])).toEqual([[0, 'inherent', 12, 20]]);
    expect(risks[0].inherent).toEqual(assess(4, 3));
  });

  it('reports nothing when matrices agree, and leaves unscored risks alone', () => {
    const risks = [makeRisk({ inherent: null }), makeRisk({ inherent: assess(4, 4) })];
    const result = rescoreAnalysis(risks, DEFAULT_MATRIX, { ...defaultMatrix(), version: 2 });
    expect(result.changes).toEqual([]);
    expect(result.risks).toEqual(risks);
  });

  it('voids an acceptance when values move, but not when only a level label changes', () => {
    const accepted = acceptRisk(makeRisk({ inherent: assess(4, 4) }), DEFAULT_MATRIX, anna, 'namnd', new Date('2026-01-02T10:00:00Z'), '2026-12-31');
    const bigger = rescoreAnalysis([accepted], DEFAULT_MATRIX, withSizes(6, 6, 2)).risks[0];
    expect(acceptanceState(bigger, '2026-06-01')).toEqual({ state: 'void', changed: ['inherent'], validUntil: '2026-12-31' });
    const relabelled = defaultMatrix();
    relabelled.version = 2;
    relabelled.levels[3].label = 'Mycket hög';
    const result = rescoreAnalysis([accepted], DEFAULT_MATRIX, relabelled);
    expect(result.changes.map((c) => [c.before.levelLabel, c.after.levelLabel])).toEqual([['Extremt hög', 'Mycket hög']]);
    expect(acceptanceState(result.risks[0], '2026-06-01').state).toBe('valid');
  });

  it('always lands on the target scales and reports every moved assessment (property)', () => {
    const riskArb = fc.record({
      inherent: fc.option(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))),
      residual: fc.option(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))),
    });
    fc.assert(
      fc.property(validMatrixArb, validMatrixArb, fc.array(riskArb, { maxLength: 10 }), fc.constantFrom('scale' as const, 'clamp' as const), (from, to, raw, mode) => {
        const risks: Risk[] = raw.map((r) =>
          makeRisk({
            inherent: r.inherent ? assess(Math.min(r.inherent[0], from.likelihood.length), Math.min(r.inherent[1], from.consequence.length)) : null,
            residual: r.residual ? assess(Math.min(r.residual[0], from.likelihood.length), Math.min(r.residual[1], from.consequence.length)) : null,
            treatment: r.residual ? 'reducera' : null,
          })
        );
        const snapshot = JSON.stringify(risks);
        const result = rescoreAnalysis(risks, from, to, mode);
        expect(JSON.stringify(risks)).toBe(snapshot);
        expect(result.risks).toHaveLength(risks.length);
        result.risks.forEach((risk, index) => {
          for (const basis of ['inherent', 'residual'] as const) {
            const after = risk[basis];
            const before = risks[index][basis];
            expect(after === null).toBe(before === null);
            if (!after || !before) continue;
            expect(after.likelihood).toBeGreaterThanOrEqual(1);
            expect(after.likelihood).toBeLessThanOrEqual(to.likelihood.length);
            expect(after.consequence).toBeLessThanOrEqual(to.consequence.length);
            expect(after.motivering).toBe(before.motivering);
            const moved = after.likelihood !== before.likelihood || after.consequence !== before.consequence;
            const reported = result.changes.some((c) => c.index === index && c.basis === basis);
            if (moved) expect(reported).toBe(true);
          }
        });
      })
    );
  });
});
