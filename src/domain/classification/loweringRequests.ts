import type { Person } from '../shared/Person';
import { ValidationError, type ValidationIssue } from '../shared/Validation';
import { assertEditable } from './approval';
import type { ClassificationObject } from './ClassificationObject';
import type { ConsequenceCategory, ConsequenceLevels } from './consequenceCategories';
import { CONSEQUENCE_CATEGORIES } from './consequenceCategories';
import { sharedFloor, type AspectAssessment, type InformationSet } from './InformationSet';
import type { LoweringRequest } from './LoweringRequest';
import { isLevel, type Aspect, type Level } from './levels';

export interface LoweringProposal {
  aspect: Aspect;
  level: Level;
  motivering: string;
}

/** A pending request with the set it belongs to: one row in the coordinator's queue. */
export interface PendingLowering {
  setId: string;
  setName: string;
  sharedTypeId: string | undefined;
  request: LoweringRequest;
}

function timestamp(at: Date): string {
  if (isNaN(at.getTime())) throw new RangeError('Invalid time');
  return at.toISOString();
}

function findSet(object: ClassificationObject, setId: string): InformationSet {
  const set = object.sets.filter((s) => s.id === setId)[0];
  if (!set) throw new RangeError(`No information set ${setId}`);
  return set;
}

function replaceSet<T extends ClassificationObject>(object: T, set: InformationSet): T {
  return { ...object, sets: object.sets.map((s) => (s.id === set.id ? set : s)) };
}

function findRequest(set: InformationSet, requestId: string): LoweringRequest {
  const request = (set.loweringRequests ?? []).filter((r) => r.id === requestId)[0];
  if (!request) throw new RangeError(`No lowering request ${requestId} in set ${set.id}`);
  return request;
}

function withRequest(set: InformationSet, request: LoweringRequest): InformationSet {
  const requests = set.loweringRequests ?? [];
  const exists = requests.some((r) => r.id === request.id);
  return { ...set, loweringRequests: exists ? requests.map((r) => (r.id === request.id ? request : r)) : [...requests, request] };
}

/** Until a lowering is approved the shared level applies: a level edited below the floor goes back up to it. */
function atLeastBaseline(set: InformationSet, aspect: Aspect): InformationSet {
  const floor = sharedFloor(set, aspect);
  const assessment = set.assessments[aspect];
  if (floor === undefined || assessment.level >= floor) return set;
  return { ...set, assessments: { ...set.assessments, [aspect]: { ...assessment, level: floor } } };
}

/** Every request waiting for the coordinator in this object, in set order. */
export function pendingLowerings(object: ClassificationObject): PendingLowering[] {
  const pending: PendingLowering[] = [];
  for (const set of object.sets) {
    for (const request of set.loweringRequests ?? []) {
      if (request.status === 'pending') pending.push({ setId: set.id, setName: set.name, sharedTypeId: set.sharedTypeId, request });
    }
  }
  return pending;
}

/**
 * A unit asks to classify a set based on a shared type lower than the shared level on one aspect. The request is
 * recorded as pending; the set keeps the shared level until the coordinator approves. Issues (thrown as a
 * ValidationError) use the request form's fields: `level` (must be below the shared level), `motivering`, `aspect`
 * (one pending request per aspect at a time), `status` (only a draft can change).
 */
export function requestLowering<T extends ClassificationObject>(
  object: T,
  setId: string,
  proposal: LoweringProposal,
  requestedBy: Person,
  at: Date
): T {
  assertEditable(object);
  const set = findSet(object, setId);
  if (!set.sharedBaseline) throw new RangeError(`Set ${setId} is not based on a shared information type: change its level directly`);
  const baseline = sharedFloor(set, proposal.aspect) ?? set.sharedBaseline[proposal.aspect];
  const issues: ValidationIssue[] = [];
  if (!isLevel(proposal.level)) issues.push({ field: 'level', code: 'invalidChoice' });
  else if (proposal.level >= baseline) issues.push({ field: 'level', code: 'notLowering', params: { level: baseline } });
  if (!proposal.motivering || !proposal.motivering.trim()) issues.push({ field: 'motivering', code: 'required' });
  if ((set.loweringRequests ?? []).some((r) => r.aspect === proposal.aspect && r.status === 'pending')) {
    issues.push({ field: 'aspect', code: 'loweringPending', params: { aspect: proposal.aspect } });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const request: LoweringRequest = {
    id: `lr-${(set.loweringRequests ?? []).length + 1}`,
    aspect: proposal.aspect,
    fromLevel: baseline,
    toLevel: proposal.level,
    motivering: proposal.motivering.trim(),
    requestedBy: { ...requestedBy },
    requestedAt: timestamp(at),
    status: 'pending',
    decidedBy: null,
    decidedAt: null,
    decisionReason: '',
  };
  return replaceSet(object, withRequest(atLeastBaseline(set, proposal.aspect), request));
}

function decide(
  object: ClassificationObject,
  setId: string,
  requestId: string
): { set: InformationSet; request: LoweringRequest } {
  assertEditable(object);
  const set = findSet(object, setId);
  const request = findRequest(set, requestId);
  if (request.status !== 'pending') throw new ValidationError([{ field: 'status', code: 'notPending' }]);
  return { set, request };
}

/** Consequence levels above `level` belonged to the shared assessment the coordinator has now set aside. */
function capConsequences(consequences: ConsequenceLevels, level: Level): ConsequenceLevels {
  const kept: Partial<Record<ConsequenceCategory, Level>> = {};
  for (const category of CONSEQUENCE_CATEGORIES) {
    const value = consequences[category];
    if (value !== undefined && value <= level) kept[category] = value;
  }
  return kept;
}

/**
 * The coordinator approves a pending lowering: the set's level on that aspect becomes the requested one, with the
 * request's motivering, and the request records who approved it, when and (optionally) why.
 */
export function approveLowering<T extends ClassificationObject>(
  object: T,
  setId: string,
  requestId: string,
  decidedBy: Person,
  at: Date,
  reason: string = ''
): T {
  const { set, request } = decide(object, setId, requestId);
  const decided: LoweringRequest = {
    ...request,
    status: 'approved',
    decidedBy: { ...decidedBy },
    decidedAt: timestamp(at),
    decisionReason: reason.trim(),
  };
  const previous = set.assessments[request.aspect];
  const lowered: AspectAssessment = {
    level: request.toLevel,
    motivering: request.motivering,
    consequences: capConsequences(previous.consequences, request.toLevel),
  };
  const updated = withRequest({ ...set, assessments: { ...set.assessments, [request.aspect]: lowered } }, decided);
  return replaceSet(object, updated);
}

/** The coordinator rejects a pending lowering, with a reason (`decisionReason` is required); the shared level stays. */
export function rejectLowering<T extends ClassificationObject>(
  object: T,
  setId: string,
  requestId: string,
  decidedBy: Person,
  at: Date,
  reason: string
): T {
  const { set, request } = decide(object, setId, requestId);
  if (!reason || !reason.trim()) throw new ValidationError([{ field: 'decisionReason', code: 'required' }]);
  const decided: LoweringRequest = {
    ...request,
    status: 'rejected',
    decidedBy: { ...decidedBy },
    decidedAt: timestamp(at),
    decisionReason: reason.trim(),
  };
  return replaceSet(object, withRequest(atLeastBaseline(set, request.aspect), decided));
}
