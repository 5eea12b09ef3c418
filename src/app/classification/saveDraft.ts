import { assertEditable, type ClassificationObject } from '../../domain/classification';
import { ValidationError } from '../../domain/shared/Validation';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { ClassificationServices } from './ClassificationServices';
import { draftIssues } from './draftIssues';
import { withoutStoreFields } from './storeFields';

function trimmed(object: ClassificationObject): ClassificationObject {
  return {
    ...object,
    name: object.name.trim().replace(/\s+/g, ' '),
    description: object.description.trim(),
    sets: object.sets.map((set) => ({ ...set, name: set.name.trim().replace(/\s+/g, ' ') })),
  };
}

/** Stores a new klassningsobjekt as a draft (version 1). Throws ValidationError with every issue (see draftIssues). */
export async function createClassification(
  services: Pick<ClassificationServices, 'classifications'>,
  object: ClassificationObject,
): Promise<StoredClassification> {
  const clean = trimmed({ ...withoutStoreFields(object), status: 'draft', approvedBy: null, approvedAt: null });
  const issues = draftIssues(clean);
  if (issues.length > 0) throw new ValidationError(issues);
  return services.classifications.create(clean);
}

/**
 * Saves an edited draft over the stored one if nobody else saved it meanwhile (ConflictError otherwise).
 * Refuses an approved version (`status: notDraft`): changes to it start a new version.
 */
export async function saveDraft(
  services: Pick<ClassificationServices, 'classifications'>,
  existing: Pick<StoredClassification, 'id' | 'etag' | 'status'>,
  object: ClassificationObject,
): Promise<StoredClassification> {
  assertEditable(existing);
  assertEditable(object);
  const clean = trimmed(withoutStoreFields(object));
  const issues = draftIssues(clean);
  if (issues.length > 0) throw new ValidationError(issues);
  return services.classifications.update(existing.id, existing.etag, clean);
}
