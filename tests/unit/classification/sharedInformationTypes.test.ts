import { ValidationError, type ValidationIssue } from '../../../src/domain/shared';
import {
  aggregateProfile,
  approvalIssues,
  approveClassification,
  approveLowering,
  emptySharedInformationType,
  pendingLowerings,
  rejectLowering,
  requestLowering,
  setFromSharedType,
  setProfile,
  sharedFloor,
  validateClassification,
  validateSharedInformationType,
  type ClassificationObject,
  type SharedInformationType,
} from '../../../src/domain/classification';
import { anna, makeObject, makeSet, p, samordnare } from './fixtures';

function issuesOf(fn: () => unknown): ValidationIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues;
    throw e;
  }
  throw new Error('expected a ValidationError');
}

const personalakt: SharedInformationType = {
  id: 'typ-personalakt',
  name: 'Personalakt',
  description: 'Anställningsavtal, lönehandlingar, rehabilitering',
  assessments: {
    K: { level: 3, motivering: 'Innehåller känsliga personuppgifter om hälsa', consequences: { individ: 3, lagkrav: 2 } },
    R: { level: 2, motivering: 'Fel ger fel lön', consequences: { ekonomi: 2 } },
    T: { level: 1, motivering: 'Kan vänta några dagar', consequences: {} },
    S: { level: 2, motivering: 'Åtkomst ska kunna följas upp', consequences: {} },
  },
  personalData: { kind: 'sensitive', note: 'Hälsouppgifter vid rehabilitering' },
};

const at = new Date('2026-04-01T08:00:00Z');
const later = new Date('2026-04-03T12:00:00Z');

function objectWithShared(): ClassificationObject {
  return makeObject([makeSet('egen', p(1, 1, 1, 1)), setFromSharedType(personalakt, 'pa')]);
}

describe('shared information types', () => {
  it('validates a published type like a set, with paths per aspect', () => {
    expect(validateSharedInformationType(personalakt)).toEqual([]);
    expect(validateSharedInformationType(emptySharedInformationType('x'))).toEqual([
      { field: 'name', code: 'required' },
      { field: 'K.motivering', code: 'required' },
      { field: 'R.motivering', code: 'required' },
      { field: 'T.motivering', code: 'required' },
      { field: 'S.motivering', code: 'required' },
    ]);
  });

  it('a set based on a shared type starts from its levels, motiveringar and personal data and remembers the baseline', () => {
    const set = setFromSharedType(personalakt, 'pa');
    expect(set.id).toBe('pa');
    expect(set.sharedTypeId).toBe('typ-personalakt');
    expect(setProfile(set)).toEqual(p(3, 2, 1, 2));
    expect(set.sharedBaseline).toEqual(p(3, 2, 1, 2));
    expect(set.assessments.K).toEqual(personalakt.assessments.K);
    expect(set.personalData).toEqual(personalakt.personalData);
    expect(set.loweringRequests).toEqual([]);
    // A copy: editing the set leaves the published type alone.
    (set.assessments.K as { level: number }).level = 4;
    expect(personalakt.assessments.K.level).toBe(3);
  });

  it('a unit may raise a level with motivering', () => {
    const object = objectWithShared();
    const pa = object.sets[1];
    const raised = { ...object, sets: [object.sets[0], { ...pa, assessments: { ...pa.assessments, T: { level: 3 as const, motivering: 'Lönekörning', consequences: {} } } }] };
    expect(validateClassification({ ...raised, criticality: { samhallsviktig: false, motivering: 'Nej' } })).toEqual([]);
  });

  it('a level edited below the shared baseline needs an approved lowering', () => {
    const object = objectWithShared();
    const pa = object.sets[1];
    const lowered = { ...object, sets: [object.sets[0], { ...pa, assessments: { ...pa.assessments, S: { ...pa.assessments.S, level: 1 as const } } }] };
    expect(validateClassification(lowered)).toEqual([{ field: 'sets.1.S.level', code: 'loweringNeedsApproval', params: { aspect: 'S', level: 2 } }]);
  });
});

describe('lowering requests', () => {
  it('records a pending request; the shared level still applies', () => {
    const object = requestLowering(objectWithShared(), 'pa', { aspect: 'K', level: 2, motivering: ' Endast anställningsavtal ' }, anna, at);
    const set = object.sets[1];
    expect(set.loweringRequests).toEqual([
      {
        id: 'lr-1',
        aspect: 'K',
        fromLevel: 3,
        toLevel: 2,
        motivering: 'Endast anställningsavtal',
        requestedBy: anna,
        requestedAt: '2026-04-01T08:00:00.000Z',
        status: 'pending',
        decidedBy: null,
        decidedAt: null,
        decisionReason: '',
      },
    ]);
    expect(set.assessments.K.level).toBe(3);
    expect(aggregateProfile(object).profile.K).toBe(3);
    expect(pendingLowerings(object)).toEqual([{ setId: 'pa', setName: 'Personalakt', sharedTypeId: 'typ-personalakt', request: set.loweringRequests?.[0] }]);
  });

  it('puts a level already edited below the baseline back to the shared level while pending', () => {
    const object = objectWithShared();
    const pa = object.sets[1];
    const edited = { ...object, sets: [object.sets[0], { ...pa, assessments: { ...pa.assessments, K: { ...pa.assessments.K, level: 1 as const } } }] };
    expect(requestLowering(edited, 'pa', { aspect: 'K', level: 1, motivering: 'x' }, anna, at).sets[1].assessments.K.level).toBe(3);
  });

  it('blocks approval of the classification while pending', () => {
    const object = requestLowering(objectWithShared(), 'pa', { aspect: 'K', level: 2, motivering: 'x' }, anna, at);
    expect(approvalIssues(object)).toEqual([{ field: 'sets.1.loweringRequests.0', code: 'loweringPending', params: { aspect: 'K' } }]);
    expect(() => approveClassification(object, anna, at)).toThrow(ValidationError);
  });

  it('refuses a request that is not a lowering, lacks motivering, or duplicates a pending one', () => {
    const object = objectWithShared();
    expect(issuesOf(() => requestLowering(object, 'pa', { aspect: 'K', level: 3, motivering: '' }, anna, at))).toEqual([
      { field: 'level', code: 'notLowering', params: { level: 3 } },
      { field: 'motivering', code: 'required' },
    ]);
    const pending = requestLowering(object, 'pa', { aspect: 'K', level: 2, motivering: 'x' }, anna, at);
    expect(issuesOf(() => requestLowering(pending, 'pa', { aspect: 'K', level: 1, motivering: 'y' }, anna, at))).toEqual([
      { field: 'aspect', code: 'loweringPending', params: { aspect: 'K' } },
    ]);
    // Another aspect may be requested at the same time.
    expect(requestLowering(pending, 'pa', { aspect: 'S', level: 1, motivering: 'y' }, anna, at).sets[1].loweringRequests?.map((r) => r.id)).toEqual(['lr-1', 'lr-2']);
  });

  it('refuses a set of its own, an unknown set and an approved classification', () => {
    const object = objectWithShared();
    expect(() => requestLowering(object, 'egen', { aspect: 'K', level: 0, motivering: 'x' }, anna, at)).toThrow(RangeError);
    expect(() => requestLowering(object, 'saknas', { aspect: 'K', level: 0, motivering: 'x' }, anna, at)).toThrow(RangeError);
    expect(issuesOf(() => requestLowering({ ...object, status: 'approved' }, 'pa', { aspect: 'K', level: 2, motivering: 'x' }, anna, at))).toEqual([
      { field: 'status', code: 'notDraft' },
    ]);
  });

  it('approval by the coordinator lowers the level, with the request’s motivering, and records who, when and why', () => {
    const pending = requestLowering(objectWithShared(), 'pa', { aspect: 'K', level: 2, motivering: 'Endast avtal' }, anna, at);
    const approved = approveLowering(pending, 'pa', 'lr-1', samordnare, later, 'Rimligt');
    const set = approved.sets[1];
    expect(set.assessments.K).toEqual({ level: 2, motivering: 'Endast avtal', consequences: { lagkrav: 2 } });
    expect(set.loweringRequests?.[0]).toMatchObject({
      status: 'approved',
      decidedBy: samordnare,
      decidedAt: '2026-04-03T12:00:00.000Z',
      decisionReason: 'Rimligt',
    });
    expect(sharedFloor(set, 'K')).toBe(2);
    expect(validateClassification(approved)).toEqual([]);
    expect(approvalIssues(approved)).toEqual([]);
    expect(aggregateProfile(approved).profile.K).toBe(2);
    expect(pendingLowerings(approved)).toEqual([]);
    // The pending version is untouched.
    expect(pending.sets[1].assessments.K.level).toBe(3);
  });

  it('after an approved lowering, going below the approved level needs another approval', () => {
    const approved = approveLowering(
      requestLowering(objectWithShared(), 'pa', { aspect: 'K', level: 2, motivering: 'x' }, anna, at),
      'pa',
      'lr-1',
      samordnare,
      later
    );
    const set = approved.sets[1];
    const lower = { ...approved, sets: [approved.sets[0], { ...set, assessments: { ...set.assessments, K: { ...set.assessments.K, level: 1 as const, consequences: {} } } }] };
    expect(validateClassification(lower)).toEqual([{ field: 'sets.1.K.level', code: 'loweringNeedsApproval', params: { aspect: 'K', level: 2 } }]);
    expect(issuesOf(() => requestLowering(approved, 'pa', { aspect: 'K', level: 2, motivering: 'y' }, anna, at))).toEqual([
      { field: 'level', code: 'notLowering', params: { level: 2 } },
    ]);
  });

  it('rejection needs a reason, keeps the shared level and records the decision', () => {
    const pending = requestLowering(objectWithShared(), 'pa', { aspect: 'K', level: 1, motivering: 'x' }, anna, at);
    expect(issuesOf(() => rejectLowering(pending, 'pa', 'lr-1', samordnare, later, ' '))).toEqual([{ field: 'decisionReason', code: 'required' }]);
    const rejected = rejectLowering(pending, 'pa', 'lr-1', samordnare, later, 'Hälsouppgifter förekommer');
    expect(rejected.sets[1].assessments.K.level).toBe(3);
    expect(rejected.sets[1].loweringRequests?.[0]).toMatchObject({
      status: 'rejected',
      decidedBy: samordnare,
      decidedAt: '2026-04-03T12:00:00.000Z',
      decisionReason: 'Hälsouppgifter förekommer',
    });
    expect(approvalIssues(rejected)).toEqual([]);
  });

  it('a decided request cannot be decided again; an unknown request is an error', () => {
    const pending = requestLowering(objectWithShared(), 'pa', { aspect: 'K', level: 1, motivering: 'x' }, anna, at);
    const rejected = rejectLowering(pending, 'pa', 'lr-1', samordnare, later, 'Nej');
    expect(issuesOf(() => approveLowering(rejected, 'pa', 'lr-1', samordnare, later))).toEqual([{ field: 'status', code: 'notPending' }]);
    expect(issuesOf(() => rejectLowering(rejected, 'pa', 'lr-1', samordnare, later, 'Nej'))).toEqual([{ field: 'status', code: 'notPending' }]);
    expect(() => approveLowering(pending, 'pa', 'lr-9', samordnare, later)).toThrow(RangeError);
  });
});
