import fc from 'fast-check';
import { addMonths, approveClassification, daysBetween, reviewStatus, stockholmDate } from '../../../src/domain/classification';
import { profileArb } from './arbitraries';
import { anna, makeObject, makeSet } from './fixtures';

const instantArb = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true });

describe('approval and review (properties)', () => {
  it('the next review date is N calendar months after the Stockholm approval date, and the review falls due in time', () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 1, max: 36 }), profileArb, (at, months, profile) => {
        const object = makeObject([makeSet('a', profile)], { criticality: { samhallsviktig: false, motivering: 'Nej' } });
        const approved = approveClassification(object, anna, at, months);
        const approvalDay = stockholmDate(at);
        expect(approved.nextReviewDate).toBe(addMonths(approvalDay, months));
        const review = approved.nextReviewDate as string;
        const days = daysBetween(approvalDay, review);
        expect(days).toBeGreaterThanOrEqual(months * 28);
        expect(days).toBeLessThanOrEqual(months * 31);
        expect(reviewStatus(approved, approvalDay)).toBe(days > 60 ? 'ok' : 'dueSoon');
        expect(reviewStatus(approved, review)).toBe('dueSoon');
        expect(reviewStatus(approved, addMonths(review, 1))).toBe('overdue');
      })
    );
  });

  it('approval never changes the levels', () => {
    fc.assert(
      fc.property(instantArb, profileArb, (at, profile) => {
        const object = makeObject([makeSet('a', profile)], { criticality: { samhallsviktig: true, motivering: 'Ja' } });
        expect(approveClassification(object, anna, at).sets).toEqual(object.sets);
      })
    );
  });
});
