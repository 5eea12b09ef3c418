import { isValidEmail, normaliseEmail, type Person } from '../shared/Person';
import type { ValidationIssue } from '../shared/Validation';
import { isOrgUnitKind, type OrgUnit, type OrgUnitDraft } from './OrgUnit';
import { wouldCreateCycle } from './hierarchy';

export const MAX_NAME_LENGTH = 255;
export const MAX_EMAIL_LENGTH = 254;

/** Names compare trimmed, case- and whitespace-insensitively ("Kultur- och fritidsnämnden" = "kultur-  och Fritidsnämnden"). */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

function validatePerson(person: Person, field: string, requireName: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const name = person.displayName.trim();
  const email = person.email.trim();
  if (requireName && !name) issues.push({ field: `${field}.displayName`, code: 'required' });
  if (name.length > MAX_NAME_LENGTH) {
    issues.push({ field: `${field}.displayName`, code: 'tooLong', params: { max: MAX_NAME_LENGTH } });
  }
  if (!email) issues.push({ field: `${field}.email`, code: 'required' });
  else if (email.length > MAX_EMAIL_LENGTH || !isValidEmail(email)) issues.push({ field: `${field}.email`, code: 'invalidEmail' });
  return issues;
}

/**
 * Every rule for an org unit, checked against the other units in the register.
 * `id` is the unit being edited (undefined when creating).
 */
export function validateOrgUnit(draft: OrgUnitDraft, allUnits: readonly OrgUnit[], id?: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const name = draft.name.trim();

  if (!name) issues.push({ field: 'name', code: 'required' });
  else if (name.length > MAX_NAME_LENGTH) issues.push({ field: 'name', code: 'tooLong', params: { max: MAX_NAME_LENGTH } });
  else if (draft.active) {
    const key = nameKey(name);
    const clash = allUnits.find((u) => u.active && u.id !== id && nameKey(u.name) === key);
    if (clash) issues.push({ field: 'name', code: 'nameTaken', params: { name: clash.name } });
  }

  if (!isOrgUnitKind(draft.kind)) issues.push({ field: 'kind', code: 'invalidChoice' });

  if (draft.parentId !== null) {
    const parent = allUnits.find((u) => u.id === draft.parentId);
    if (id !== undefined && draft.parentId === id) issues.push({ field: 'parentId', code: 'parentSelf' });
    else if (!parent) issues.push({ field: 'parentId', code: 'parentMissing' });
    else if (id !== undefined && wouldCreateCycle(id, draft.parentId, allUnits)) {
      issues.push({ field: 'parentId', code: 'parentCycle', params: { name: parent.name } });
    } else if (draft.active && !parent.active) issues.push({ field: 'parentId', code: 'parentInactive', params: { name: parent.name } });
  }

  const seen = new Set<string>();
  draft.representatives.forEach((person, index) => {
    const field = `representatives.${index}`;
    issues.push(...validatePerson(person, field, true));
    const key = normaliseEmail(person.email);
    if (key && seen.has(key)) issues.push({ field: `${field}.email`, code: 'duplicatePerson' });
    seen.add(key);
  });

  if (draft.securityContact) issues.push(...validatePerson(draft.securityContact, 'securityContact', true));

  if (!draft.active && id !== undefined) {
    const children = allUnits.filter((u) => u.active && u.parentId === id && u.id !== id);
    if (children.length > 0) {
      issues.push({ field: 'active', code: 'hasActiveChildren', params: { names: children.map((c) => c.name).join(', ') } });
    }
  }
  return issues;
}
