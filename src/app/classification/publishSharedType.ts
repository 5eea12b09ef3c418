import { validateSharedInformationType } from '../../domain/classification';
import { ValidationError } from '../../domain/shared/Validation';
import type {
  SharedInformationTypeDraft,
  StoredSharedInformationType,
} from '../../data/ports/SharedInformationTypeRepository';
import type { SharedTypeServices } from './ClassificationServices';

/**
 * The coordinator publishes (no `existing`) or edits an organisation-wide information type. The same rules as for an
 * information set apply (name, a level and a motivering per aspect): ValidationError with every issue; ConflictError
 * when someone else saved the type meanwhile.
 */
export async function publishSharedType(
  services: SharedTypeServices,
  draft: SharedInformationTypeDraft,
  existing?: Pick<StoredSharedInformationType, 'id' | 'etag'>,
): Promise<StoredSharedInformationType> {
  const clean: SharedInformationTypeDraft = { ...draft, name: draft.name.trim().replace(/\s+/g, ' '), description: draft.description.trim() };
  const issues = validateSharedInformationType({ ...clean, id: existing?.id ?? 'new' });
  if (issues.length > 0) throw new ValidationError(issues);
  return existing
    ? services.sharedInformationTypes.update(existing.id, existing.etag, clean)
    : services.sharedInformationTypes.create(clean);
}
