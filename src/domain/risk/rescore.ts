import type { Assessment, Risk } from './Risk';
import type { RiskMatrix } from './RiskMatrix';
import { tryScore } from './scoreRisk';

/**
 * How values move between scales of different sizes: `scale` maps the ends onto the ends and rounds proportionally
 * in between (1→1, n→m); `clamp` keeps the value and caps it at the new size. Equal sizes keep every value.
 */
export type RescoreMode = 'scale' | 'clamp';

/** A value `value` of a scale with `fromSize` steps on a scale with `toSize` steps. */
export function mapScaleValue(value: number, fromSize: number, toSize: number, mode: RescoreMode = 'scale'): number {
  if (fromSize === toSize) return value;
  if (mode === 'clamp') return Math.max(1, Math.min(value, toSize));
  if (fromSize <= 1) return 1;
  const mapped = Math.round(((value - 1) * (toSize - 1)) / (fromSize - 1)) + 1;
  return Math.max(1, Math.min(mapped, toSize));
}

export interface ScoredValue {
  likelihood: number;
  consequence: number;
  value: number;
  /** null when the values fall in no level of that matrix. */
  levelKey: string | null;
  levelLabel: string | null;
}

/** One assessment whose values or level changed in the rescore. */
export interface RescoreChange {
  /** Position of the risk in the input. */
  index: number;
  basis: 'inherent' | 'residual';
  before: ScoredValue;
  after: ScoredValue;
}

export interface RescoreResult<T extends Risk> {
  /** Copies of the input with assessments on the new matrix' scales; unchanged risks are the same objects. */
  risks: T[];
  /** What changed, in input order (inherent before residual). Empty when nothing moved. */
  changes: RescoreChange[];
}

function scored(matrix: RiskMatrix, likelihood: number, consequence: number): ScoredValue {
  const score = tryScore(matrix, { likelihood, consequence });
  return { likelihood, consequence, value: likelihood * consequence, levelKey: score?.level.key ?? null, levelLabel: score?.level.label ?? null };
}

/**
 * The explicit rescore of an analysis' risks from matrix `from` to matrix `to` (usually the latest version). Values are
 * mapped scale by scale (see `RescoreMode`) and every assessment whose S, K, value or level changes is reported.
 * Nothing is rescored implicitly: a new matrix version leaves risks alone until this runs; the caller saves the
 * result and the analysis' new `matrixVersion`. A change of S or K voids an acceptance (see `acceptanceState`).
 */
export function rescoreAnalysis<T extends Risk>(risks: readonly T[], from: RiskMatrix, to: RiskMatrix, mode: RescoreMode = 'scale'): RescoreResult<T> {
  const changes: RescoreChange[] = [];
  const result = risks.map((risk, index) => {
    let next = risk;
    for (const basis of ['inherent', 'residual'] as const) {
      const assessment: Assessment | null = risk[basis];
      if (!assessment) continue;
      const likelihood = mapScaleValue(assessment.likelihood, from.likelihood.length, to.likelihood.length, mode);
      const consequence = mapScaleValue(assessment.consequence, from.consequence.length, to.consequence.length, mode);
      const before = scored(from, assessment.likelihood, assessment.consequence);
      const after = scored(to, likelihood, consequence);
      const moved = likelihood !== assessment.likelihood || consequence !== assessment.consequence;
      if (moved || before.levelKey !== after.levelKey || before.levelLabel !== after.levelLabel) changes.push({ index, basis, before, after });
      if (moved) next = { ...next, [basis]: { ...assessment, likelihood, consequence } };
    }
    return next;
  });
  return { risks: result, changes };
}
