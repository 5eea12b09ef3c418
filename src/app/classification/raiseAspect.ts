import { setManualRaise, type Aspect, type ManualRaise } from '../../domain/classification';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { ClassificationServices } from './ClassificationServices';
import { withoutStoreFields } from './storeFields';

/**
 * Raises one aspect of a draft above what its information sets give (e.g. for accumulation), with a motivering; null
 * removes the raise. A level below the sets is refused (ValidationError `manualRaises.<aspect>.level: belowAggregate`).
 */
export function raiseAspect(
  services: Pick<ClassificationServices, 'classifications'>,
  stored: StoredClassification,
  aspect: Aspect,
  raise: ManualRaise | null,
): Promise<StoredClassification> {
  const next = setManualRaise(withoutStoreFields(stored), aspect, raise);
  return services.classifications.update(stored.id, stored.etag, next);
}
