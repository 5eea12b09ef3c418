/** @jest-environment node */
import * as fc from 'fast-check';
import {
  classificationVersionIssues,
  isParsed,
  parseClassificationRecord,
  parseClassificationVersionRecord,
  parseSharedInformationTypeRecord,
  parseSnapshotJson,
  plainClassificationObject,
  storedClassificationIssues,
  toClassificationRecord,
  toClassificationVersionRecord,
  toSharedInformationTypeRecord,
  toSnapshotJson,
} from '../../../src/data/classificationRecord';
import { APPROVED_AT, APPROVER, approvedObject, completeDraft, incompleteDraft, sharedTypeDraft } from '../../contract/classificationFixtures';

const IDENTITY = { id: '7', etag: '"3"', modified: '2026-03-01T08:00:00Z', modifiedBy: 'Anna Testsson' };

function reasonsOf(raw: unknown): string {
  const parsed = parseClassificationRecord(raw, IDENTITY);
  return isParsed(parsed) ? '' : parsed.reasons.join(' | ');
}

describe('toClassificationRecord', () => {
  it('flattens the object: derived profile, approval fields, the rest as JSON content', () => {
    const record = toClassificationRecord(approvedObject());
    expect(record).toMatchObject({
      name: 'Elevregister',
      kind: 'it-system',
      ownerUnitId: '12',
      status: 'approved',
      version: 1,
      profile: 'K3-R3-T2-S2',
      nextReviewDate: '2027-03-02',
      approvedByName: APPROVER.displayName,
      approvedByEmail: APPROVER.email,
      approvedAt: APPROVED_AT.toISOString(),
    });
    expect(Object.keys(JSON.parse(record.contentJson)).sort()).toEqual(['approvedAt', 'criticality', 'description', 'manualRaises', 'sets']);
  });

  it('stores only known fields: identity and unknown properties on the object or its sets are dropped', () => {
    const draft = completeDraft();
    const noisy = {
      ...draft,
      id: '99',
      etag: '"9"',
      secret: 'x',
      sets: draft.sets.map((s) => ({ ...s, uiState: { open: true } })),
    };
    const record = toClassificationRecord(noisy);
    expect(record.contentJson).not.toMatch(/uiState|secret|"etag"/);
    expect(Object.keys(record)).not.toContain('id');
  });

  it('round-trips every object field', () => {
    for (const object of [incompleteDraft(), completeDraft(), approvedObject()]) {
      const parsed = parseClassificationRecord(toClassificationRecord(object), IDENTITY);
      expect(isParsed(parsed) ? parsed.value : parsed.reasons).toEqual({ ...plainClassificationObject(object), ...IDENTITY });
    }
  });
});

describe('parseClassificationRecord: the store rules by status', () => {
  it('accepts an unfinished draft (missing motiveringar, no criticality answer, level below a consequence)', () => {
    const draft = completeDraft();
    const unfinished = {
      ...draft,
      sets: [{ ...draft.sets[0], assessments: { ...draft.sets[0].assessments, K: { level: 0 as const, motivering: '', consequences: { individ: 3 as const } } } }],
      criticality: { samhallsviktig: null, motivering: '' },
    };
    expect(storedClassificationIssues(unfinished)).toEqual([]);
    expect(reasonsOf(toClassificationRecord(unfinished))).toBe('');
  });

  it('refuses an approved version that fails an approval rule, naming the field', () => {
    const approved = approvedObject();
    const bad = { ...approved, sets: approved.sets.map((s, i) => (i === 0 ? { ...s, assessments: { ...s.assessments, K: { ...s.assessments.K, level: 1 as const } } } : s)) };
    expect(reasonsOf(toClassificationRecord(bad))).toMatch(/sets\.0\.K\.level: belowWorstConsequence/);
    expect(reasonsOf(toClassificationRecord({ ...approved, nextReviewDate: null }))).toMatch(/nextReviewDate: missing/);
    expect(reasonsOf(toClassificationRecord({ ...approved, approvedBy: { displayName: 'Karin', email: 'karin' } }))).toMatch(/approvedBy\.email: invalidEmail/);
    expect(reasonsOf(toClassificationRecord({ ...approved, sets: [] }))).toMatch(/sets: noInformationSets/);
  });

  it('refuses a draft carrying approval fields, or without name or owner', () => {
    expect(reasonsOf(toClassificationRecord({ ...completeDraft(), approvedAt: '2026-01-01T00:00:00Z' }))).toMatch(/approvedAt: a draft has no approval time/);
    expect(reasonsOf(toClassificationRecord({ ...completeDraft(), name: '' }))).toMatch(/name: required/);
    expect(reasonsOf(toClassificationRecord({ ...completeDraft(), ownerUnitId: '' }))).toMatch(/ownerUnitId: required/);
  });

  it('reports shape problems in the JSON with their paths', () => {
    const record = toClassificationRecord(completeDraft());
    const content = JSON.parse(record.contentJson);
    content.sets[1].loweringRequests[0].status = 'maybe';
    content.sets[0].assessments.R.consequences.hunger = 2;
    content.manualRaises.X = { level: 1, motivering: 'x' };
    content.criticality.samhallsviktig = 'ja';
    const reasons = reasonsOf({ ...record, contentJson: JSON.stringify(content) });
    expect(reasons).toMatch(/content\.sets\.1\.loweringRequests\.0\.status: expected pending, approved or rejected/);
    expect(reasons).toMatch(/content\.sets\.0\.assessments\.R\.consequences\.hunger: unknown consequence category/);
    expect(reasons).toMatch(/content\.manualRaises\.X: unknown aspect/);
    expect(reasons).toMatch(/content\.criticality\.samhallsviktig: expected true, false or null/);
  });

  it('reports duplicate set ids (aggregation names driving sets by id)', () => {
    const draft = completeDraft();
    const record = toClassificationRecord({ ...draft, sets: [draft.sets[0], { ...draft.sets[1], id: draft.sets[0].id }] });
    expect(reasonsOf(record)).toMatch(/content\.sets\.1\.id: duplicate set id/);
  });

  it('never throws, whatever a store hands back', () => {
    const anyValue = fc.anything({ maxDepth: 3 });
    const record = fc.record(
      {
        name: anyValue,
        kind: fc.oneof(anyValue, fc.constantFrom('it-system', 'process')),
        ownerUnitId: anyValue,
        status: fc.oneof(anyValue, fc.constantFrom('draft', 'approved')),
        version: anyValue,
        nextReviewDate: anyValue,
        approvedByName: anyValue,
        approvedByEmail: anyValue,
        approvedAt: anyValue,
        contentJson: fc.oneof(fc.json(), anyValue, fc.constant(toClassificationRecord(completeDraft()).contentJson)),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(record, anyValue), (raw) => {
        const parsed = parseClassificationRecord(raw, IDENTITY);
        return isParsed(parsed) || parsed.reasons.length > 0;
      }),
      { numRuns: 400 },
    );
  });
});

describe('approved snapshots', () => {
  const version = { objectId: '7', version: 1, snapshot: approvedObject(), approvedBy: APPROVER, approvedAt: APPROVED_AT.toISOString() };

  it('round-trip through their record', () => {
    const parsed = parseClassificationVersionRecord(toClassificationVersionRecord(version));
    expect(isParsed(parsed) ? parsed.value : parsed.reasons).toEqual({ ...version, snapshot: plainClassificationObject(version.snapshot) });
  });

  it('must be approved and match their own version, approver and time', () => {
    expect(classificationVersionIssues(version)).toEqual([]);
    expect(classificationVersionIssues({ ...version, snapshot: completeDraft() }).join(' ')).toMatch(/snapshot\.status: expected approved/);
    expect(classificationVersionIssues({ ...version, version: 2 }).join(' ')).toMatch(/version: 2 is not the snapshot's 1/);
    expect(classificationVersionIssues({ ...version, approvedAt: '2026-03-02T09:15:30Z' }).join(' ')).toMatch(/approvedAt/);
    expect(classificationVersionIssues({ ...version, objectId: '' }).join(' ')).toMatch(/objectId: missing/);
  });

  it('a hand-edited snapshot is reported, not thrown', () => {
    expect(isParsed(parseSnapshotJson('{'))).toBe(false);
    expect(isParsed(parseSnapshotJson(toSnapshotJson(completeDraft())))).toBe(false);
    const record = toClassificationVersionRecord(version);
    const parsed = parseClassificationVersionRecord({ ...record, version: 3 });
    expect(isParsed(parsed) ? [] : parsed.reasons.join(' ')).toMatch(/version: 3 is not the snapshot's 1/);
  });
});

describe('shared information type records', () => {
  it('round-trip, and keep the store id as the type id', () => {
    const parsed = parseSharedInformationTypeRecord(toSharedInformationTypeRecord(sharedTypeDraft()), IDENTITY);
    expect(isParsed(parsed) ? parsed.value : parsed.reasons).toEqual({ ...sharedTypeDraft(), ...IDENTITY });
  });

  it('report junk: no name, bad active flag, bad JSON', () => {
    const record = toSharedInformationTypeRecord(sharedTypeDraft());
    const reasons = (raw: unknown): string => {
      const parsed = parseSharedInformationTypeRecord(raw, IDENTITY);
      return isParsed(parsed) ? '' : parsed.reasons.join(' | ');
    };
    expect(reasons({ ...record, name: ' ' })).toMatch(/name: required/);
    expect(reasons({ ...record, active: 'Ja' })).toMatch(/active: expected true or false/);
    expect(reasons({ ...record, contentJson: '[1]' })).toMatch(/content: expected a JSON object/);
  });
});
