import type { StoredActionPlanEntry } from '../../data/ports/ActionPlanRepository';
import { validateActionPlanEntry, type ActionPlanEntry } from '../../domain/requirements';
import { normaliseEmail } from '../../domain/shared/Person';
import { ValidationError } from '../../domain/shared/Validation';
import type { RequirementServices } from './deps';

/** Trims texts, lower-cases the e-mail and turns an empty responsible person into none. */
export function normaliseEntry(entry: ActionPlanEntry): ActionPlanEntry {
  const person = entry.responsible;
  const noPerson = !person || (!person.displayName.trim() && !person.email.trim());
  const targetDate = entry.targetDate && entry.targetDate.trim() ? entry.targetDate.trim() : null;
  return {
    requirementCode: entry.requirementCode,
    status: entry.status,
    reason: entry.reason.trim(),
    how: entry.how.trim(),
    responsible: noPerson ? null : { displayName: person.displayName.trim().replace(/\s+/g, ' '), email: normaliseEmail(person.email) },
    targetDate,
  };
}

/**
 * Saves one handlingsplan row after checking its rules (ej tillämpligt needs a reason, a real date, a reachable
 * person): ValidationError with every issue; ConflictError when someone else saved the row since `etag`.
 */
export async function updatePlanEntry(
  services: Pick<RequirementServices, 'actionPlans'>,
  objectId: string,
  entry: ActionPlanEntry,
  etag: string
): Promise<StoredActionPlanEntry> {
  const clean = normaliseEntry(entry);
  const issues = validateActionPlanEntry(clean);
  if (issues.length > 0) throw new ValidationError(issues);
  return services.actionPlans.updateEntry(objectId, clean, etag);
}
