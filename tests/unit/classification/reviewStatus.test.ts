import { reviewStatus } from '../../../src/domain/classification';

describe('reviewStatus', () => {
  const object = { nextReviewDate: '2027-03-10' };

  it('is neverApproved without a review date', () => {
    expect(reviewStatus({ nextReviewDate: null }, '2026-01-01')).toBe('neverApproved');
  });

  it.each([
    ['2026-03-10', 'ok'],
    ['2027-01-08', 'ok'],
    ['2027-01-09', 'dueSoon'],
    ['2027-03-09', 'dueSoon'],
    ['2027-03-10', 'dueSoon'],
    ['2027-03-11', 'overdue'],
    ['2028-01-01', 'overdue'],
  ])('on %s it is %s (review date 2027-03-10, 60 days)', (today, expected) => {
    expect(reviewStatus(object, today)).toBe(expected);
  });

  it('reads an instant on the Stockholm calendar', () => {
    expect(reviewStatus(object, new Date('2027-03-10T22:59:00Z'))).toBe('dueSoon');
    expect(reviewStatus(object, new Date('2027-03-10T23:00:00Z'))).toBe('overdue');
  });
});
