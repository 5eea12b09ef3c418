import type { Aspect } from '../../domain/classification';
import type { Requirement, RequirementKind } from '../../domain/requirements';

export interface CatalogueQuery {
  text: string;
  kind: RequirementKind | 'all';
  aspect: Aspect | 'all';
  baseline: 'all' | 'yes' | 'no';
}

/** The requirements matching a search (code, title, ÄR/SKA text, reference; case-insensitive) and the filters. */
export function filterCatalogue<R extends Requirement>(catalogue: readonly R[], query: CatalogueQuery): R[] {
  const words = query.text.trim().toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  return catalogue.filter((r) => {
    if (query.kind !== 'all' && r.kind !== query.kind) return false;
    if (query.aspect !== 'all' && r.aspects.indexOf(query.aspect) < 0) return false;
    if (query.baseline === 'yes' && !r.baseline) return false;
    if (query.baseline === 'no' && r.baseline) return false;
    if (words.length === 0) return true;
    const haystack = `${r.code} ${r.title} ${r.isText} ${r.skaText} ${r.reference}`.toLocaleLowerCase('sv');
    return words.every((w) => haystack.indexOf(w) >= 0);
  });
}
