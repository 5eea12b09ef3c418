import { formatProfile, effectiveProfile, reviewStatus, type ClassificationStatus, type ReviewStatus } from '../../domain/classification';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';

export interface ClassificationQuery {
  text: string;
  ownerUnitId: string | 'all';
  status: ClassificationStatus | 'all';
  review: ReviewStatus | 'all';
}

export const EMPTY_QUERY: ClassificationQuery = { text: '', ownerUnitId: 'all', status: 'all', review: 'all' };

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

/**
 * The objects matching the filters, sorted by name (Swedish collation). Free text matches the name, the description,
 * the profile (`K3`) and the names of the information sets; review state is read on `today` (Stockholm calendar).
 */
export function filterClassifications(
  items: readonly StoredClassification[],
  query: ClassificationQuery,
  today: Date,
): StoredClassification[] {
  const text = normalise(query.text);
  return items
    .filter((o) => query.ownerUnitId === 'all' || o.ownerUnitId === query.ownerUnitId)
    .filter((o) => query.status === 'all' || o.status === query.status)
    .filter((o) => query.review === 'all' || reviewStatus(o, today) === query.review)
    .filter((o) => {
      if (!text) return true;
      const haystack = [o.name, o.description, formatProfile(effectiveProfile(o)), ...o.sets.map((s) => s.name)].join(' ');
      return normalise(haystack).indexOf(text) >= 0;
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'sv-SE'));
}
