import type { Person } from '../shared/Person';
import type { ValidationIssue } from '../shared/Validation';
import type { ActionPlan } from './ActionPlan';
import { normaliseCode, type Requirement } from './Requirement';

/** Status of a technical requirement in the IT unit's queue (ASCII keys; shown through the UI strings). */
export const HANDOVER_STATUSES = ['overlamnad', 'accepterad', 'genomford', 'avvisad'] as const;
/** överlämnad / accepterad / genomförd / avvisad (needs a reason). */
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export function isHandoverStatus(value: unknown): value is HandoverStatus {
  return typeof value === 'string' && (HANDOVER_STATUSES as readonly string[]).indexOf(value) >= 0;
}

/**
 * Who may move an item where: IT accepts or rejects what was handed over, and completes what it accepted; it may
 * still reject an accepted item (e.g. it cannot be done in the platform). The owner hands a rejected item over
 * again after changing it. A completed item is final.
 */
export const HANDOVER_TRANSITIONS: Readonly<Record<HandoverStatus, readonly HandoverStatus[]>> = {
  overlamnad: ['accepterad', 'avvisad'],
  accepterad: ['genomford', 'avvisad'],
  avvisad: ['overlamnad'],
  genomford: [],
};

export function canTransition(from: HandoverStatus, to: HandoverStatus): boolean {
  return HANDOVER_TRANSITIONS[from].indexOf(to) >= 0;
}

export interface HandoverEvent {
  status: HandoverStatus;
  by: Person;
  /** ISO timestamp. */
  at: string;
  /** Required for `avvisad`, otherwise optional. */
  reason: string;
}

/** One technical requirement of one classification object, in the IT unit's queue. */
export interface HandoverItem {
  /** The classification object whose handlingsplan the requirement comes from. */
  objectId: string;
  requirementCode: string;
  status: HandoverStatus;
  /** The reason of the latest change (the rejection reason while `avvisad`). */
  reason: string;
  /** Every change, oldest first; the first is the handover itself. */
  history: HandoverEvent[];
}

export type HandoverTransitionResult = { ok: true; item: HandoverItem } | { ok: false; issues: ValidationIssue[] };

/**
 * Moves an item to another status if the transition is allowed; `avvisad` needs a reason. The item is not changed:
 * a new one with the event appended is returned.
 */
export function transitionHandover(
  item: HandoverItem,
  to: HandoverStatus,
  by: Person,
  at: string,
  reason?: string
): HandoverTransitionResult {
  const issues: ValidationIssue[] = [];
  const why = (reason ?? '').trim();
  if (!isHandoverStatus(to)) issues.push({ field: 'status', code: 'invalidChoice' });
  else if (!canTransition(item.status, to)) issues.push({ field: 'status', code: 'invalidTransition', params: { from: item.status, to } });
  if (to === 'avvisad' && !why) issues.push({ field: 'reason', code: 'required' });
  if (issues.length > 0) return { ok: false, issues };
  const event: HandoverEvent = { status: to, by: { ...by }, at, reason: why };
  return { ok: true, item: { ...item, status: to, reason: why, history: [...item.history, event] } };
}

/**
 * The requirements of a plan that go to the IT unit: the technical ones, except those the owner assessed as
 * ej tillämpligt. In catalogue order.
 */
export function handoverItems(plan: ActionPlan, catalogue: readonly Requirement[]): Requirement[] {
  const statusByCode = new Map(plan.entries.map((e) => [normaliseCode(e.requirementCode), e.status] as const));
  return catalogue.filter((r) => {
    const status = statusByCode.get(normaliseCode(r.code));
    return r.kind === 'teknisk' && status !== undefined && status !== 'ejTillampligt';
  });
}

/**
 * New queue items for the technical requirements of a plan not yet in the queue for this object (a rejected item
 * stays as it is: the owner hands it over again through transitionHandover).
 */
export function newHandoverItems(
  objectId: string,
  plan: ActionPlan,
  catalogue: readonly Requirement[],
  queue: readonly HandoverItem[],
  by: Person,
  at: string
): HandoverItem[] {
  const present = new Set(queue.filter((i) => i.objectId === objectId).map((i) => normaliseCode(i.requirementCode)));
  return handoverItems(plan, catalogue)
    .filter((r) => !present.has(normaliseCode(r.code)))
    .map((r) => ({
      objectId,
      requirementCode: r.code,
      status: 'overlamnad' as const,
      reason: '',
      history: [{ status: 'overlamnad' as const, by: { ...by }, at, reason: '' }],
    }));
}
