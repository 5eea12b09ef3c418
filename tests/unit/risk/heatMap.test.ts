import fc from 'fast-check';
import { DEFAULT_MATRIX, heatMap, heatMapCell, isInCell, type Risk } from '../../../src/domain/risk';
import { validMatrixArb } from './arbitraries';
import { assess, makeRisk } from './fixtures';

describe('heatMap', () => {
  const risks: Risk[] = [
    makeRisk({ inherent: assess(3, 4), treatment: 'reducera', residual: assess(1, 2) }),
    makeRisk({ inherent: assess(3, 4), treatment: 'reducera', residual: assess(1, 2) }),
    makeRisk({ inherent: assess(1, 1) }),
    makeRisk({ inherent: null }),
    makeRisk({ inherent: assess(5, 5) }),
  ];

  it('counts inherent risks per cell, in display order with levels', () => {
    const map = heatMap(risks, DEFAULT_MATRIX, 'inherent');
    expect(map.cells).toHaveLength(16);
    expect(map.cells.slice(0, 4).map((c) => [c.likelihood, c.consequence])).toEqual([
      [4, 1],
      [4, 2],
      [4, 3],
      [4, 4],
    ]);
    expect(map.cells[15]).toMatchObject({ likelihood: 1, consequence: 4, value: 4, count: 0 });
    expect(heatMapCell(map, 3, 4)).toMatchObject({ value: 12, count: 2 });
    expect(heatMapCell(map, 3, 4)?.level?.label).toBe('Hög');
    expect(heatMapCell(map, 1, 1)?.count).toBe(1);
    expect(heatMapCell(map, 5, 1)).toBeNull();
    expect([map.scored, map.unscored, map.offScale, map.basis, map.matrixVersion]).toEqual([3, 1, 1, 'inherent', 1]);
  });

  it('counts residual risks separately', () => {
    const map = heatMap(risks, DEFAULT_MATRIX, 'residual');
    expect(heatMapCell(map, 1, 2)?.count).toBe(2);
    expect(heatMapCell(map, 3, 4)?.count).toBe(0);
    expect([map.scored, map.unscored, map.offScale]).toEqual([2, 3, 0]);
  });

  it('filters by cell', () => {
    expect(risks.filter((r) => isInCell(r, 'inherent', 3, 4))).toHaveLength(2);
    expect(risks.filter((r) => isInCell(r, 'residual', 3, 4))).toHaveLength(0);
  });

  it('sum of cells = scored risks, on every matrix size (property)', () => {
    const assessmentArb = fc.option(fc.record({ likelihood: fc.integer({ min: 0, max: 7 }), consequence: fc.integer({ min: 0, max: 7 }), motivering: fc.constant('') }));
    fc.assert(
      fc.property(validMatrixArb, fc.array(fc.tuple(assessmentArb, assessmentArb), { maxLength: 60 }), fc.constantFrom('inherent' as const, 'residual' as const), (matrix, pairs, basis) => {
        const list = pairs.map(([inherent, residual]) => makeRisk({ inherent, residual }));
        const map = heatMap(list, matrix, basis);
        const sum = map.cells.reduce((total, cell) => total + cell.count, 0);
        expect(map.cells).toHaveLength(matrix.likelihood.length * matrix.consequence.length);
        expect(sum).toBe(map.scored);
        expect(map.scored + map.unscored + map.offScale).toBe(list.length);
        const onScale = list.filter((r) => {
          const a = r[basis];
          return a !== null && a.likelihood >= 1 && a.consequence >= 1 && a.likelihood <= matrix.likelihood.length && a.consequence <= matrix.consequence.length;
        });
        expect(map.scored).toBe(onScale.length);
        for (const cell of map.cells) {
          expect(cell.count).toBe(list.filter((r) => isInCell(r, basis, cell.likelihood, cell.consequence)).length);
          expect(cell.level).not.toBeNull();
        }
      })
    );
  });
});

describe('heatMap on an invalid matrix', () => {
  it('still counts, with no level for an uncovered value', () => {
    const matrix = { ...DEFAULT_MATRIX, levels: DEFAULT_MATRIX.levels.filter((l) => l.key !== 'extremtHog') };
    const map = heatMap([makeRisk({ inherent: assess(4, 4) })], matrix, 'inherent');
    expect(heatMapCell(map, 4, 4)).toMatchObject({ count: 1, level: null });
    expect(map.scored).toBe(1);
  });
});
