import fc from 'fast-check';
import { emptyClassificationObject, emptyInformationSet, type ClassificationObject } from '../../../src/domain/classification';
import { emptyRisk, snapshotOf, type Risk } from '../../../src/domain/risk';
import { emptyRiskAnalysis } from '../../../src/domain/risk/RiskAnalysis';
import {
  AUDIT_ENTITIES,
  AUDIT_FIELD_KEYS,
  auditValuesOf,
  buildHistory,
  diffAuditValues,
  type AuditChange,
  type AuditEntity,
  type AuditValues,
} from '../../../src/domain/audit';

const at = (n: number): string => `2026-0${n}-01T10:00:00Z`;
const version = (n: number, value: unknown) => ({ version: `${n}.0`, at: at(n), by: `Person ${n}`, value });

function objectWith(level: 0 | 1 | 2 | 3 | 4): ClassificationObject {
  const set = emptyInformationSet('s1', 'Elevregister');
  return {
    ...emptyClassificationObject('7'),
    name: 'Skolsystem',
    sets: [{ ...set, assessments: { ...set.assessments, K: { level, motivering: 'Elevuppgifter', consequences: {} } } }],
  };
}

describe('buildHistory', () => {
  it('lists the creation with every non-empty value, then each change newest first', () => {
    const entries = buildHistory('classification', [version(1, objectWith(2)), version(2, { ...objectWith(3), status: 'approved' })]);
    expect(entries.map((e) => e.version)).toEqual(['2.0', '1.0']);
    expect(entries[0]).toEqual({
      version: '2.0',
      at: at(2),
      by: 'Person 2',
      changes: [
        { field: 'status', from: 'Utkast', to: 'Fastställd' },
        { field: 'level:Elevregister K', from: '2 (Betydande skada)', to: '3 (Allvarlig skada)' },
      ],
    });
    expect(entries[1].changes).toContainEqual({ field: 'name', from: '', to: 'Skolsystem' });
    expect(entries[1].changes).toContainEqual({ field: 'set', from: '', to: 'Elevregister' });
    expect(entries[1].changes.every((c) => c.from === '' && c.to !== '')).toBe(true);
  });

  it('shows a set removed with its values going to empty', () => {
    const [latest] = buildHistory('classification', [version(1, objectWith(2)), version(2, { ...objectWith(2), sets: [] })]);
    expect(latest.changes).toContainEqual({ field: 'set', from: 'Elevregister', to: '' });
    expect(latest.changes).toContainEqual({ field: 'level:Elevregister K', from: '2 (Betydande skada)', to: '' });
  });

  it('shows a risk acceptance, and its voiding by a material change', () => {
    const assessed: Risk = { ...emptyRisk('3'), cause: 'Svagt lösenord', inherent: { likelihood: 3, consequence: 4, motivering: '' }, treatment: 'acceptera' };
    const accepted: Risk = {
      ...assessed,
      acceptance: {
        acceptedBy: { displayName: 'Anna Chef', email: 'anna@kommun.se' },
        acceptedAt: '2026-03-01T13:05:00Z',
        validUntil: '2027-03-01',
        role: 'forvaltning',
        snapshot: snapshotOf(assessed),
      },
    };
    const changed: Risk = { ...accepted, inherent: { likelihood: 4, consequence: 4, motivering: '' } };
    const [voided, acceptance] = buildHistory('risk', [version(1, assessed), version(2, accepted), version(3, changed)]);
    expect(acceptance.changes).toEqual([
      { field: 'acceptedBy', from: '', to: 'Anna Chef (Förvaltningen)' },
      { field: 'acceptedAt', from: '', to: '2026-03-01 14:05' },
      { field: 'acceptanceValidUntil', from: '', to: '2027-03-01' },
      { field: 'acceptanceStatus', from: '', to: 'Gäller' },
    ]);
    expect(voided.changes).toEqual([
      { field: 'inherentLikelihood', from: '3', to: '4' },
      { field: 'acceptanceStatus', from: 'Gäller', to: 'Upphävd (ändrat: inneboende risk)' },
    ]);
  });

  it("shows an analysis' follow-up date and status", () => {
    const first = emptyRiskAnalysis('5', '2026-02-01', 1);
    const [latest] = buildHistory('riskAnalysis', [version(1, first), version(2, { ...first, status: 'klar', nextFollowUpDate: '2026-09-01' })]);
    expect(latest.changes).toEqual([
      { field: 'status', from: 'Planerad', to: 'Klar' },
      { field: 'nextFollowUpDate', from: '', to: '2026-09-01' },
    ]);
  });

  it('marks an unreadable version and compares the next one with the last readable one', () => {
    const entries = buildHistory('classification', [version(1, objectWith(1)), version(2, 'junk'), version(3, objectWith(2))]);
    expect(entries[1]).toEqual({ version: '2.0', at: at(2), by: 'Person 2', changes: [], unreadable: true });
    expect(entries[0].changes).toEqual([{ field: 'level:Elevregister K', from: '1 (Måttlig skada)', to: '2 (Betydande skada)' }]);
  });
});

/** Arbitrary plausible domain values per entity (the parts the history formats). */
const person = fc.record({ displayName: fc.string({ maxLength: 12 }), email: fc.constant('a@b.se') });
const analysis = fc.record({
  name: fc.string(), subjectKind: fc.constantFrom('process', 'system'), classificationObjectId: fc.option(fc.constantFrom('1', '2')),
  ownerUnitId: fc.constantFrom('1', '2'), purpose: fc.string(), scope: fc.string(), participants: fc.array(person, { maxLength: 3 }),
  date: fc.constantFrom('2026-01-01', '2026-02-02'), status: fc.constantFrom('planerad', 'pagar', 'klar'),
  nextFollowUpDate: fc.option(fc.constantFrom('2026-05-05', '2027-01-01')), matrixVersion: fc.integer({ min: 1, max: 3 }),
});
const action = fc.record({
  riskId: fc.constant('1'), description: fc.string(), kind: fc.constantFrom('forebyggande', 'hanterande'), securityKind: fc.constantFrom('teknisk', 'fysisk'),
  responsible: fc.option(person), targetDate: fc.option(fc.constantFrom('2026-05-05')), status: fc.constantFrom('pagar', 'klar'),
  requirementCodes: fc.array(fc.constantFrom('TEK-1', 'ADM-2'), { maxLength: 2 }),
});
const unit = fc.record({
  name: fc.string(), kind: fc.constantFrom('namnd', 'bolag'), parentId: fc.option(fc.constantFrom('1', '2')),
  representatives: fc.array(person, { maxLength: 2 }), securityContact: fc.option(person), active: fc.boolean(),
});
const classification = fc.record({ name: fc.string(), level: fc.constantFrom(0, 1, 2, 3, 4), status: fc.constantFrom('draft', 'approved') })
  .map(({ name, level, status }) => ({ ...objectWith(level as 0), name, status }));
const assessment = fc.option(fc.record({ likelihood: fc.integer({ min: 1, max: 5 }), consequence: fc.integer({ min: 1, max: 5 }), motivering: fc.string() }));
const riskValue = fc
  .record({
    cause: fc.string(), event: fc.string(), consequence: fc.string(), aspects: fc.subarray(['K', 'R', 'T', 'S']), riskOwner: fc.option(person),
    existingMeasures: fc.string(), inherent: assessment, treatment: fc.option(fc.constantFrom('acceptera', 'reducera')), treatmentNote: fc.string(), residual: assessment,
    accepted: fc.boolean(),
  })
  .map(({ accepted, ...fields }) => {
    const value = { analysisId: '1', ...fields } as unknown as Risk;
    return accepted ? { ...value, acceptance: { acceptedBy: { displayName: 'A', email: 'a@b.se' }, acceptedAt: '2026-01-01T00:00:00Z', validUntil: '2027-01-01', role: 'namnd' as const, snapshot: snapshotOf(value) } } : { ...value, acceptance: null };
  });
const valuesOf: Record<AuditEntity, fc.Arbitrary<object>> = { riskAnalysis: analysis, riskAction: action, orgUnit: unit, classification, risk: riskValue };

function apply(before: AuditValues | null, changes: readonly AuditChange[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const key of Object.keys(before ?? {})) byField[before![key].field] = before![key].value;
  for (const change of changes) byField[change.field] = change.to;
  return byField;
}

describe('diff properties', () => {
  for (const [entity, arbitrary] of Object.entries(valuesOf) as [AuditEntity, fc.Arbitrary<object>][]) {
    it(`${entity}: identical versions give no changes`, () => {
      fc.assert(fc.property(arbitrary, (value) => {
        const copy = JSON.parse(JSON.stringify(value)) as unknown;
        expect(buildHistory(entity, [version(1, value), version(2, copy)])[0].changes).toEqual([]);
      }));
    });

    it(`${entity}: applying the changes reproduces the newer simple fields`, () => {
      fc.assert(fc.property(arbitrary, arbitrary, (older, newer) => {
        const before = auditValuesOf(entity, older);
        const after = auditValuesOf(entity, newer)!;
        const applied = apply(before, diffAuditValues(before, after));
        for (const key of AUDIT_FIELD_KEYS[entity]) {
          if (Object.prototype.hasOwnProperty.call(after, key)) expect(applied[key]).toBe(after[key].value);
        }
      }));
    });
  }

  it('never throws on malformed versions: each becomes an entry (readable or marked)', () => {
    fc.assert(fc.property(fc.constantFrom(...AUDIT_ENTITIES), fc.array(fc.record({ version: fc.anything(), at: fc.anything(), by: fc.anything(), value: fc.anything() }), { maxLength: 5 }), (entity, versions) => {
      const entries = buildHistory(entity, versions as never);
      expect(entries).toHaveLength(versions.length);
      for (const entry of entries) {
        expect(typeof entry.version).toBe('string');
        expect(Array.isArray(entry.changes)).toBe(true);
        if (entry.unreadable) expect(entry.changes).toEqual([]);
      }
    }));
  });

  it('never throws on values that cannot be turned into text', () => {
    const hostile = { toString: 'not a function', valueOf: 1 };
    const [entry] = buildHistory('orgUnit', [{ version: hostile, at: hostile, by: hostile, value: { name: hostile } }] as never);
    expect(entry.version).toBe('');
  });

  it('never throws on non-array input or junk entries', () => {
    expect(buildHistory('risk', null as never)).toEqual([]);
    expect(buildHistory('risk', [null, 5] as never)).toHaveLength(2);
    expect(buildHistory('risk', [null] as never)[0].unreadable).toBe(true);
  });
});
