import type { OrgUnit, OrgUnitDraft, OrgUnitKind } from '../../domain/organisation';
import type { Person } from '../../domain/shared/Person';

/** What the panel edits: like a draft, but the security contact is always two (possibly empty) fields. */
export interface OrgUnitForm {
  name: string;
  kind: OrgUnitKind;
  parentId: string | null;
  representatives: Person[];
  securityContact: Person;
  active: boolean;
}

export function emptyForm(): OrgUnitForm {
  return {
    name: '',
    kind: 'namnd',
    parentId: null,
    representatives: [{ displayName: '', email: '' }],
    securityContact: { displayName: '', email: '' },
    active: true,
  };
}

export function formFromUnit(unit: OrgUnit): OrgUnitForm {
  return {
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    representatives: unit.representatives.map((p) => ({ ...p })),
    securityContact: unit.securityContact ? { ...unit.securityContact } : { displayName: '', email: '' },
    active: unit.active,
  };
}

function isBlank(p: Person): boolean {
  return !p.displayName.trim() && !p.email.trim();
}

/**
 * Drops representative rows the user left completely empty, as the save use case does, so that the positions in
 * validation issues (`representatives.1.email`) point at the rows on screen.
 */
export function withoutBlankRows(form: OrgUnitForm): OrgUnitForm {
  return { ...form, representatives: form.representatives.filter((p) => !isBlank(p)) };
}

export function draftFromForm(form: OrgUnitForm): OrgUnitDraft {
  return {
    name: form.name,
    kind: form.kind,
    parentId: form.parentId,
    representatives: form.representatives.map((p) => ({ ...p })),
    securityContact: isBlank(form.securityContact) ? null : { ...form.securityContact },
    active: form.active,
  };
}

/** Element ids of the form's inputs, by validation field path, in on-screen order (for focusing the first error). */
export function fieldInputId(field: string): string {
  return `lis-org-${field.replace(/\./g, '-')}`;
}

export function fieldOrder(form: OrgUnitForm): string[] {
  const order = ['name', 'kind', 'parentId'];
  form.representatives.forEach((_p, i) => order.push(`representatives.${i}.displayName`, `representatives.${i}.email`));
  order.push('securityContact.displayName', 'securityContact.email', 'active');
  return order;
}
