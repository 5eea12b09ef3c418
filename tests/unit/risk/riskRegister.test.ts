import { acceptRisk, actionsByRisk, DEFAULT_MATRIX, riskRegister, type RiskAction, type RiskMatrix, type RiskRegisterRow } from '../../../src/domain/risk';
import { anna, assess, bengt, defaultMatrix, makeAction, makeAnalysis, makeRisk } from './fixtures';

const v2: RiskMatrix = { ...defaultMatrix(), version: 2, levels: defaultMatrix().levels.map((l) => (l.key === 'hog' ? { ...l, label: 'Hög v2' } : l)) };
const care = makeAnalysis({ ownerUnitId: 'vard', status: 'pagar' });
const social = makeAnalysis({ ownerUnitId: 'social', status: 'klar', matrixVersion: 2 });
const water = makeAnalysis({ ownerUnitId: 'vatten', status: 'planerad', matrixVersion: 9 });

type Row = RiskRegisterRow & { id: string };

function row(id: string, risk: Partial<Parameters<typeof makeRisk>[0]>, analysis = care, actions: RiskAction[] = []): Row {
  return { id, risk: makeRisk({ event: id, ...risk }), analysis, actions };
}

const rows: Row[] = [
  row('ransomware', { inherent: assess(4, 4), treatment: 'reducera', residual: assess(2, 3) }, care, [
    makeAction({ targetDate: '2026-04-01', status: 'pagar' }),
    makeAction({ targetDate: '2026-04-01', status: 'klar' }),
  ]),
  row('laptop', { inherent: assess(3, 4), riskOwner: bengt }, social, [makeAction({ targetDate: '2026-06-01' })]),
  row('scada', { inherent: assess(2, 4) }, water),
  row('ej bedömd', { inherent: null }, care),
  row('liten', { inherent: assess(1, 1), riskOwner: null }, care),
];

const today = '2026-05-04';

function ids(filters: Parameters<typeof riskRegister>[2]): string[] {
  return riskRegister(rows, [DEFAULT_MATRIX, v2], filters, today).map((e) => e.risk.event);
}

describe('riskRegister', () => {
  it('scores each row on its analysis matrix version, highest current value first, unscored last', () => {
    const entries = riskRegister(rows, [DEFAULT_MATRIX, v2], {}, today);
    expect(entries.map((e) => [e.risk.event, e.current?.value ?? null, e.current?.level.label ?? null])).toEqual([
      ['laptop', 12, 'Hög v2'],
      ['ransomware', 6, 'Medelhög'],
      ['liten', 1, 'Låg'],
      ['ej bedömd', null, null],
      ['scada', null, null], // matrix version 9 is missing
    ]);
    const ransomware = entries[1];
    expect([ransomware.inherent?.value, ransomware.residual?.value, ransomware.openActions, ransomware.overdueActions]).toEqual([16, 6, 1, 1]);
    expect(entries[0].overdueActions).toBe(0);
    expect((entries[0] as { id?: string }).id).toBeUndefined();
    expect(entries[0].analysis).toBe(social);
  });

  it('filters by level of the current score', () => {
    expect(ids({ levelKeys: ['hog'] })).toEqual(['laptop']);
    expect(ids({ levelKeys: ['medelhog', 'lag'] })).toEqual(['ransomware', 'liten']);
    expect(ids({ levelKeys: ['extremtHog'] })).toEqual([]);
    expect(ids({ levelKeys: [] })).toHaveLength(5);
  });

  it('filters by owner e-mail, case-insensitively', () => {
    expect(ids({ ownerEmail: ' BENGT.berg@kommun.se ' })).toEqual(['laptop']);
    expect(ids({ ownerEmail: anna.email })).toEqual(['ransomware', 'ej bedömd', 'scada']);
    expect(ids({ ownerEmail: '  ' })).toHaveLength(5);
  });

  it('filters by analysis status and unit', () => {
    expect(ids({ statuses: ['klar', 'planerad'] })).toEqual(['laptop', 'scada']);
    expect(ids({ ownerUnitIds: ['vard'] })).toEqual(['ransomware', 'liten', 'ej bedömd']);
    expect(ids({ ownerUnitIds: ['vard', 'vatten'], statuses: ['planerad'] })).toEqual(['scada']);
  });

  it('filters to risks with overdue actions', () => {
    expect(ids({ overdueActionsOnly: true })).toEqual(['ransomware']);
    expect(riskRegister(rows, [DEFAULT_MATRIX, v2], { overdueActionsOnly: true }, '2026-06-02').map((e) => e.risk.event)).toEqual(['laptop', 'ransomware']);
  });

  it('filters by treatment and acceptance state', () => {
    expect(ids({ treatments: ['reducera'] })).toEqual(['ransomware']);
    const accepted = acceptRisk(rows[4].risk, DEFAULT_MATRIX, anna, 'riskOwner', new Date('2026-01-01T10:00:00Z'), '2026-03-01');
    const withAcceptance = [...rows.slice(0, 4), { ...rows[4], risk: accepted }];
    const entries = riskRegister(withAcceptance, [DEFAULT_MATRIX, v2], { acceptance: ['expired'] }, today);
    expect(entries.map((e) => [e.risk.event, e.acceptance.state])).toEqual([['liten', 'expired']]);
    expect(riskRegister(withAcceptance, [DEFAULT_MATRIX, v2], { acceptance: ['none'] }, today)).toHaveLength(4);
  });

  it('groups actions by risk', () => {
    const actions = [makeAction({ riskId: 'a' }), makeAction({ riskId: 'b' }), makeAction({ riskId: 'a', description: 'två' })];
    const grouped = actionsByRisk(actions);
    expect(grouped.get('a')?.map((a) => a.description)).toEqual(['Inför offline-backup', 'två']);
    expect(grouped.get('b')).toHaveLength(1);
    expect(grouped.get('c')).toBeUndefined();
  });
});
