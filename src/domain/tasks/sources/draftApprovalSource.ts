import { isIsoDate } from '../../classification/calendarDate';
import { approvalIssues } from '../../classification/validateClassification';
import { representedUnitIds } from '../personMatch';
import { taskState, type Task } from '../Task';
import type { TaskSource } from '../TaskSource';

/**
 * Drafts ready for approval (no approval issues) for the owner unit's representatives. Due today (it waits on them
 * now), or on the approved version's review date when that has already passed.
 */
export const draftApprovalSource: TaskSource = {
  kind: 'klassningFaststallande',
  derive(input, person, today): Task[] {
    const units = representedUnitIds(input.orgUnits, person);
    return input.classifications
      .filter((c) => c.status === 'draft' && units.has(c.ownerUnitId) && approvalIssues(c).length === 0)
      .map((c) => {
        const dueDate = c.nextReviewDate !== null && isIsoDate(c.nextReviewDate) && c.nextReviewDate < today ? c.nextReviewDate : today;
        return {
          key: `klassningFaststallande:${c.id}:${c.version}`,
          kind: 'klassningFaststallande',
          title: `Fastställ klassningen av ${c.name} (version ${c.version})`,
          dueDate,
          state: taskState(dueDate, today),
          orgUnitId: c.ownerUnitId,
          link: { view: 'classification', params: { objectId: c.id } },
        };
      });
  },
};
