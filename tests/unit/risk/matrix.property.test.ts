import fc from 'fast-check';
import {
  newMatrixVersion,
  reachableProducts,
  riskLevelFor,
  scoreRisk,
  tryScore,
  validateMatrix,
  type RiskMatrix,
} from '../../../src/domain/risk';
import { matrixAndCellArb, validMatrixArb } from './arbitraries';
import { anna, bengt } from './fixtures';

function clone(matrix: RiskMatrix): RiskMatrix {
  return JSON.parse(JSON.stringify(matrix)) as RiskMatrix;
}

describe('risk matrices of every size 3–6 (properties)', () => {
  it('generated covering matrices validate, and each reachable product lies in exactly one level', () => {
    fc.assert(
      fc.property(validMatrixArb, (matrix) => {
        expect(validateMatrix(matrix)).toEqual([]);
        for (const value of reachableProducts(matrix.likelihood.length, matrix.consequence.length)) {
          expect(matrix.levels.filter((l) => value >= l.min && value <= l.max)).toHaveLength(1);
        }
      })
    );
  });

  it('scoring gives R = S × K and the level whose range holds it', () => {
    fc.assert(
      fc.property(matrixAndCellArb, ({ matrix, likelihood, consequence }) => {
        const score = scoreRisk(matrix, { likelihood, consequence });
        expect(score.value).toBe(likelihood * consequence);
        expect(score.level.min).toBeLessThanOrEqual(score.value);
        expect(score.level.max).toBeGreaterThanOrEqual(score.value);
        expect(riskLevelFor(matrix, score.value)).toBe(score.level);
        expect(tryScore(matrix, { likelihood, consequence })).toEqual(score);
      })
    );
  });

  it('a higher likelihood or consequence never lowers the level', () => {
    fc.assert(
      fc.property(matrixAndCellArb, ({ matrix, likelihood, consequence }) => {
        const rank = (s: number, k: number): number => matrix.levels.indexOf(scoreRisk(matrix, { likelihood: s, consequence: k }).level);
        if (likelihood < matrix.likelihood.length) expect(rank(likelihood + 1, consequence)).toBeGreaterThanOrEqual(rank(likelihood, consequence));
        if (consequence < matrix.consequence.length) expect(rank(likelihood, consequence + 1)).toBeGreaterThanOrEqual(rank(likelihood, consequence));
      })
    );
  });

  it('off-scale values throw in scoreRisk and give null in tryScore', () => {
    fc.assert(
      fc.property(validMatrixArb, fc.oneof(fc.integer({ min: -3, max: 0 }), fc.integer({ min: 7, max: 12 }), fc.constant(1.5)), (matrix, bad) => {
        expect(() => scoreRisk(matrix, { likelihood: bad, consequence: 1 })).toThrow(RangeError);
        expect(() => scoreRisk(matrix, { likelihood: 1, consequence: bad })).toThrow(RangeError);
        expect(tryScore(matrix, { likelihood: bad, consequence: 1 })).toBeNull();
      })
    );
  });

  it('removing any level leaves a gap for each reachable product it held (when it held one)', () => {
    fc.assert(
      fc.property(validMatrixArb, fc.nat(), (matrix, pick) => {
        if (matrix.levels.length < 2) return;
        const index = pick % matrix.levels.length;
        const removed = matrix.levels[index];
        const m = clone(matrix);
        m.levels.splice(index, 1);
        const held = reachableProducts(m.likelihood.length, m.consequence.length).filter((v) => v >= removed.min && v <= removed.max);
        const gaps = validateMatrix(m).filter((i) => i.code === 'levelGap').map((i) => i.params?.value);
        expect(gaps).toEqual(held);
      })
    );
  });

  it('stretching a level into its neighbour is always an overlap', () => {
    fc.assert(
      fc.property(validMatrixArb, fc.nat(), (matrix, pick) => {
        if (matrix.levels.length < 2) return;
        const index = pick % (matrix.levels.length - 1);
        const m = clone(matrix);
        m.levels[index].max = m.levels[index + 1].min;
        expect(validateMatrix(m)).toContainEqual({ field: `levels.${index + 1}.min`, code: 'levelOverlap', params: { other: m.levels[index].label } });
      })
    );
  });

  it('a scale outside 3–6 steps is always reported', () => {
    fc.assert(
      fc.property(validMatrixArb, fc.oneof(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 7, max: 9 })), (matrix, size) => {
        const m = clone(matrix);
        m.consequence = Array.from({ length: size }, (_, i) => ({ value: i + 1, label: `K${i + 1}`, description: '' }));
        expect(validateMatrix(m)).toContainEqual({ field: 'consequence', code: 'scaleSize', params: { min: 3, max: 6 } });
      })
    );
  });

  it('a new version counts up, applies the changes and never changes the previous version', () => {
    fc.assert(
      fc.property(validMatrixArb, validMatrixArb, fc.boolean(), (previous, proposal, renameOnly) => {
        const before = clone(previous);
        const changes = renameOnly
          ? { name: 'Ny matris' }
          : { likelihood: proposal.likelihood, consequence: proposal.consequence, levels: proposal.levels };
        const next = newMatrixVersion(previous, changes, bengt, new Date('2026-06-01T10:00:00Z'));
        expect(previous).toEqual(before);
        expect(next.version).toBe(previous.version + 1);
        expect(next.createdBy).toEqual(bengt);
        expect(next.createdAt).toBe('2026-06-01T10:00:00.000Z');
        expect(validateMatrix(next)).toEqual([]);
        if (renameOnly) {
          expect(next.name).toBe('Ny matris');
          expect(next.levels).toEqual(previous.levels);
        } else {
          expect(next.levels).toEqual(proposal.levels);
          expect(next.likelihood.length).toBe(proposal.likelihood.length);
        }
        // Editing the new version's arrays afterwards cannot reach the old one either.
        next.levels[0].label = 'Ändrad';
        next.likelihood[0].label = 'Ändrad';
        expect(previous).toEqual(before);
        expect(previous.createdBy).toEqual(anna);
      })
    );
  });
});
