import { approveClassification, DEFAULT_REVIEW_INTERVAL_MONTHS } from '../../domain/classification';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { ClassificationServices } from './ClassificationServices';
import { withoutStoreFields } from './storeFields';

/**
 * The owner's representative (the signed-in user) approves a draft now. The object is saved as approved first (its
 * etag guards against a concurrent edit: ConflictError), then the write-once snapshot of the version is added to the
 * history. Throws ValidationError with every issue when the draft is not ready (see approvalIssues).
 * The next review falls `services.settings.reviewIntervalMonths` after the approval (default 12).
 */
export async function approveDraft(services: ClassificationServices, stored: StoredClassification): Promise<StoredClassification> {
  const reviewIntervalMonths = services.settings?.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS;
  const approved = approveClassification(withoutStoreFields(stored), services.currentUser, services.now(), reviewIntervalMonths);
  const saved = await services.classifications.update(stored.id, stored.etag, approved);
  await services.classifications.addVersion({
    objectId: stored.id,
    version: approved.version,
    snapshot: withoutStoreFields(approved),
    approvedBy: approved.approvedBy ?? services.currentUser,
    approvedAt: approved.approvedAt ?? services.now().toISOString(),
  });
  return saved;
}
