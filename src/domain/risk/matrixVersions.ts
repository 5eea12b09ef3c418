import { isValidEmail, type Person } from '../shared/Person';
import { ValidationError, type ValidationIssue } from '../shared/Validation';
import type { RiskMatrix, RiskMatrixChanges } from './RiskMatrix';
import { validateMatrix } from './validateMatrix';

function copyMatrix(matrix: RiskMatrix): RiskMatrix {
  return {
    version: matrix.version,
    name: matrix.name,
    likelihood: matrix.likelihood.map((s) => ({ ...s })),
    consequence: matrix.consequence.map((s) => ({ ...s })),
    levels: matrix.levels.map((l) => ({ ...l })),
    createdBy: { ...matrix.createdBy },
    createdAt: matrix.createdAt,
  };
}

function creatorIssues(by: Person): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!by.displayName || !by.displayName.trim()) issues.push({ field: 'createdBy.displayName', code: 'required' });
  if (!by.email || !by.email.trim()) issues.push({ field: 'createdBy.email', code: 'required' });
  else if (!isValidEmail(by.email)) issues.push({ field: 'createdBy.email', code: 'invalidEmail' });
  return issues;
}

/**
 * The next version of the matrix: `previous` with `changes` applied, version + 1, created by `by` at `at`. Texts are
 * trimmed; scale steps are numbered 1..n in the order given; levels keep their order (so issue paths match the editor). `previous` (and every older version) is never modified: versions are
 * write-once, and risks keep the version they were scored with until an explicit rescore. Throws a ValidationError
 * with every issue (see `validateMatrix`) when the result is not a valid matrix.
 */
export function newMatrixVersion(previous: RiskMatrix, changes: RiskMatrixChanges, by: Person, at: Date): RiskMatrix {
  if (isNaN(at.getTime())) throw new RangeError('Invalid time');
  const base = copyMatrix(previous);
  const next: RiskMatrix = {
    version: previous.version + 1,
    name: (changes.name ?? base.name).trim(),
    likelihood: (changes.likelihood ?? base.likelihood).map((s, i) => ({ value: i + 1, label: s.label.trim(), description: s.description.trim() })),
    consequence: (changes.consequence ?? base.consequence).map((s, i) => ({ value: i + 1, label: s.label.trim(), description: s.description.trim() })),
    levels: (changes.levels ?? base.levels)
      .map((l) => ({ ...l, key: l.key.trim(), label: l.label.trim(), description: l.description.trim(), colour: l.colour.trim(), textColour: l.textColour.trim() })),
    createdBy: { displayName: by.displayName.trim(), email: by.email.trim() },
    createdAt: at.toISOString(),
  };
  const issues = [...validateMatrix(next), ...creatorIssues(by)];
  if (issues.length > 0) throw new ValidationError(issues);
  return next;
}

/** The matrix with `version`, or null. */
export function matrixByVersion(matrices: readonly RiskMatrix[], version: number): RiskMatrix | null {
  for (const matrix of matrices) if (matrix.version === version) return matrix;
  return null;
}

/** The highest version, or null for none. */
export function latestMatrix(matrices: readonly RiskMatrix[]): RiskMatrix | null {
  let latest: RiskMatrix | null = null;
  for (const matrix of matrices) if (!latest || matrix.version > latest.version) latest = matrix;
  return latest;
}
