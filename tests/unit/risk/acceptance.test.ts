import {
  acceptanceLevel,
  acceptanceState,
  acceptRisk,
  materialChanges,
  mayAccept,
  rolesThatMayAccept,
  snapshotOf,
  withdrawAcceptance,
  type AcceptanceRole,
  type Risk,
} from '../../../src/domain/risk';
import { ValidationError } from '../../../src/domain/shared/Validation';
import { anna, assess, bengt, defaultMatrix, makeRisk } from './fixtures';

const matrix = defaultMatrix();
const at = new Date('2026-05-04T09:30:00Z');

function issueCodes(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.field}:${i.code}`);
    throw error;
  }
  return [];
}

describe('who may accept which level', () => {
  it.each<[AcceptanceRole, string[]]>([
    ['riskOwner', ['lag']],
    ['forvaltning', ['lag', 'medelhog']],
    ['namnd', ['lag', 'medelhog', 'hog', 'extremtHog']],
    ['kommunstyrelsen', ['lag', 'medelhog', 'hog', 'extremtHog']],
  ])('%s may accept %p', (role, keys) => {
    expect(matrix.levels.filter((l) => mayAccept(role, l)).map((l) => l.key)).toEqual(keys);
  });

  it('lists the roles for a level, lowest first', () => {
    expect(rolesThatMayAccept(matrix.levels[1])).toEqual(['forvaltning', 'namnd', 'kommunstyrelsen']);
    expect(rolesThatMayAccept({ acceptedBy: 'kommunstyrelsen' })).toEqual(['kommunstyrelsen']);
  });

  it('judges the residual level when assessed, else the inherent', () => {
    expect(acceptanceLevel(makeRisk({ inherent: assess(4, 4), residual: assess(1, 2) }), matrix)?.key).toBe('lag');
    expect(acceptanceLevel(makeRisk({ inherent: assess(4, 4), residual: null }), matrix)?.key).toBe('extremtHog');
    expect(acceptanceLevel(makeRisk({ inherent: null }), matrix)).toBeNull();
    expect(acceptanceLevel(makeRisk({ inherent: assess(5, 1) }), matrix)).toBeNull();
  });
});

describe('acceptRisk', () => {
  it('records who, when, role, validity and a snapshot, leaving the input alone', () => {
    const risk = makeRisk({ inherent: assess(3, 4), treatment: 'reducera', residual: assess(1, 2) });
    const copy = JSON.parse(JSON.stringify(risk)) as Risk;
    const accepted = acceptRisk(risk, matrix, { displayName: ' Anna Andersson ', email: 'anna.andersson@kommun.se ' }, 'riskOwner', at, '2027-05-04');
    expect(risk).toEqual(copy);
    expect(accepted.acceptance).toEqual({
      acceptedBy: anna,
      acceptedAt: '2026-05-04T09:30:00.000Z',
      validUntil: '2027-05-04',
      role: 'riskOwner',
      snapshot: snapshotOf(risk),
    });
    expect(acceptanceState(accepted, '2026-05-04').state).toBe('valid');
  });

  it('refuses a role below the level, naming the level and the lowest role that may', () => {
    const risk = makeRisk({ inherent: assess(3, 4) }); // 12: Hög, nämnden
    expect(() => acceptRisk(risk, matrix, anna, 'forvaltning', at, '2027-01-01')).toThrow(ValidationError);
    try {
      acceptRisk(risk, matrix, anna, 'forvaltning', at, '2027-01-01');
    } catch (error) {
      expect((error as ValidationError).issues).toEqual([{ field: 'role', code: 'mayNotAccept', params: { level: 'Hög', role: 'namnd' } }]);
    }
    expect(acceptRisk(risk, matrix, bengt, 'namnd', at, '2027-01-01').acceptance?.role).toBe('namnd');
    expect(acceptRisk(risk, matrix, bengt, 'kommunstyrelsen', at, '2027-01-01').acceptance?.role).toBe('kommunstyrelsen');
  });

  it('refuses an unassessed or off-scale risk', () => {
    expect(issueCodes(() => acceptRisk(makeRisk({ inherent: null }), matrix, anna, 'namnd', at, '2027-01-01'))).toEqual(['inherent:notAssessed']);
    expect(issueCodes(() => acceptRisk(makeRisk({ inherent: assess(6, 1) }), matrix, anna, 'namnd', at, '2027-01-01'))).toEqual([
      'inherent.likelihood:offScale',
    ]);
    expect(issueCodes(() => acceptRisk(makeRisk({ residual: assess(1, 9), treatment: 'reducera' }), matrix, anna, 'namnd', at, '2027-01-01'))).toEqual([
      'residual.likelihood:offScale',
    ]);
  });

  it('checks the person and the date, reporting everything at once', () => {
    expect(issueCodes(() => acceptRisk(makeRisk({ inherent: assess(1, 1) }), matrix, { displayName: ' ', email: 'x' }, 'riskOwner', at, '2026-02-30'))).toEqual([
      'acceptedBy.displayName:required',
      'acceptedBy.email:invalidEmail',
      'validUntil:invalidDate',
    ]);
    expect(issueCodes(() => acceptRisk(makeRisk({ inherent: assess(1, 1) }), matrix, { displayName: 'A', email: '' }, 'riskOwner', at, '2026-05-03'))).toEqual([
      'acceptedBy.email:required',
      'validUntil:dateInPast',
    ]);
  });

  it('allows validity through the acceptance day itself (Stockholm calendar)', () => {
    const lateEvening = new Date('2026-05-04T22:30:00Z'); // already 5 May in Stockholm
    expect(issueCodes(() => acceptRisk(makeRisk({ inherent: assess(1, 1) }), matrix, anna, 'riskOwner', lateEvening, '2026-05-04'))).toEqual([
      'validUntil:dateInPast',
    ]);
    expect(acceptRisk(makeRisk({ inherent: assess(1, 1) }), matrix, anna, 'riskOwner', at, '2026-05-04').acceptance?.validUntil).toBe('2026-05-04');
  });

  it('refuses an invalid time', () => {
    expect(() => acceptRisk(makeRisk(), matrix, anna, 'namnd', new Date('nope'), '2027-01-01')).toThrow(RangeError);
  });

  it('can be withdrawn', () => {
    const accepted = acceptRisk(makeRisk({ inherent: assess(1, 1) }), matrix, anna, 'riskOwner', at, '2027-01-01');
    expect(acceptanceState(withdrawAcceptance(accepted), '2026-06-01')).toEqual({ state: 'none', changed: [], validUntil: null });
    expect(accepted.acceptance).not.toBeNull();
  });
});

describe('acceptanceState', () => {
  const accepted = acceptRisk(makeRisk({ inherent: assess(3, 4), treatment: 'reducera', residual: assess(1, 2) }), matrix, anna, 'namnd', at, '2026-12-31');

  it('is none without an acceptance', () => {
    expect(acceptanceState(makeRisk(), '2026-01-01')).toEqual({ state: 'none', changed: [], validUntil: null });
  });

  it('is valid through validUntil and expired the day after', () => {
    expect(acceptanceState(accepted, '2026-12-31')).toEqual({ state: 'valid', changed: [], validUntil: '2026-12-31' });
    expect(acceptanceState(accepted, '2027-01-01')).toEqual({ state: 'expired', changed: [], validUntil: '2026-12-31' });
  });

  it.each<[string, Partial<Risk>, string[]]>([
    ['cause', { cause: 'nytt skäl' }, ['cause']],
    ['event', { event: 'annan händelse' }, ['event']],
    ['consequence', { consequence: 'annan följd' }, ['consequence']],
    ['inherent S', { inherent: assess(4, 4) }, ['inherent']],
    ['residual K', { residual: assess(1, 3) }, ['residual']],
    ['residual removed', { residual: null }, ['residual']],
    ['treatment', { treatment: 'overfora' }, ['treatment']],
    ['several', { cause: 'x', treatment: null, inherent: null }, ['cause', 'inherent', 'treatment']],
  ])('is void after a material change of %s, naming the fields', (_name, change, fields) => {
    const changed = { ...accepted, ...change };
    expect(acceptanceState(changed, '2026-06-01')).toEqual({ state: 'void', changed: fields, validUntil: '2026-12-31' });
    expect(acceptanceState(changed, '2027-06-01').state).toBe('void');
  });

  it('is not voided by whitespace, motivering, owner, aspects, measures or notes', () => {
    const edited: Risk = {
      ...accepted,
      cause: ` ${accepted.cause}  `,
      inherent: { ...(accepted.inherent as NonNullable<Risk['inherent']>), motivering: 'ny motivering' },
      riskOwner: bengt,
      aspects: ['K'],
      existingMeasures: 'brandvägg',
      treatmentNote: 'se plan',
    };
    expect(acceptanceState(edited, '2026-06-01').state).toBe('valid');
    expect(materialChanges(accepted.acceptance!.snapshot, edited)).toEqual([]);
  });

  it('needs a real today', () => {
    expect(() => acceptanceState(accepted, '2026-13-01')).toThrow(RangeError);
  });
});
