import type { Assessment } from './Risk';
import type { RiskLevelDefinition, RiskMatrix } from './RiskMatrix';

/** A scored assessment: R = S × K and the matrix level it falls in. */
export interface RiskScore {
  likelihood: number;
  consequence: number;
  value: number;
  level: RiskLevelDefinition;
}

/** True when `value` is a step of a scale with `size` levels (an integer 1..size). */
export function isOnScale(value: number, size: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= size;
}

/** True when both parts of the assessment are steps of the matrix' scales. */
export function isAssessmentOnMatrix(matrix: RiskMatrix, assessment: Pick<Assessment, 'likelihood' | 'consequence'>): boolean {
  return isOnScale(assessment.likelihood, matrix.likelihood.length) && isOnScale(assessment.consequence, matrix.consequence.length);
}

/** The level whose [min, max] contains `value`, or null when none does (an invalid matrix or value). */
export function riskLevelFor(matrix: RiskMatrix, value: number): RiskLevelDefinition | null {
  for (const level of matrix.levels) if (value >= level.min && value <= level.max) return level;
  return null;
}

/** The level with `key`, or null. */
export function riskLevelByKey(matrix: RiskMatrix, key: string): RiskLevelDefinition | null {
  for (const level of matrix.levels) if (level.key === key) return level;
  return null;
}

/**
 * Scores an assessment on a matrix. Throws a RangeError when a value is not a step of the matrix' scales or the
 * product falls in no level (use `validateMatrix` / `isAssessmentOnMatrix` first where input may be off-scale).
 */
export function scoreRisk(matrix: RiskMatrix, assessment: Pick<Assessment, 'likelihood' | 'consequence'>): RiskScore {
  if (!isAssessmentOnMatrix(matrix, assessment)) {
    throw new RangeError(
      `Assessment S=${assessment.likelihood} K=${assessment.consequence} is not on a ${matrix.likelihood.length}×${matrix.consequence.length} matrix`
    );
  }
  const value = assessment.likelihood * assessment.consequence;
  const level = riskLevelFor(matrix, value);
  if (!level) throw new RangeError(`No level of matrix version ${matrix.version} covers ${value}`);
  return { likelihood: assessment.likelihood, consequence: assessment.consequence, value, level };
}

/** Scores an assessment, or null when it is missing or not on the matrix (never throws). */
export function tryScore(matrix: RiskMatrix, assessment: Pick<Assessment, 'likelihood' | 'consequence'> | null): RiskScore | null {
  if (!assessment || !isAssessmentOnMatrix(matrix, assessment)) return null;
  const value = assessment.likelihood * assessment.consequence;
  const level = riskLevelFor(matrix, value);
  return level ? { likelihood: assessment.likelihood, consequence: assessment.consequence, value, level } : null;
}

/** The assessment that decides a risk's current level and acceptance: residual if present, else inherent. */
export function currentAssessment<T extends { inherent: Assessment | null; residual: Assessment | null }>(risk: T): Assessment | null {
  return risk.residual ?? risk.inherent;
}
