/** @jest-environment node */
/**
 * Issue 6 item 5: every SharePoint item mapper survives random and malicious items. A hand-edited list item (a level
 * of 7, a broken lookup, invalid or prototype-polluting JSON, impossible dates, markup, bidi/control characters,
 * 100 000-character text) is reported as broken with its reasons, never thrown; valid items round-trip through the
 * write mapping and back; Object.prototype is never touched.
 */
import * as fc from 'fast-check';
import { actionPlanFromItem, actionPlanItemValues } from '../../../src/data/sharepoint/actionPlanEntryItem';
import { toActionPlanEntryRecord } from '../../../src/data/actionPlanRecord';
import { isParsedRow } from '../../../src/data/actionPlanRecord';
import {
  classificationFromItem,
  sharedTypeFromItem,
  toClassificationItemValues,
  toSharedTypeItemValues,
  toVersionItemValues,
  versionFromItem,
} from '../../../src/data/sharepoint/classificationItem';
import { readItemIdentity, readLookupId as readIdentityLookup } from '../../../src/data/sharepoint/classificationItemIdentity';
import { handoverFromItem, handoverItemValues } from '../../../src/data/sharepoint/handoverItem';
import { toHandoverRecord } from '../../../src/data/handoverRecord';
import { fromItem as orgUnitFromItem, toItemValues as orgUnitItemValues } from '../../../src/data/sharepoint/orgUnitItem';
import { reminderLogFromItem, reminderLogItemValues } from '../../../src/data/sharepoint/reminderLogItem';
import { requirementFromItem, requirementItemValues } from '../../../src/data/sharepoint/requirementItem';
import { dateFromItemValue, readItemVersioned, readLookupId } from '../../../src/data/sharepoint/requirementItemValues';
import { toRequirementRecord } from '../../../src/data/requirementRecord';
import {
  riskActionFromItem,
  riskActionItemValues,
  riskAnalysisFromItem,
  riskAnalysisItemValues,
  riskFromItem,
  riskItemValues,
  riskMatrixFromItem,
  riskMatrixItemValues,
} from '../../../src/data/sharepoint/riskItem';
import { toRiskActionRecord, toRiskAnalysisRecord, toRiskMatrixRecord, toRiskRecord } from '../../../src/data/riskRecord';
import { personFromSiteUser } from '../../../src/data/sharepoint/SharePointPeopleDirectory';
import type { OrgUnitDraft } from '../../../src/domain/organisation';
import { ClassificationFields } from '../../../src/data/schema/classificationsList';
import { approvedObject, completeDraft, sharedTypeDraft } from '../../contract/classificationFixtures';
import { action, analysis, matrixV1, risk } from '../../contract/riskRepositories.contract';
import { requirement } from '../../contract/requirementRepositories.contract';
import { requirementArb } from '../requirements/fixtures';
import { expectNoPrototypePollution, expectReasonsWhenBroken, HOSTILE_NUMBERS, HOSTILE_STRINGS, hostileValueArb, hostileVariantArb, HUGE, specialValues } from './hostileValues';

const IDENTITY = { Id: 5, 'odata.etag': '"3"', Modified: '2026-02-03T10:00:00Z', Editor: { Title: 'Per Holm' } };
const item = (values: Record<string, unknown>): Record<string, unknown> => ({ ...IDENTITY, ...values });

const ORG_UNIT: OrgUnitDraft = {
  name: 'Barn- och utbildningsnämnden',
  kind: 'namnd',
  parentId: '2',
  representatives: [{ displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' }],
  securityContact: { displayName: 'Per Holm', email: 'per.holm@norrkoping.se' },
  active: true,
};
const ANNA = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.example' };

/** Normalised `{ok, reasons}` view of every mapper's result shape. */
type Outcome = { ok: boolean; reasons?: unknown; value?: unknown };

interface MapperCase {
  name: string;
  read: (raw: unknown) => Outcome;
  /** A valid item as the write mapping produces it (plus the system columns). */
  valid: () => Record<string, unknown>;
}

const actionPlanOutcome = (raw: unknown): Outcome => {
  const mapped = actionPlanFromItem(raw);
  return isParsedRow(mapped.parsed) ? { ok: true, value: mapped.parsed } : { ok: false, reasons: mapped.parsed.reasons };
};

const MAPPERS: MapperCase[] = [
  { name: 'orgUnitItem.fromItem', read: (raw) => { const m = orgUnitFromItem(raw); return m.ok ? { ok: true, value: m.unit } : m; }, valid: () => item(orgUnitItemValues(ORG_UNIT)) },
  { name: 'classificationFromItem', read: classificationFromItem, valid: () => item(toClassificationItemValues(completeDraft('12'))) },
  { name: 'versionFromItem', read: versionFromItem, valid: () => item(toVersionItemValues({ objectId: '4', version: 1, snapshot: approvedObject('12'), approvedBy: ANNA, approvedAt: '2026-03-02T09:15:30.123Z' } as never)) },
  { name: 'sharedTypeFromItem', read: sharedTypeFromItem, valid: () => item(toSharedTypeItemValues(sharedTypeDraft())) },
  { name: 'requirementFromItem', read: (raw) => { const m = requirementFromItem(raw); return m.ok ? { ok: true, value: m.requirement } : m; }, valid: () => item(requirementItemValues(toRequirementRecord(requirement('TEK-01'), 1))) },
  {
    name: 'actionPlanFromItem',
    read: actionPlanOutcome,
    valid: () => item(actionPlanItemValues(toActionPlanEntryRecord('4', { requirementCode: 'TEK-01', status: 'uppfyllt', reason: '', how: 'Loggning', responsible: ANNA, targetDate: '2026-12-31' }, null))),
  },
  {
    name: 'handoverFromItem',
    read: (raw) => { const m = handoverFromItem(raw); return m.ok ? { ok: true, value: m.item } : m; },
    valid: () => item(handoverItemValues(toHandoverRecord({ objectId: '4', requirementCode: 'TEK-01', status: 'overlamnad', reason: '', history: [{ status: 'overlamnad', by: ANNA, at: '2026-02-03T10:00:00.000Z', reason: '' }] } as never))),
  },
  { name: 'riskMatrixFromItem', read: riskMatrixFromItem, valid: () => item(riskMatrixItemValues(toRiskMatrixRecord(matrixV1()))) },
  { name: 'riskAnalysisFromItem', read: riskAnalysisFromItem, valid: () => item(riskAnalysisItemValues(toRiskAnalysisRecord(analysis('12')))) },
  { name: 'riskFromItem', read: riskFromItem, valid: () => item(riskItemValues(toRiskRecord({ ...risk('7') }, '12'))) },
  { name: 'riskActionFromItem', read: riskActionFromItem, valid: () => item(riskActionItemValues(toRiskActionRecord(action('8'), '7'))) },
  {
    name: 'reminderLogFromItem',
    read: reminderLogFromItem,
    valid: () => ({ Id: 5, ...reminderLogItemValues({ key: 'digest-1', status: 'sent', recipient: 'anna@kommun.se', subject: 'Påminnelse', at: '2026-02-03T10:00:00.000Z', reminderKeys: ['a', 'b'] } as never) }),
  },
];

/** Calls the mapper; a throw fails the property with the input that caused it. */
function mapSafely(mapper: MapperCase, raw: unknown): Outcome {
  let result: Outcome;
  try {
    result = mapper.read(raw);
  } catch (error) {
    throw new Error(`${mapper.name} threw ${error instanceof Error ? error.message : String(error)}`);
  }
  expect(typeof result).toBe('object');
  expect(typeof result.ok).toBe('boolean');
  expectReasonsWhenBroken(result);
  return result;
}

afterEach(() => expectNoPrototypePollution());

describe.each(MAPPERS)('$name', (mapper) => {
  it('reads the valid fixture item (sanity check for the hostile variants below)', () => {
    expect(mapSafely(mapper, mapper.valid())).toMatchObject({ ok: true });
  });

  it('never throws on any value at all (fc.anything, null prototypes, symbols, bigint, boxed values)', () => {
    fc.assert(fc.property(hostileValueArb, (raw) => void mapSafely(mapper, raw)), { numRuns: 300 });
    for (const raw of specialValues()) mapSafely(mapper, raw);
  });

  it('never throws on a valid item with hostile values in its columns, and reports every broken one with reasons', () => {
    fc.assert(fc.property(hostileVariantArb(mapper.valid()), (raw) => void mapSafely(mapper, raw)), { numRuns: 400 });
  });

  it('each column set to each hand-picked hostile value: never throws', () => {
    const base = mapper.valid();
    for (const key of Object.keys(base)) {
      for (const value of specialValues()) mapSafely(mapper, { ...base, [key]: value });
    }
  });

  it('every lookup id column: null, missing, 0, -1, 1.5, "3", NaN never read as an id', () => {
    const base = mapper.valid();
    const lookups = Object.keys(base).filter((key) => /^Lis\w+Id$/.test(key));
    for (const key of lookups) {
      for (const value of [0, -1, 1.5, '3', NaN, Infinity, { Id: 3 }, [3], true]) {
        const result = mapSafely(mapper, { ...base, [key]: value });
        expect(result.ok).toBe(false);
        expect((result.reasons as string[]).join(' ')).toContain(key);
      }
    }
  });

  it('the item without etag, or with Modified "2026-02-30"/"igår", never throws', () => {
    const base = mapper.valid();
    for (const modified of ['igår', '', 42, null]) {
      const result = mapSafely(mapper, { ...base, Modified: modified });
      // The reminder log has no Modified column; approved snapshots are never updated, so they need no Modified either.
      if (mapper.name !== 'reminderLogFromItem' && mapper.name !== 'versionFromItem') expect(result.ok).toBe(false);
    }
    mapSafely(mapper, { ...base, Modified: '2026-02-30T10:00:00Z' });
    const noEtag: Record<string, unknown> = { ...base };
    delete noEtag['odata.etag'];
    mapSafely(mapper, noEtag);
  });
});

describe('targeted hostile items', () => {
  const classification = (): Record<string, unknown> => item(toClassificationItemValues(completeDraft('12')));
  const contentOf = (raw: Record<string, unknown>): Record<string, unknown> => JSON.parse(raw[ClassificationFields.content] as string) as Record<string, unknown>;

  it('a classification level of 7, -1, "3", 3.5, NaN (JSON null) in the content is broken with a reason, never thrown', () => {
    const base = classification();
    const content = contentOf(base);
    const text = JSON.stringify(content);
    // The level of the first assessment as the content JSON stores it.
    const levelPattern = /"level":\s*\d/;
    expect(text).toMatch(levelPattern);
    for (const level of [7, -1, '"3"', 3.5, 'null', '1e999', '{"__proto__":{"x":1}}']) {
      const hostile = text.replace(levelPattern, `"level":${String(level)}`);
      const result = classificationFromItem({ ...base, [ClassificationFields.content]: hostile });
      expect(result.ok).toBe(false);
      expectReasonsWhenBroken(result);
    }
  });

  it('content JSON that is invalid, huge, deeply nested or prototype-polluting is broken (or read as plain data), never thrown', () => {
    const base = classification();
    for (const json of HOSTILE_STRINGS) {
      const result = classificationFromItem({ ...base, [ClassificationFields.content]: json });
      expectReasonsWhenBroken(result);
    }
    const polluting = JSON.stringify({ ...contentOf(base) }).replace(/^\{/, '{"__proto__":{"x":1},"constructor":{"prototype":{"polluted":true}},');
    const result = classificationFromItem({ ...base, [ClassificationFields.content]: polluting });
    expectReasonsWhenBroken(result);
    if (result.ok) expect((result.value as unknown as Record<string, unknown>).x).toBeUndefined();
    expectNoPrototypePollution();
  });

  it('a lookup to a non-existent unit (id 999999) is read as that id: the repository, not the mapper, reports the missing unit', () => {
    const result = classificationFromItem({ ...classification(), LisOwnerUnitId: 999999 });
    expect(result.ok && result.value.ownerUnitId).toBe('999999');
  });

  it('an org unit whose representatives JSON pollutes or is garbage is broken with a reason', () => {
    const base = item(orgUnitItemValues(ORG_UNIT));
    for (const json of ['{"__proto__":{"x":1}}', '[{"__proto__":{"x":1}}]', '{', HUGE, '[1,2,3]', '[{"displayName":"<script>","email":"nope"}]']) {
      const result = orgUnitFromItem({ ...base, LisRepresentatives: json });
      expect(result.ok).toBe(false);
      expectReasonsWhenBroken(result);
    }
  });

  it('a 100 000-character name never throws (it is either stored as is or refused with a reason)', () => {
    for (const mapper of MAPPERS) {
      const base = mapper.valid();
      for (const key of ['Title', 'LisName']) if (key in base) mapSafely(mapper, { ...base, [key]: HUGE });
    }
  });

  it('dates like 2026-02-30 in date columns are refused or normalised, never thrown', () => {
    expect(() => dateFromItemValue('2026-02-30')).not.toThrow();
    const actionPlan = MAPPERS.find((m) => m.name === 'actionPlanFromItem')!;
    for (const date of ['2026-02-30', '2026-13-01', '0000-00-00', 'igår', 20260230, '2026-02-30T00:00:00Z']) {
      const result = mapSafely(actionPlan, { ...actionPlan.valid(), LisTargetDate: date });
      if (result.ok) expect((result.value as { current: { targetDate: unknown } }).current.targetDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('an impossible calendar date (2026-02-30, 2026-04-31) in a date column is refused, not silently moved to March', () => {
    const actionPlan = MAPPERS.find((m) => m.name === 'actionPlanFromItem')!;
    const analysisMapper = MAPPERS.find((m) => m.name === 'riskAnalysisFromItem')!;
    for (const date of ['2026-02-30', '2026-04-31', '2025-02-29']) {
      expect(mapSafely(actionPlan, { ...actionPlan.valid(), LisTargetDate: date }).ok).toBe(false);
      expect(mapSafely(analysisMapper, { ...analysisMapper.valid(), LisAnalysisDate: date }).ok).toBe(false);
      expect(classificationFromItem({ ...classification(), [ClassificationFields.nextReviewDate]: date }).ok).toBe(false);
    }
    // A real leap day still reads.
    expect(mapSafely(actionPlan, { ...actionPlan.valid(), LisTargetDate: '2028-02-29' })).toMatchObject({ ok: true, value: { current: { targetDate: '2028-02-29' } } });
  });

  it('the identity readers never throw and never take junk as an id', () => {
    fc.assert(
      fc.property(hostileValueArb, hostileValueArb, (id, modified) => {
        const raw = { Id: id, Modified: modified, Editor: id, __metadata: modified };
        const a = readItemIdentity(raw);
        const b = readItemVersioned(raw);
        expect(typeof a?.identity.id).toBe('string');
        expect(typeof b.id).toBe('string');
        const reasons: string[] = [];
        const lookup = readLookupId(id, 'LisX', reasons);
        const lookup2 = readIdentityLookup({ LisX: id }, 'LisX', reasons);
        if (lookup !== undefined) expect(lookup).toMatch(/^[1-9]\d*$/);
        if (lookup2 !== null) expect(lookup2).toMatch(/^[1-9]\d*$/);
      }),
      { numRuns: 300 },
    );
    for (const value of HOSTILE_NUMBERS) expect(() => readLookupId(value, 'LisX', [])).not.toThrow();
  });
});

describe('SharePointPeopleDirectory: site user mapping', () => {
  it('never throws, and only returns a person with a valid e-mail address', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValueArb, hostileVariantArb({ Title: 'Anna', Email: 'anna@kommun.se', UserPrincipalName: 'anna@kommun.se' })), (user) => {
        const person = personFromSiteUser(user);
        if (person !== null) {
          expect(typeof person.displayName).toBe('string');
          expect(person.email).toMatch(/^[^\s@]+@[^\s@]+$/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a markup display name is kept as plain text (rendering escapes it)', () => {
    expect(personFromSiteUser({ Title: '<img src=x onerror=alert(1)>', Email: 'a@kommun.se' })).toEqual({ displayName: '<img src=x onerror=alert(1)>', email: 'a@kommun.se' });
  });
});

/** Trimmed, non-empty text drawn from markup, quotes, bidi, zero-width and control characters. */
const hostileTextArb = fc
  .string({ unit: fc.constantFrom('<', '>', '&', "'", '"', '=', '+', '@', '\u202E', '\u200B', '\u0007', '\t', 'å', 'Ö', 'a', ' ', '{', '}', '😀'), minLength: 1, maxLength: 60 })
  .map((text) => text.trim())
  .filter((text) => text.length > 0);

const STORED_IDENTITY = { id: '5', etag: '"3"', modified: '2026-02-03T10:00:00Z', modifiedBy: 'Per Holm' };

describe('valid items with hostile text round-trip: write mapping -> read mapping gives the same domain value', () => {
  it('org units', () => {
    fc.assert(
      fc.property(hostileTextArb, hostileTextArb, (name, displayName) => {
        const draft: OrgUnitDraft = { ...ORG_UNIT, name, representatives: [{ displayName, email: 'anna.berg@norrkoping.se' }] };
        expect(orgUnitFromItem(item(orgUnitItemValues(draft)))).toEqual({ ok: true, unit: { ...draft, ...STORED_IDENTITY } });
      }),
    );
  });

  it('requirements (generated catalogue requirements)', () => {
    fc.assert(
      fc.property(requirementArb, fc.integer({ min: 0, max: 10_000 }), (generated, order) => {
        const record = toRequirementRecord(generated, order);
        const mapped = requirementFromItem(item(requirementItemValues(record)));
        expect(mapped).toEqual({ ok: true, requirement: { ...generated, code: record.code, aspects: expect.any(Array), ...STORED_IDENTITY }, order });
        expect(mapped.ok && [...mapped.requirement.aspects].sort()).toEqual([...generated.aspects].sort());
      }),
    );
  });

  it('handlingsplan rows', () => {
    fc.assert(
      fc.property(hostileTextArb, hostileTextArb, fc.constantFrom(null, '2026-12-31', '2028-02-29'), (how, displayName, targetDate) => {
        const entry = { requirementCode: 'TEK-01', status: 'delvis' as const, reason: '', how, responsible: { displayName, email: 'anna@kommun.se' }, targetDate };
        const mapped = actionPlanFromItem(item(actionPlanItemValues(toActionPlanEntryRecord('4', entry, null))));
        expect(mapped.parsed).toEqual({ objectId: '4', code: 'TEK-01', current: { ...entry, ...STORED_IDENTITY } });
      }),
    );
  });

  it('IT queue handovers', () => {
    fc.assert(
      fc.property(hostileTextArb, (reason) => {
        const handover = { objectId: '4', requirementCode: 'TEK-01', status: 'avvisad' as const, reason, history: [{ status: 'avvisad' as const, by: ANNA, at: '2026-02-03T10:00:00.000Z', reason }] };
        const mapped = handoverFromItem(item(handoverItemValues(toHandoverRecord(handover as never))));
        expect(mapped).toEqual({ ok: true, item: { ...handover, ...STORED_IDENTITY } });
      }),
    );
  });

  it('risk analyses and classification names', () => {
    fc.assert(
      fc.property(hostileTextArb, hostileTextArb, (name, scope) => {
        const value = analysis('12', { name, scope });
        const mapped = riskAnalysisFromItem(item(riskAnalysisItemValues(toRiskAnalysisRecord(value))));
        expect(mapped).toEqual({ ok: true, value: { ...value, ...STORED_IDENTITY } });
        const classified = classificationFromItem(item(toClassificationItemValues(completeDraft('12', name))));
        expect(classified.ok && classified.value.name).toBe(name);
      }),
      { numRuns: 60 },
    );
  });

  it('reminder log entries', () => {
    fc.assert(
      fc.property(hostileTextArb, fc.array(hostileTextArb, { maxLength: 4 }), (subject, reminderKeys) => {
        const entry = { key: 'digest-1', status: 'sent' as const, recipient: 'anna@kommun.se', subject, at: '2026-02-03T10:00:00.000Z', reminderKeys };
        expect(reminderLogFromItem({ Id: 5, ...reminderLogItemValues(entry as never) })).toEqual({ ok: true, value: entry });
      }),
    );
  });
});
