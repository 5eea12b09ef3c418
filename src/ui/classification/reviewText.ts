import type { ReviewStatus } from '../../domain/classification';
import type { Strings } from '../strings';

/** The next review as text: the date, and in words whether it is overdue or due soon ("2027-01-15 (försenad)"). */
export function reviewText(strings: Strings, date: string | null, state: ReviewStatus): string {
  const s = strings.classification;
  if (!date) return s.noReviewDate;
  if (state === 'overdue' || state === 'dueSoon') return s.reviewCell(date, s.review[state]);
  return date;
}
