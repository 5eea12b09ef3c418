import {
  approveDraft,
  createClassification,
  draftIssues,
  loadHistory,
  saveDraft,
  startNewClassificationVersion,
} from '../../src/app/classification';
import { ConflictError } from '../../src/data/ports';
import { ValidationError } from '../../src/domain/shared/Validation';
import { assessedSet, draftObject, fixture, LENA, NOW } from './classificationFixtures';

describe('classification use cases', () => {
  it('saves a draft without motiveringar, but never a level below the worst consequence', async () => {
    const f = fixture();
    const object = draftObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })]);
    const incomplete = { ...object, sets: [{ ...object.sets[0], assessments: { ...object.sets[0].assessments, K: { level: 2 as const, motivering: '', consequences: {} } } }] };
    expect(draftIssues(incomplete)).toEqual([]);
    const created = await createClassification(f.services, incomplete);
    expect(created.status).toBe('draft');

    const below = { ...created, sets: [{ ...created.sets[0], assessments: { ...created.sets[0].assessments, K: { level: 1 as const, motivering: 'x', consequences: { individ: 3 as const } } } }] };
    await expect(saveDraft(f.services, created, below)).rejects.toBeInstanceOf(ValidationError);
  });

  it('reports a concurrent edit as a conflict', async () => {
    const f = fixture([draftObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })])]);
    const stored = f.classifications.byName('Elevregister');
    f.classifications.changeBehindTheScenes(stored.id, { description: 'ändrad av någon annan' });
    await expect(saveDraft(f.services, stored, { ...stored, name: 'Nytt namn' })).rejects.toBeInstanceOf(ConflictError);
    await expect(approveDraft(f.services, stored)).rejects.toBeInstanceOf(ConflictError);
    expect(f.classifications.calls.addVersion).toBe(0);
  });

  it('approves with who = current user and when = now, snapshots the version, and refuses edits until a new version', async () => {
    const f = fixture([draftObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })])]);
    const approved = await approveDraft(f.services, f.classifications.byName('Elevregister'));
    expect(approved).toMatchObject({ status: 'approved', approvedBy: LENA, approvedAt: NOW.toISOString(), nextReviewDate: '2027-11-28' });
    await expect(saveDraft(f.services, approved, { ...approved, name: 'x' })).rejects.toBeInstanceOf(ValidationError);

    const draft = await startNewClassificationVersion(f.services, approved);
    expect(draft).toMatchObject({ status: 'draft', version: 2, approvedBy: null });
    const changed = await saveDraft(f.services, draft, {
      ...draft,
      sets: [{ ...draft.sets[0], assessments: { ...draft.sets[0].assessments, T: { ...draft.sets[0].assessments.T, level: 3 as const } } }],
      criticality: { samhallsviktig: false, motivering: 'Skolan klarar sig' },
    });
    await approveDraft(f.services, changed);
    const history = await loadHistory(f.services, approved.id);
    expect(history.map((h) => h.version.version)).toEqual([2, 1]);
    expect(history[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'sets.set-1.T.level', from: 2, to: 3 },
        { field: 'criticality.samhallsviktig', from: null, to: false },
      ]),
    );
    expect(history[0].changes.some((c) => c.field === 'approvedAt' || c.field === 'version')).toBe(false);
    expect(history[1].changes).toEqual([]);
  });
});

describe('lowering requests', () => {
  it('lowers a shared level only after the coordinator approves', async () => {
    const { setFromSharedType } = await import('../../src/domain/classification');
    const { requestLowering, approveLowering, listPendingLowerings } = await import('../../src/app/classification');
    const base = assessedSet('x', 'Personalakt', { K: 3, R: 2, T: 1, S: 2 });
    const type = { id: 't1', name: 'Personalakt', description: '', assessments: base.assessments, personalData: base.personalData };
    const f = fixture([draftObject('Personalsystem', [setFromSharedType(type, 'set-1')])]);
    const stored = f.classifications.byName('Personalsystem');
    const requested = await requestLowering(f.services, stored, 'set-1', { aspect: 'K', level: 2, motivering: 'Bara namn' });
    expect(requested.sets[0].assessments.K.level).toBe(3);
    const queue = await listPendingLowerings(f.services);
    expect(queue.items.map((i) => [i.object.name, i.setId, i.request.aspect])).toEqual([['Personalsystem', 'set-1', 'K']]);
    const approved = await approveLowering(f.services, requested, 'set-1', queue.items[0].request.id);
    expect(approved.sets[0].assessments.K).toMatchObject({ level: 2, motivering: 'Bara namn' });
    expect(approved.sets[0].loweringRequests?.[0]).toMatchObject({ status: 'approved', decidedBy: LENA, decidedAt: NOW.toISOString() });
    expect((await listPendingLowerings(f.services)).items).toEqual([]);
  });
});

describe('review interval setting', () => {
  const elevregister = (): ReturnType<typeof draftObject> =>
    draftObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })]);

  it('sets the next review the configured number of months after approval (12 by default)', async () => {
    const byDefault = fixture([elevregister()]);
    const halfYearly = fixture([elevregister()]);
    const approvedDefault = await approveDraft(byDefault.services, byDefault.classifications.byName('Elevregister'));
    const approvedHalfYearly = await approveDraft(
      { ...halfYearly.services, settings: { reviewIntervalMonths: 6 } },
      halfYearly.classifications.byName('Elevregister'),
    );
    expect(approvedDefault.nextReviewDate).toBe('2027-11-28');
    expect(approvedHalfYearly.nextReviewDate).toBe('2027-05-28');
  });
});
