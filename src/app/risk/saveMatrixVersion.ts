import type { StoredRiskMatrix } from '../../data/ports/RiskMatrixRepository';
import { DEFAULT_MATRIX, newMatrixVersion, type RiskMatrix, type RiskMatrixChanges } from '../../domain/risk';
import type { RiskServices } from './deps';

/** The matrix the coordinator starts from: the latest stored version, or the default (saved as version 1). */
export function matrixBase(latest: RiskMatrix | null): RiskMatrix {
  return latest ?? { ...DEFAULT_MATRIX, version: 0 };
}

/**
 * Saves the coordinator's edit of the matrix as a new version (latest + 1), created by the signed-in user now.
 * ValidationError with every issue when the result is not a valid matrix; ConflictError when someone else saved a
 * version meanwhile (the caller reloads and edits the latest). Older versions, and the analyses scored with them,
 * are never touched.
 */
export async function saveMatrixVersion(
  services: Pick<RiskServices, 'riskMatrices' | 'currentUser' | 'now'>,
  latest: RiskMatrix | null,
  changes: RiskMatrixChanges,
): Promise<StoredRiskMatrix> {
  const next = newMatrixVersion(matrixBase(latest), changes, services.currentUser, services.now());
  return services.riskMatrices.addVersion(next);
}
