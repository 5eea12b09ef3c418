import { reviewStatus } from '../../classification/reviewStatus';
import { isIsoDate } from '../../classification/calendarDate';
import { representedUnitIds } from '../personMatch';
import { taskState, type Task } from '../Task';
import type { TaskSource } from '../TaskSource';

/** Approved classifications whose review falls due within 60 days or has passed: for the owner unit's representatives. */
export const classificationReviewSource: TaskSource = {
  kind: 'klassningOmprovning',
  derive(input, person, today): Task[] {
    const units = representedUnitIds(input.orgUnits, person);
    return input.classifications
      .filter((c) => c.status === 'approved' && units.has(c.ownerUnitId) && c.nextReviewDate !== null && isIsoDate(c.nextReviewDate))
      .filter((c) => {
        const status = reviewStatus(c, today);
        return status === 'dueSoon' || status === 'overdue';
      })
      .map((c) => ({
        key: `klassningOmprovning:${c.id}:${c.version}`,
        kind: 'klassningOmprovning',
        title: `Ompröva klassningen av ${c.name}`,
        dueDate: c.nextReviewDate as string,
        state: taskState(c.nextReviewDate as string, today),
        orgUnitId: c.ownerUnitId,
        link: { view: 'classification', params: { objectId: c.id } },
      }));
  },
};
