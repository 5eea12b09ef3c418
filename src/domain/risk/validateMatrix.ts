import type { ValidationIssue } from '../shared/Validation';
import { contrastRatio, isHexColour, MIN_TEXT_CONTRAST } from './colour';
import { isAcceptanceRole, MAX_SCALE_LEVELS, MIN_SCALE_LEVELS, type RiskLevelDefinition, type RiskMatrix, type ScaleLevel } from './RiskMatrix';

export const MAX_MATRIX_NAME_LENGTH = 200;
export const MAX_SCALE_LABEL_LENGTH = 100;
export const MAX_MATRIX_DESCRIPTION_LENGTH = 1000;

/** Every product S × K reachable on a `likelihoodSize` × `consequenceSize` matrix, ascending, without duplicates. */
export function reachableProducts(likelihoodSize: number, consequenceSize: number): number[] {
  const products = new Set<number>();
  for (let s = 1; s <= likelihoodSize; s++) for (let k = 1; k <= consequenceSize; k++) products.add(s * k);
  return Array.from(products).sort((a, b) => a - b);
}

function scaleIssues(field: 'likelihood' | 'consequence', scale: readonly ScaleLevel[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (scale.length < MIN_SCALE_LEVELS || scale.length > MAX_SCALE_LEVELS) {
    issues.push({ field, code: 'scaleSize', params: { min: MIN_SCALE_LEVELS, max: MAX_SCALE_LEVELS } });
  }
  scale.forEach((step, i) => {
    if (step.value !== i + 1) issues.push({ field: `${field}.${i}.value`, code: 'invalidChoice', params: { value: String(step.value) } });
    const label = step.label.trim();
    if (!label) issues.push({ field: `${field}.${i}.label`, code: 'required' });
    else if (label.length > MAX_SCALE_LABEL_LENGTH) issues.push({ field: `${field}.${i}.label`, code: 'tooLong', params: { max: MAX_SCALE_LABEL_LENGTH } });
    if (step.description.trim().length > MAX_MATRIX_DESCRIPTION_LENGTH) {
      issues.push({ field: `${field}.${i}.description`, code: 'tooLong', params: { max: MAX_MATRIX_DESCRIPTION_LENGTH } });
    }
  });
  return issues;
}

function hasValidRange(level: RiskLevelDefinition): boolean {
  return Number.isInteger(level.min) && Number.isInteger(level.max) && level.min >= 1 && level.min <= level.max;
}

function levelIssues(level: RiskLevelDefinition, i: number): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = `levels.${i}`;
  if (!level.key.trim()) issues.push({ field: `${at}.key`, code: 'required' });
  const label = level.label.trim();
  if (!label) issues.push({ field: `${at}.label`, code: 'required' });
  else if (label.length > MAX_SCALE_LABEL_LENGTH) issues.push({ field: `${at}.label`, code: 'tooLong', params: { max: MAX_SCALE_LABEL_LENGTH } });
  if (!hasValidRange(level)) issues.push({ field: `${at}.min`, code: 'levelRange' });
  const colourOk = isHexColour(level.colour);
  const textOk = isHexColour(level.textColour);
  if (!colourOk) issues.push({ field: `${at}.colour`, code: 'invalidColour' });
  if (!textOk) issues.push({ field: `${at}.textColour`, code: 'invalidColour' });
  if (colourOk && textOk) {
    const ratio = contrastRatio(level.colour, level.textColour);
    if (ratio < MIN_TEXT_CONTRAST) {
      issues.push({ field: `${at}.textColour`, code: 'lowContrast', params: { ratio: Math.floor(ratio * 100) / 100, min: MIN_TEXT_CONTRAST } });
    }
  }
  if (!isAcceptanceRole(level.acceptedBy)) issues.push({ field: `${at}.acceptedBy`, code: 'invalidChoice' });
  if (level.description.trim().length > MAX_MATRIX_DESCRIPTION_LENGTH) {
    issues.push({ field: `${at}.description`, code: 'tooLong', params: { max: MAX_MATRIX_DESCRIPTION_LENGTH } });
  }
  return issues;
}

/**
 * Rules for a matrix version: a name; 3–6 steps per scale valued 1..n with labels; levels with unique keys, labels,
 * integer ranges [min, max], valid hex colours whose text reaches 4.5:1 contrast and a known acceptance role; no two
 * ranges overlap and every reachable product S × K falls in a level (`levelGap` names each uncovered product).
 */
export function validateMatrix(matrix: RiskMatrix): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const name = matrix.name.trim();
  if (!name) issues.push({ field: 'name', code: 'required' });
  else if (name.length > MAX_MATRIX_NAME_LENGTH) issues.push({ field: 'name', code: 'tooLong', params: { max: MAX_MATRIX_NAME_LENGTH } });
  issues.push(...scaleIssues('likelihood', matrix.likelihood), ...scaleIssues('consequence', matrix.consequence));

  if (matrix.levels.length === 0) {
    issues.push({ field: 'levels', code: 'required' });
    return issues;
  }
  const keys = new Map<string, number>();
  matrix.levels.forEach((level, i) => {
    issues.push(...levelIssues(level, i));
    const key = level.key.trim();
    if (key) {
      if (keys.has(key)) issues.push({ field: `levels.${i}.key`, code: 'duplicateKey', params: { key } });
      else keys.set(key, i);
    }
  });

  const ranged = matrix.levels.map((level, i) => ({ level, i })).filter(({ level }) => hasValidRange(level));
  for (let a = 0; a < ranged.length; a++) {
    for (let b = a + 1; b < ranged.length; b++) {
      const first = ranged[a].level;
      const second = ranged[b].level;
      if (first.min <= second.max && second.min <= first.max) {
        issues.push({ field: `levels.${ranged[b].i}.min`, code: 'levelOverlap', params: { other: first.label.trim() || first.key } });
      }
    }
  }

  const sizesOk = [matrix.likelihood.length, matrix.consequence.length].every((n) => n >= MIN_SCALE_LEVELS && n <= MAX_SCALE_LEVELS);
  if (sizesOk) {
    for (const value of reachableProducts(matrix.likelihood.length, matrix.consequence.length)) {
      if (!ranged.some(({ level }) => value >= level.min && value <= level.max)) issues.push({ field: 'levels', code: 'levelGap', params: { value } });
    }
  }
  return issues;
}
