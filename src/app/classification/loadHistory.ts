import { diffClassification, type HistoryEntry } from '../../domain/classification';
import type { ClassificationVersion } from '../../data/ports/ClassificationRepository';
import type { ClassificationServices } from './ClassificationServices';

export interface HistoryVersion {
  version: ClassificationVersion;
  /** What changed since the previous approved version; empty for the first one. */
  changes: HistoryEntry[];
}

/** Ignored in the history's diffs: approval bookkeeping that changes with every version. */
const BOOKKEEPING = ['status', 'version', 'approvedBy', 'approvedAt', 'nextReviewDate'];

/** The approved versions of an object, newest first, each with the changes since the one before. */
export async function loadHistory(
  services: Pick<ClassificationServices, 'classifications'>,
  objectId: string,
): Promise<HistoryVersion[]> {
  const versions = await services.classifications.listVersions(objectId);
  const history = versions.map((version, index) => ({
    version,
    changes:
      index === 0
        ? []
        : diffClassification(versions[index - 1].snapshot, version.snapshot).filter((c) => BOOKKEEPING.indexOf(c.field) < 0),
  }));
  return history.reverse();
}
