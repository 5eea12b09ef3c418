import { actionPlanSource } from './sources/actionPlanSource';
import { classificationReviewSource } from './sources/classificationReviewSource';
import { draftApprovalSource } from './sources/draftApprovalSource';
import { handoverSource } from './sources/handoverSource';
import { riskActionSource } from './sources/riskActionSource';
import { riskFollowUpSource } from './sources/riskFollowUpSource';
import type { TaskSource } from './TaskSource';

/** Every kind of work LIS derives. A new kind: one source file and one line here. */
export const TASK_SOURCES: readonly TaskSource[] = [
  classificationReviewSource,
  draftApprovalSource,
  actionPlanSource,
  riskActionSource,
  riskFollowUpSource,
  handoverSource,
];
