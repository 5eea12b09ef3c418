import { startNewVersion } from '../../domain/classification';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { ClassificationServices } from './ClassificationServices';
import { withoutStoreFields } from './storeFields';

/**
 * Starts version N + 1 of an approved classification as a draft. The approved version stays in the history
 * (its snapshot was written at approval); the object now holds the new draft.
 */
export function startNewClassificationVersion(
  services: Pick<ClassificationServices, 'classifications'>,
  stored: StoredClassification,
): Promise<StoredClassification> {
  const draft = startNewVersion(withoutStoreFields(stored));
  return services.classifications.update(stored.id, stored.etag, draft);
}
