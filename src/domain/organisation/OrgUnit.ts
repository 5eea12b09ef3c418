import type { Person } from '../shared/Person';
import type { Versioned } from '../shared/Versioned';

/** The kinds of org unit in a kommunkoncern. Stored as these ASCII keys; shown through the UI strings. */
export const ORG_UNIT_KINDS = ['namnd', 'styrelse', 'bolag', 'forvaltning'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export function isOrgUnitKind(value: unknown): value is OrgUnitKind {
  return typeof value === 'string' && (ORG_UNIT_KINDS as readonly string[]).indexOf(value) >= 0;
}

/** What a user fills in: an org unit without its stored identity. */
export interface OrgUnitDraft {
  name: string;
  kind: OrgUnitKind;
  /** id of the parent unit, or null for a top-level unit (e.g. kommunstyrelsen, a bolag). */
  parentId: string | null;
  /** The information owner's representatives (förvaltningschef, verksamhetschef, VD …). */
  representatives: Person[];
  /** Contact for information security questions in the unit. */
  securityContact: Person | null;
  active: boolean;
}

export interface OrgUnit extends OrgUnitDraft, Versioned {}

export function emptyOrgUnitDraft(): OrgUnitDraft {
  return { name: '', kind: 'namnd', parentId: null, representatives: [], securityContact: null, active: true };
}

export function toDraft(unit: OrgUnit): OrgUnitDraft {
  return {
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId,
    representatives: unit.representatives.map((p) => ({ ...p })),
    securityContact: unit.securityContact ? { ...unit.securityContact } : null,
    active: unit.active,
  };
}
