/**
 * The store-neutral risk records (src/data/riskRecord.ts): what is written (derived values, normalised e-mails and
 * codes, JSON content with only the known fields) and how what a store gave back is read (every problem a reason,
 * never a throw; the domain's own rules applied after the shape).
 */
import { InvalidStoredItemError } from '../../../src/data/ports';
import {
  checkRiskActionRecord,
  checkRiskRecord,
  isParsed,
  listTitle,
  parseRiskActionRecord,
  parseRiskAnalysisRecord,
  parseRiskMatrixRecord,
  parseRiskRecord,
  toRiskActionRecord,
  toRiskAnalysisRecord,
  toRiskMatrixRecord,
  toRiskRecord,
} from '../../../src/data/riskRecord';
import type { Versioned } from '../../../src/domain/shared/Versioned';
import { action, analysis, matrixV1, risk } from '../../contract/riskRepositories.contract';

const ID: Versioned = { id: '5', etag: '"2"', modified: '2026-03-01T08:00:00.000Z', modifiedBy: 'Anna' };

function reasonsOf(parsed: { value: unknown } | { reasons: string[] }): string[] {
  return isParsed(parsed) ? [] : parsed.reasons;
}

describe('risk records: writing', () => {
  it('a risk record holds S × K for both assessments, the owner e-mail lower-cased and the owner unit given', () => {
    const record = toRiskRecord(risk('3', { riskOwner: { displayName: 'A', email: ' Anna.Berg@Kommun.SE ' } }), '12');
    expect(record).toMatchObject({ analysisId: '3', ownerUnitId: '12', inherentValue: 12, residualValue: 6, riskOwnerEmail: 'anna.berg@kommun.se', treatment: 'reducera' });
    expect(record.title).toBe('ransomware krypterar verksamhetssystemet');
  });

  it('stores only the known fields (an id or etag passed in is not written)', () => {
    const withStoreFields = { ...risk('3'), id: '99', etag: '"7"', extra: 'x' } as unknown as Parameters<typeof toRiskRecord>[0];
    const content = JSON.parse(toRiskRecord(withStoreFields, '12').contentJson) as Record<string, unknown>;
    expect(Object.keys(content).sort()).toEqual(['acceptance', 'aspects', 'cause', 'consequence', 'event', 'existingMeasures', 'inherent', 'residual', 'riskOwner', 'treatmentNote']);
  });

  it('an action record normalises requirement codes and the responsible e-mail', () => {
    const record = toRiskActionRecord(action('4', { requirementCodes: ['tek-04 '], responsible: { displayName: 'P', email: 'P@X.SE' } }), '3');
    expect(record).toMatchObject({ riskId: '4', analysisId: '3', responsibleEmail: 'p@x.se' });
    expect((JSON.parse(record.contentJson) as { requirementCodes: string[] }).requirementCodes).toEqual(['TEK-04']);
  });

  it('list titles are one line, never empty and at most 255 characters', () => {
    expect(listTitle('  två\nrader  ')).toBe('två rader');
    expect(listTitle('   ')).toBe('–');
    const long = listTitle('a'.repeat(300));
    expect(long).toHaveLength(255);
    expect(long.endsWith('…')).toBe(true);
  });

  it('refuses to write what the domain rules reject', () => {
    expect(() => checkRiskRecord(toRiskRecord(risk('3', { cause: '' }), '12'), 'new')).toThrow(InvalidStoredItemError);
    expect(() => checkRiskActionRecord(toRiskActionRecord(action('4', { description: '' }), '3'), 'new')).toThrow(InvalidStoredItemError);
  });
});

describe('risk records: reading back', () => {
  it('round-trips each kind of record', () => {
    const m = matrixV1();
    const parsedMatrix = parseRiskMatrixRecord(toRiskMatrixRecord(m), ID);
    expect(isParsed(parsedMatrix) && parsedMatrix.value).toEqual({ ...m, ...ID });
    const a = analysis('12');
    const parsedAnalysis = parseRiskAnalysisRecord(toRiskAnalysisRecord(a), ID);
    expect(isParsed(parsedAnalysis) && parsedAnalysis.value).toEqual({ ...a, ...ID });
    const r = risk('3');
    const parsedRisk = parseRiskRecord(toRiskRecord(r, '12'), ID);
    expect(isParsed(parsedRisk) && parsedRisk.value).toEqual({ ...r, ...ID, ownerUnitId: '12' });
    const x = action('4');
    const parsedAction = parseRiskActionRecord(toRiskActionRecord(x, '3'), ID);
    expect(isParsed(parsedAction) && parsedAction.value).toEqual({ ...x, ...ID, analysisId: '3' });
  });

  it('never throws on junk and says what is wrong', () => {
    for (const junk of [null, 42, 'text', [], {}]) {
      expect(reasonsOf(parseRiskMatrixRecord(junk, ID)).length).toBeGreaterThan(0);
      expect(reasonsOf(parseRiskAnalysisRecord(junk, ID)).length).toBeGreaterThan(0);
      expect(reasonsOf(parseRiskRecord(junk, ID)).length).toBeGreaterThan(0);
      expect(reasonsOf(parseRiskActionRecord(junk, ID)).length).toBeGreaterThan(0);
    }
  });

  it('reports bad JSON, bad assessments, unknown aspects and a malformed acceptance', () => {
    const base = toRiskRecord(risk('3'), '12');
    expect(reasonsOf(parseRiskRecord({ ...base, contentJson: '{nej' }, ID))).toContain('contentJson: not valid JSON');
    const content = JSON.parse(base.contentJson) as Record<string, unknown>;
    const bad = { ...content, inherent: { likelihood: 0, consequence: '3' }, aspects: ['K', 'Q'], acceptance: { acceptedBy: 'någon' } };
    const reasons = reasonsOf(parseRiskRecord({ ...base, contentJson: JSON.stringify(bad) }, ID));
    expect(reasons).toEqual(
      expect.arrayContaining([
        'inherent.likelihood: expected a scale value 1-6, got number 0',
        'inherent.consequence: expected a scale value 1-6, got "3"',
        'aspects.1: invalidChoice ("Q")',
        'acceptance.snapshot: expected an object, got missing',
      ]),
    );
  });

  it('applies the domain rules after the shape: a matrix with a gap, an analysis without name', () => {
    const m = matrixV1();
    const gap = { ...m, levels: m.levels.map((l, i) => (i === 1 ? { ...l, max: 4 } : l)) };
    expect(reasonsOf(parseRiskMatrixRecord(toRiskMatrixRecord(gap), ID)).length).toBeGreaterThan(0);
    expect(reasonsOf(parseRiskAnalysisRecord(toRiskAnalysisRecord(analysis('12', { name: '' })), ID))).toContain('name: required');
  });

  it('an identity without id or etag is a reason', () => {
    expect(reasonsOf(parseRiskActionRecord(toRiskActionRecord(action('4'), '3'), { ...ID, id: '', etag: '' }))).toEqual(['id: missing', 'etag: missing']);
  });
});
