import {
  approveLowering as approveLoweringRule,
  pendingLowerings,
  rejectLowering as rejectLoweringRule,
  requestLowering as requestLoweringRule,
  type LoweringProposal,
  type PendingLowering,
} from '../../domain/classification';
import type { BrokenItem } from '../../data/ports/OrgUnitRepository';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { ClassificationServices } from './ClassificationServices';
import { withoutStoreFields } from './storeFields';

/** A unit asks the coordinator to let a set based on a shared type go below the shared level on one aspect. */
export function requestLowering(
  services: ClassificationServices,
  stored: StoredClassification,
  setId: string,
  proposal: LoweringProposal,
): Promise<StoredClassification> {
  const next = requestLoweringRule(withoutStoreFields(stored), setId, proposal, services.currentUser, services.now());
  return services.classifications.update(stored.id, stored.etag, next);
}

/** The coordinator approves a pending lowering: the set takes the requested level. */
export function approveLowering(
  services: ClassificationServices,
  stored: StoredClassification,
  setId: string,
  requestId: string,
  reason: string = '',
): Promise<StoredClassification> {
  const next = approveLoweringRule(withoutStoreFields(stored), setId, requestId, services.currentUser, services.now(), reason);
  return services.classifications.update(stored.id, stored.etag, next);
}

/** The coordinator rejects a pending lowering with a reason (ValidationError `decisionReason: required` without). */
export function rejectLowering(
  services: ClassificationServices,
  stored: StoredClassification,
  setId: string,
  requestId: string,
  reason: string,
): Promise<StoredClassification> {
  const next = rejectLoweringRule(withoutStoreFields(stored), setId, requestId, services.currentUser, services.now(), reason);
  return services.classifications.update(stored.id, stored.etag, next);
}

export interface LoweringQueueItem extends PendingLowering {
  object: StoredClassification;
}

/** Every lowering request waiting for the coordinator, over all classification objects. */
export async function listPendingLowerings(
  services: Pick<ClassificationServices, 'classifications'>,
): Promise<{ items: LoweringQueueItem[]; broken: BrokenItem[] }> {
  const { items, broken } = await services.classifications.list();
  const queue: LoweringQueueItem[] = [];
  for (const object of items) {
    for (const pending of pendingLowerings(object)) queue.push({ ...pending, object });
  }
  return { items: queue, broken };
}
