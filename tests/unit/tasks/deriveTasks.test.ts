import type { HandoverItem } from '../../../src/domain/requirements';
import { deriveTasks, TASK_SOURCES, type Task, type TaskSource } from '../../../src/domain/tasks';
import { action, analysis, anna, approvedObject, draftObject, entry, input, ivar, other, plan, risk, unit } from './fixtures';

const today = '2026-11-28';
const keys = (tasks: Task[]): string[] => tasks.map((t) => t.key);

describe('deriveTasks: classification reviews', () => {
  const data = input({
    orgUnits: [unit('u1', [{ displayName: 'Anna', email: 'ANNA.Berg@Norrkoping.se ' }]), unit('u2', [other])],
    classifications: [
      approvedObject('c-soon', 'u1', '2027-01-27'), // 60 days ahead: due soon
      approvedObject('c-later', 'u1', '2027-01-28'), // 61 days ahead: not yet
      approvedObject('c-late', 'u1', '2026-11-01'), // passed
      approvedObject('c-other', 'u2', '2026-12-01'), // another unit
    ],
  });

  it('lists reviews due within 60 days or passed for a representative of the owner unit, matched case-insensitively', () => {
    const tasks = deriveTasks(data, anna, today);
    expect(keys(tasks)).toEqual(['klassningOmprovning:c-late:1', 'klassningOmprovning:c-soon:1']);
    expect(tasks[0]).toMatchObject({
      kind: 'klassningOmprovning',
      title: 'Ompröva klassningen av Objekt c-late',
      dueDate: '2026-11-01',
      state: 'forsenad',
      orgUnitId: 'u1',
      link: { view: 'classification', params: { objectId: 'c-late' } },
    });
    expect(tasks[1].state).toBe('kommande');
  });

  it('gives nothing to someone who represents no unit', () => {
    expect(deriveTasks(data, { ...ivar, isItStaff: false }, today)).toEqual([]);
  });
});

describe('deriveTasks: drafts waiting for approval', () => {
  it('lists drafts ready for approval (not incomplete ones) for the representatives, due today', () => {
    const data = input({
      orgUnits: [unit('u1', [anna])],
      classifications: [draftObject('d1', 'u1'), draftObject('d-empty', 'u1', { sets: [] }), draftObject('d-name', 'u1', { name: '' })],
    });
    const tasks = deriveTasks(data, anna, today);
    expect(keys(tasks)).toEqual(['klassningFaststallande:d1:1']);
    expect(tasks[0]).toMatchObject({ dueDate: today, state: 'snart', link: { view: 'classification', params: { objectId: 'd1' } } });
  });

  it('keeps a passed review date of the approved version as the due date', () => {
    const data = input({ orgUnits: [unit('u1', [anna])], classifications: [draftObject('d1', 'u1', { version: 2, nextReviewDate: '2026-10-01' })] });
    expect(deriveTasks(data, anna, today)[0]).toMatchObject({ key: 'klassningFaststallande:d1:2', dueDate: '2026-10-01', state: 'forsenad' });
  });
});

describe('deriveTasks: action plan entries', () => {
  const data = input({
    classifications: [approvedObject('c1', 'u1', '2030-01-01')],
    plans: [
      {
        objectId: 'c1',
        plan: plan([
          entry('ADM-01', { displayName: 'A', email: 'Anna.Berg@norrkoping.se' }, '2027-06-30'),
          entry('ADM-02', anna, '2026-11-27', 'delvis'),
          entry('ADM-03', anna, '2026-12-01', 'uppfyllt'),
          entry('ADM-04', anna, '2026-12-01', 'ejTillampligt'),
          entry('ADM-05', anna, null),
          entry('ADM-06', other, '2026-12-01'),
          entry('ADM-07', anna, '2026-02-30'),
        ]),
      },
      { objectId: 'missing', plan: plan([entry('ADM-09', anna, '2026-12-01')]) },
    ],
  });

  it('lists open entries with a target date that the person is responsible for', () => {
    const tasks = deriveTasks(data, anna, today);
    expect(keys(tasks)).toEqual(['handlingsplan:c1:ADM-02', 'handlingsplan:c1:ADM-01']);
    expect(tasks[0]).toMatchObject({ state: 'forsenad', orgUnitId: 'u1', title: 'Genomför krav ADM-02 för Objekt c1' });
    expect(tasks[1]).toMatchObject({ state: 'kommande', link: { view: 'classification', params: { objectId: 'c1', requirementCode: 'ADM-01' } } });
  });
});

describe('deriveTasks: risk actions and follow-ups', () => {
  const data = input({
    orgUnits: [unit('u1', [anna])],
    analyses: [analysis('a1', 'u1', '2026-12-10'), analysis('a2', 'u1', '2027-06-01'), analysis('a3', 'u1', null)],
    risks: [risk('r1', 'a1')],
    actions: [
      action('x1', 'r1', anna, '2026-12-05'),
      action('x2', 'r1', anna, '2026-12-05', 'klar'),
      action('x3', 'r1', anna, '2026-12-05', 'avbruten'),
      action('x4', 'r1', other, '2026-12-05'),
      action('x5', 'r1', anna, null),
      action('x6', 'no-risk', anna, '2026-12-05'),
      action('x7', 'r1', anna, '2026-11-20', 'ejPaborjad'),
    ],
  });

  it('lists open actions the person is responsible for, under the analysis owner unit', () => {
    const tasks = deriveTasks(data, anna, today).filter((t) => t.kind === 'riskatgard');
    expect(keys(tasks)).toEqual(['riskatgard:x7', 'riskatgard:x1']);
    expect(tasks[0].state).toBe('forsenad');
    expect(tasks[1]).toMatchObject({ state: 'snart', orgUnitId: 'u1', link: { view: 'risk', params: { analysisId: 'a1', riskId: 'r1', actionId: 'x1' } } });
  });

  it('lists follow-ups due within 60 days for the representatives only', () => {
    expect(keys(deriveTasks(data, anna, today).filter((t) => t.kind === 'riskUppfoljning'))).toEqual(['riskUppfoljning:a1:2026-12-10']);
    expect(deriveTasks(data, { ...other, isItStaff: false }, today).filter((t) => t.kind === 'riskUppfoljning')).toEqual([]);
  });
});

describe('deriveTasks: handover items', () => {
  const item = (code: string, status: HandoverItem['status'], at: string): HandoverItem => ({
    objectId: 'c1',
    requirementCode: code,
    status,
    reason: '',
    history: [{ status, by: anna, at, reason: '' }],
  });
  const data = input({
    classifications: [approvedObject('c1', 'u1', '2030-01-01')],
    handovers: [
      item('TEK-01', 'overlamnad', '2026-11-20T10:00:00Z'),
      // 23:30 UTC on 31 Dec is 1 Jan in Stockholm: due 30 days after 2027-01-01.
      item('TEK-02', 'accepterad', '2026-12-31T23:30:00Z'),
      item('TEK-03', 'genomford', '2026-11-20T10:00:00Z'),
      item('TEK-04', 'avvisad', '2026-11-20T10:00:00Z'),
    ],
  });

  it('lists open queue items for IT staff, due 30 days after the latest change on the Stockholm calendar', () => {
    const tasks = deriveTasks(data, ivar, today);
    expect(tasks.map((t) => [t.key, t.dueDate, t.state])).toEqual([
      ['itOverlamning:c1:TEK-01:overlamnad', '2026-12-20', 'kommande'],
      ['itOverlamning:c1:TEK-02:accepterad', '2027-01-31', 'kommande'],
    ]);
    expect(tasks[0]).toMatchObject({ orgUnitId: 'u1', link: { view: 'itQueue', params: { objectId: 'c1', requirementCode: 'TEK-01' } } });
  });

  it('gives nothing to people not flagged as IT', () => {
    expect(deriveTasks(data, anna, today)).toEqual([]);
  });
});

describe('deriveTasks: registry', () => {
  it('takes every registered source and a new source is just one more entry', () => {
    expect(TASK_SOURCES.map((s) => s.kind)).toEqual([
      'klassningOmprovning',
      'klassningFaststallande',
      'handlingsplan',
      'riskatgard',
      'riskUppfoljning',
      'itOverlamning',
    ]);
    const extra: TaskSource = {
      kind: 'policykvittens',
      derive: (_input, person, day) => [
        { key: `policykvittens:${person.email}`, kind: 'policykvittens', title: 'Kvittera policyn', dueDate: day, state: 'snart', orgUnitId: 'u1', link: { view: 'policy', params: {} } },
      ],
    };
    const tasks = deriveTasks(input({}), anna, today, [...TASK_SOURCES, extra, extra]);
    expect(keys(tasks)).toEqual([`policykvittens:${anna.email}`]);
  });

  it('rejects a today that is not a date', () => {
    expect(() => deriveTasks(input({}), anna, '2026-13-01')).toThrow(RangeError);
  });

  it('does not depend on the order of the input', () => {
    const data = input({
      orgUnits: [unit('u1', [anna])],
      classifications: [approvedObject('b', 'u1', '2026-12-01'), approvedObject('a', 'u1', '2026-12-01'), approvedObject('c', 'u1', '2026-11-30')],
    });
    const reversed = { ...data, classifications: [...data.classifications].reverse() };
    expect(keys(deriveTasks(data, anna, today))).toEqual(keys(deriveTasks(reversed, anna, today)));
    expect(keys(deriveTasks(data, anna, today))).toEqual(['klassningOmprovning:c:1', 'klassningOmprovning:a:1', 'klassningOmprovning:b:1']);
  });
});
