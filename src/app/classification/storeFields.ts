import type { ClassificationObject } from '../../domain/classification';
import type { Versioned } from '../../domain/shared/Versioned';

/** The object without the store's identity and concurrency fields: what a repository is asked to save. */
export function withoutStoreFields(object: ClassificationObject & Partial<Versioned>): ClassificationObject {
  const copy: ClassificationObject & Partial<Versioned> = { ...object };
  delete copy.id;
  delete copy.etag;
  delete copy.modified;
  delete copy.modifiedBy;
  return copy;
}
