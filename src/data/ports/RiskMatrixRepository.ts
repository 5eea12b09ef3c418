import type { RiskMatrix } from '../../domain/risk';
import type { Versioned } from '../../domain/shared/Versioned';
import type { BrokenItem } from './OrgUnitRepository';

/** One version of the municipality's risk matrix as stored (write-once: a new version is a new item). */
export type StoredRiskMatrix = RiskMatrix & Versioned;

export interface RiskMatrixListResult {
  /** Every stored version, oldest (lowest version number) first. */
  items: StoredRiskMatrix[];
  /** Versions that could not be read as a valid matrix (e.g. hand-edited): error rows, never a crash. */
  broken: BrokenItem[];
}

/**
 * The risk matrix port: the versioned matrices risk analyses are scored against. Versions are write-once so that an
 * analysis always shows the scale it was scored with. Adapters: SharePoint list `Lists/LisRiskMatrices` (PnPjs) and
 * the local browser store. Every adapter passes tests/contract/riskRepositories.contract.ts.
 */
export interface RiskMatrixRepository {
  /** Every version, oldest first. */
  list(): Promise<RiskMatrixListResult>;
  /** The version with the highest number that can be read, or null when no matrix is stored yet. */
  latest(): Promise<StoredRiskMatrix | null>;
  /**
   * Stores a new version. Write-once: a version number already stored is a ConflictError (someone else saved a
   * version first: reload and build the change on the latest). Returns the version as stored.
   */
  addVersion(matrix: RiskMatrix): Promise<StoredRiskMatrix>;
}
