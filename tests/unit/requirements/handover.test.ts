import {
  DEFAULT_CATALOGUE,
  HANDOVER_STATUSES,
  canTransition,
  deriveActionPlan,
  emptyEntry,
  handoverItems,
  newHandoverItems,
  transitionHandover,
  updateEntry,
  type HandoverItem,
  type HandoverStatus,
} from '../../../src/domain/requirements';
import { profile, requirement } from './fixtures';

const owner = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se' };
const it1 = { displayName: 'Ivar Tek', email: 'ivar.tek@norrkoping.se' };
const T0 = '2026-03-01T10:00:00Z';
const T1 = '2026-03-02T10:00:00Z';

function item(status: HandoverStatus): HandoverItem {
  return { objectId: 'obj-1', requirementCode: 'TEK-01', status, reason: '', history: [{ status: 'overlamnad', by: owner, at: T0, reason: '' }] };
}

describe('transitionHandover', () => {
  const allowed: [HandoverStatus, HandoverStatus][] = [
    ['overlamnad', 'accepterad'],
    ['overlamnad', 'avvisad'],
    ['accepterad', 'genomford'],
    ['accepterad', 'avvisad'],
    ['avvisad', 'overlamnad'],
  ];

  it('allows exactly the listed transitions', () => {
    for (const from of HANDOVER_STATUSES) {
      for (const to of HANDOVER_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect({ from, to, ok: canTransition(from, to) }).toEqual({ from, to, ok: expected });
        const result = transitionHandover(item(from), to, it1, T1, 'skäl');
        expect(result.ok).toBe(expected);
        if (!result.ok) expect(result.issues).toEqual([{ field: 'status', code: 'invalidTransition', params: { from, to } }]);
      }
    }
  });

  it('records who, when and why, without changing the given item', () => {
    const before = item('overlamnad');
    const result = transitionHandover(before, 'accepterad', it1, T1, '  Planeras Q3  ');
    expect(result).toEqual({
      ok: true,
      item: {
        ...before,
        status: 'accepterad',
        reason: 'Planeras Q3',
        history: [...before.history, { status: 'accepterad', by: it1, at: T1, reason: 'Planeras Q3' }],
      },
    });
    expect(before.status).toBe('overlamnad');
    expect(before.history).toHaveLength(1);
  });

  it('requires a reason to reject', () => {
    expect(transitionHandover(item('overlamnad'), 'avvisad', it1, T1)).toEqual({ ok: false, issues: [{ field: 'reason', code: 'required' }] });
    expect(transitionHandover(item('accepterad'), 'avvisad', it1, T1, '   ')).toEqual({ ok: false, issues: [{ field: 'reason', code: 'required' }] });
    const rejected = transitionHandover(item('overlamnad'), 'avvisad', it1, T1, 'Stöds inte av plattformen');
    expect(rejected.ok && rejected.item.reason).toBe('Stöds inte av plattformen');
  });

  it('does not leave a completed item', () => {
    for (const to of HANDOVER_STATUSES) expect(transitionHandover(item('genomford'), to, it1, T1, 'x').ok).toBe(false);
  });

  it('refuses an unknown status', () => {
    expect(transitionHandover(item('overlamnad'), 'klar' as HandoverStatus, it1, T1)).toEqual({
      ok: false,
      issues: [{ field: 'status', code: 'invalidChoice' }],
    });
  });
});

describe('handoverItems', () => {
  const tek = requirement({ code: 'T-1', kind: 'teknisk', aspects: ['K'], minLevel: 1, baseline: true });
  const tek2 = requirement({ code: 'T-2', kind: 'teknisk', aspects: ['R'], minLevel: 1, baseline: true });
  const adm = requirement({ code: 'A-1', kind: 'administrativ', aspects: ['K'], minLevel: 1, baseline: true });
  const fys = requirement({ code: 'F-1', kind: 'fysisk', aspects: ['K'], minLevel: 1, baseline: true });
  const tekHigh = requirement({ code: 'T-3', kind: 'teknisk', aspects: ['K'], minLevel: 3 });
  const catalogue = [tek, adm, tek2, fys, tekHigh];

  it('hands over the technical requirements of the plan, not those assessed as ej tillämpligt', () => {
    let plan = deriveActionPlan(catalogue, profile(2, 2, 0, 0), null, T0).plan;
    expect(handoverItems(plan, catalogue).map((r) => r.code)).toEqual(['T-1', 'T-2']);
    plan = updateEntry(plan, { ...emptyEntry('T-2'), status: 'ejTillampligt', reason: 'Ingen lagring' });
    expect(handoverItems(plan, catalogue).map((r) => r.code)).toEqual(['T-1']);
  });

  it('covers the default catalogue: only teknisk, and all applicable ones', () => {
    const plan = deriveActionPlan(DEFAULT_CATALOGUE, profile(3, 3, 3, 3), null, T0).plan;
    const handed = handoverItems(plan, DEFAULT_CATALOGUE);
    expect(handed.every((r) => r.kind === 'teknisk')).toBe(true);
    expect(handed).toHaveLength(DEFAULT_CATALOGUE.filter((r) => r.kind === 'teknisk').length);
  });

  it('creates queue items only for requirements not yet in the queue for that object', () => {
    const plan = deriveActionPlan(catalogue, profile(2, 2, 0, 0), null, T0).plan;
    const queue: HandoverItem[] = [
      { ...item('avvisad'), requirementCode: 'T-1' },
      { ...item('overlamnad'), objectId: 'other', requirementCode: 'T-2' },
    ];
    expect(newHandoverItems('obj-1', plan, catalogue, queue, owner, T1)).toEqual([
      { objectId: 'obj-1', requirementCode: 'T-2', status: 'overlamnad', reason: '', history: [{ status: 'overlamnad', by: owner, at: T1, reason: '' }] },
    ]);
  });
});
