import { validateOrgUnit, type OrgUnit, type OrgUnitDraft } from '../../domain/organisation';
import { normaliseEmail, type Person } from '../../domain/shared/Person';
import { ValidationError } from '../../domain/shared/Validation';
import type { Services } from '../Services';

function cleanPerson(p: Person): Person {
  return { displayName: p.displayName.trim().replace(/\s+/g, ' '), email: normaliseEmail(p.email) };
}

/** Trims names, lower-cases e-mail addresses and drops fully empty representative rows. */
export function normaliseDraft(draft: OrgUnitDraft): OrgUnitDraft {
  const contact = draft.securityContact;
  const contactEmpty = !contact || (!contact.displayName.trim() && !contact.email.trim());
  return {
    ...draft,
    name: draft.name.trim().replace(/\s+/g, ' '),
    representatives: draft.representatives
      .filter((p) => p.displayName.trim() || p.email.trim())
      .map(cleanPerson),
    securityContact: contactEmpty ? null : cleanPerson(contact),
  };
}

/**
 * Creates (no `existing`) or updates a unit after checking every rule against the current register.
 * Throws ValidationError with all issues; ConflictError when someone else saved the unit meanwhile.
 */
export async function saveOrgUnit(
  services: Pick<Services, 'orgUnits'>,
  draft: OrgUnitDraft,
  existing?: Pick<OrgUnit, 'id' | 'etag'>,
): Promise<OrgUnit> {
  const clean = normaliseDraft(draft);
  const { units } = await services.orgUnits.list();
  const issues = validateOrgUnit(clean, units, existing?.id);
  if (issues.length > 0) throw new ValidationError(issues);
  return existing
    ? services.orgUnits.update(existing.id, existing.etag, clean)
    : services.orgUnits.create(clean);
}
