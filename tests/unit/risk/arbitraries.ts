import fc from 'fast-check';
import { reachableProducts, type RiskLevelDefinition, type RiskMatrix, type ScaleLevel } from '../../../src/domain/risk';
import { ACCEPTANCE_ROLES } from '../../../src/domain/risk';
import { anna } from './fixtures';

export const scaleSizeArb = fc.integer({ min: 3, max: 6 });

function scale(size: number, name: string): ScaleLevel[] {
  return Array.from({ length: size }, (_, i) => ({ value: i + 1, label: `${name} ${i + 1}`, description: '' }));
}

/** Colour pairs that pass 4.5:1 (checked against known values in colour.test.ts). */
const PALETTE: ReadonlyArray<[string, string]> = [
  ['#2E7D32', '#FFFFFF'],
  ['#FFEB3B', '#000000'],
  ['#F57C00', '#000000'],
  ['#B71C1C', '#FFFFFF'],
  ['#0B5394', '#FFFFFF'],
  ['#FFFFFF', '#000000'],
];

/**
 * A valid matrix of any size 3–6 × 3–6: the reachable products are cut into 1–6 consecutive groups, and each level
 * spans from its first product to just below the next group's first product (the last one to the maximum product).
 */
export const validMatrixArb: fc.Arbitrary<RiskMatrix> = fc
  .tuple(scaleSizeArb, scaleSizeArb)
  .chain(([rows, cols]) => {
    const products = reachableProducts(rows, cols);
    return fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: products.length - 1 }), { maxLength: 5 }),
        fc.array(fc.constantFrom(...ACCEPTANCE_ROLES), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 1, max: 50 })
      )
      .map(([cutsRaw, roles, version]) => {
        const cuts = [0, ...cutsRaw.slice().sort((a, b) => a - b), products.length];
        const levels: RiskLevelDefinition[] = [];
        for (let i = 0; i + 1 < cuts.length; i++) {
          const [colour, textColour] = PALETTE[i % PALETTE.length];
          levels.push({
            key: `l${i}`,
            label: `Nivå ${i + 1}`,
            min: products[cuts[i]],
            max: cuts[i + 1] < products.length ? products[cuts[i + 1]] - 1 : products[products.length - 1],
            colour,
            textColour,
            acceptedBy: roles[i],
            informKommunstyrelsen: i === cuts.length - 2,
            description: '',
          });
        }
        const matrix: RiskMatrix = {
          version,
          name: `Matris ${rows}×${cols}`,
          likelihood: scale(rows, 'S'),
          consequence: scale(cols, 'K'),
          levels,
          createdBy: anna,
          createdAt: '2026-01-01T00:00:00.000Z',
        };
        return matrix;
      });
  });

/** A matrix and an on-scale assessment for it. */
export const matrixAndCellArb = validMatrixArb.chain((matrix) =>
  fc.record({
    matrix: fc.constant(matrix),
    likelihood: fc.integer({ min: 1, max: matrix.likelihood.length }),
    consequence: fc.integer({ min: 1, max: matrix.consequence.length }),
  })
);
