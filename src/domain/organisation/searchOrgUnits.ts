import type { OrgUnit, OrgUnitKind } from './OrgUnit';

export interface OrgUnitQuery {
  text: string;
  kind: OrgUnitKind | 'all';
  includeInactive: boolean;
}

function fold(value: string): string {
  return value.toLocaleLowerCase('sv-SE');
}

/**
 * Filters the register for the list view: free text over name, representatives and security contact (names and
 * e-mail), by kind, active only unless asked. Result sorted by name in Swedish collation (å, ä, ö last).
 */
export function searchOrgUnits(units: readonly OrgUnit[], query: OrgUnitQuery): OrgUnit[] {
  const terms = fold(query.text).split(/\s+/).filter(Boolean);
  const collator = new Intl.Collator('sv-SE');
  return units
    .filter((u) => (query.includeInactive || u.active) && (query.kind === 'all' || u.kind === query.kind))
    .filter((u) => {
      if (terms.length === 0) return true;
      const people = [...u.representatives, ...(u.securityContact ? [u.securityContact] : [])];
      const haystack = fold([u.name, ...people.map((p) => `${p.displayName} ${p.email}`)].join(' '));
      return terms.every((t) => haystack.includes(t));
    })
    .sort((a, b) => collator.compare(a.name, b.name));
}
