import type { Person } from '../shared/Person';
import type { Aspect, Level } from './levels';

export const LOWERING_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type LoweringStatus = (typeof LOWERING_STATUSES)[number];

/**
 * A unit's request to classify a shared information type lower than the coordinator published it.
 * Until the coordinator approves it, the shared level applies.
 */
export interface LoweringRequest {
  /** Unique within its information set (`lr-1`, `lr-2` …). */
  id: string;
  aspect: Aspect;
  /** The shared level the request departs from. */
  fromLevel: Level;
  /** The level asked for (lower than fromLevel). */
  toLevel: Level;
  motivering: string;
  requestedBy: Person;
  /** ISO date-time. */
  requestedAt: string;
  status: LoweringStatus;
  decidedBy: Person | null;
  /** ISO date-time. */
  decidedAt: string | null;
  /** Required when rejected, optional when approved. */
  decisionReason: string;
}
