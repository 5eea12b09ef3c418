import type { Assessment, Risk } from './Risk';
import type { RiskLevelDefinition, RiskMatrix } from './RiskMatrix';
import { isAssessmentOnMatrix, riskLevelFor } from './scoreRisk';

export type HeatMapBasis = 'inherent' | 'residual';

export interface HeatMapCell {
  likelihood: number;
  consequence: number;
  /** S × K. */
  value: number;
  /** null only on an invalid matrix whose levels leave the value uncovered. */
  level: RiskLevelDefinition | null;
  count: number;
}

export interface HeatMap {
  basis: HeatMapBasis;
  matrixVersion: number;
  /** Display order: highest likelihood first (top row), consequence ascending within a row. */
  cells: HeatMapCell[];
  /** Risks counted in a cell; always the sum of the cells' counts. */
  scored: number;
  /** Risks without that assessment. */
  unscored: number;
  /** Risks whose assessment is not on this matrix' scales (scored with another version). */
  offScale: number;
}

/** Counts risks per cell of the matrix for their inherent or residual assessment. */
export function heatMap(risks: readonly Pick<Risk, 'inherent' | 'residual'>[], matrix: RiskMatrix, basis: HeatMapBasis): HeatMap {
  const rows = matrix.likelihood.length;
  const cols = matrix.consequence.length;
  const counts = new Array<number>(rows * cols).fill(0);
  let unscored = 0;
  let offScale = 0;
  for (const risk of risks) {
    const assessment: Assessment | null = risk[basis];
    if (!assessment) unscored++;
    else if (!isAssessmentOnMatrix(matrix, assessment)) offScale++;
    else counts[(assessment.likelihood - 1) * cols + (assessment.consequence - 1)]++;
  }
  const cells: HeatMapCell[] = [];
  for (let s = rows; s >= 1; s--) {
    for (let k = 1; k <= cols; k++) {
      const value = s * k;
      cells.push({ likelihood: s, consequence: k, value, level: riskLevelFor(matrix, value), count: counts[(s - 1) * cols + (k - 1)] });
    }
  }
  return { basis, matrixVersion: matrix.version, cells, scored: risks.length - unscored - offScale, unscored, offScale };
}

/** The cell at likelihood `likelihood` and consequence `consequence`, or null outside the matrix. */
export function heatMapCell(map: HeatMap, likelihood: number, consequence: number): HeatMapCell | null {
  for (const cell of map.cells) if (cell.likelihood === likelihood && cell.consequence === consequence) return cell;
  return null;
}

/** True when the risk's assessment on `basis` lies in that cell (for filtering a list by a clicked cell). */
export function isInCell(risk: Pick<Risk, 'inherent' | 'residual'>, basis: HeatMapBasis, likelihood: number, consequence: number): boolean {
  const assessment = risk[basis];
  return assessment !== null && assessment.likelihood === likelihood && assessment.consequence === consequence;
}
