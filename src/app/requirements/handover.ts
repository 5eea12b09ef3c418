import type { StoredHandover } from '../../data/ports/HandoverRepository';
import {
  newHandoverItems,
  transitionHandover as transition,
  type ActionPlan,
  type HandoverStatus,
  type Requirement,
} from '../../domain/requirements';
import { ValidationError } from '../../domain/shared/Validation';
import type { RequirementServices } from './deps';

/**
 * Hands the plan's technical requirements (except those assessed ej tillämpligt) over to the IT unit's queue.
 * Requirements already in the queue for the object are left as they are. Returns the created items.
 */
export async function handOverTechnicalRequirements(
  services: Pick<RequirementServices, 'handovers' | 'currentUser' | 'now'>,
  objectId: string,
  plan: ActionPlan,
  catalogue: readonly Requirement[]
): Promise<StoredHandover[]> {
  const { items } = await services.handovers.list({ objectId });
  const fresh = newHandoverItems(objectId, plan, catalogue, items, services.currentUser, services.now().toISOString());
  const created: StoredHandover[] = [];
  for (const item of fresh) created.push(await services.handovers.create(item));
  return created;
}

/**
 * Moves a queue item (IT: accept, complete, reject with a reason; the owner: hand a rejected item over again).
 * ValidationError for a transition that is not allowed or a rejection without reason; ConflictError when someone
 * else changed the item since it was read.
 */
export async function transitionHandover(
  services: Pick<RequirementServices, 'handovers' | 'currentUser' | 'now'>,
  item: StoredHandover,
  to: HandoverStatus,
  reason?: string
): Promise<StoredHandover> {
  const domainItem = {
    objectId: item.objectId,
    requirementCode: item.requirementCode,
    status: item.status,
    reason: item.reason,
    history: item.history,
  };
  const result = transition(domainItem, to, services.currentUser, services.now().toISOString(), reason);
  if (!result.ok) throw new ValidationError(result.issues);
  return services.handovers.update(item.id, item.etag, result.item);
}
