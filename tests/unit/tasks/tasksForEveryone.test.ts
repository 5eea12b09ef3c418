import fc from 'fast-check';
import type { Person } from '../../../src/domain/shared';
import {
  addDays,
  deriveTasks,
  deriveTasksForEveryone,
  peopleWithWork,
  type TaskInput,
  type TaskPerson,
} from '../../../src/domain/tasks';
import type { HandoverItem } from '../../../src/domain/requirements/handover';
import { action, analysis, approvedObject, draftObject, entry, input, plan, risk, unit } from './fixtures';

const PEOPLE: Person[] = ['anna', 'bo', 'cecilia', 'dan'].map((n) => ({ displayName: n, email: `${n}@kommun.se` }));
const TODAY = '2026-11-28';

function handover(objectId: string, code: string, status: HandoverItem['status'], at: string): HandoverItem {
  return { objectId, requirementCode: code, status, reason: '', history: [{ status, at, by: PEOPLE[0], reason: '' }] };
}

const personArb = fc.constantFrom(...PEOPLE).chain((p) => fc.constantFrom<Person | null>(p, { ...p, email: ` ${p.email.toUpperCase()} ` }, null));
const offsetArb = fc.integer({ min: -90, max: 90 });

/** Random registers over 3 units, 4 people (with case/space variants of their e-mails) and every task source. */
const inputArb: fc.Arbitrary<TaskInput> = fc
  .record({
    reps: fc.array(fc.subarray(PEOPLE, { maxLength: 2 }), { minLength: 3, maxLength: 3 }),
    objects: fc.array(fc.record({ unit: fc.integer({ min: 0, max: 2 }), approved: fc.boolean(), offset: offsetArb }), { maxLength: 6 }),
    entries: fc.array(fc.record({ object: fc.integer({ min: 0, max: 5 }), who: personArb, offset: offsetArb }), { maxLength: 8 }),
    analyses: fc.array(fc.record({ unit: fc.integer({ min: 0, max: 2 }), offset: offsetArb }), { maxLength: 4 }),
    actions: fc.array(fc.record({ analysis: fc.integer({ min: 0, max: 3 }), who: personArb, offset: offsetArb }), { maxLength: 8 }),
    handovers: fc.array(fc.record({ object: fc.integer({ min: 0, max: 5 }), accepted: fc.boolean(), offset: fc.integer({ min: -60, max: 0 }) }), { maxLength: 4 }),
  })
  .map((r) => {
    const orgUnits = r.reps.map((reps, i) => unit(`u${i}`, reps));
    const classifications = r.objects.map((o, i) =>
      o.approved ? approvedObject(`c${i}`, `u${o.unit}`, addDays(TODAY, o.offset)) : draftObject(`c${i}`, `u${o.unit}`),
    );
    const byObject = new Map<string, ReturnType<typeof entry>[]>();
    r.entries.forEach((e, i) => {
      const id = `c${e.object}`;
      byObject.set(id, [...(byObject.get(id) ?? []), entry(`K-${i}`, e.who, addDays(TODAY, e.offset))]);
    });
    const plans = Array.from(byObject.entries()).map(([objectId, entries]) => ({ objectId, plan: plan(entries) }));
    const analyses = r.analyses.map((a, i) => analysis(`a${i}`, `u${a.unit}`, addDays(TODAY, a.offset)));
    const risks = analyses.map((a, i) => risk(`r${i}`, a.id));
    const actions = r.actions.map((a, i) => action(`x${i}`, `r${a.analysis}`, a.who, addDays(TODAY, a.offset)));
    const handovers = r.handovers.map((h, i) =>
      handover(`c${h.object}`, `H-${i}`, h.accepted ? 'accepterad' : 'overlamnad', `${addDays(TODAY, h.offset)}T09:00:00Z`),
    );
    return input({ orgUnits, classifications, plans, analyses, risks, actions, handovers });
  });

describe('deriveTasksForEveryone', () => {
  it('gives every person exactly the tasks deriveTasks gives them over the whole register', () => {
    fc.assert(
      fc.property(inputArb, fc.subarray(PEOPLE, { maxLength: 2 }), (data, itStaff) => {
        const people = peopleWithWork(data, itStaff);
        const fast = deriveTasksForEveryone(data, people, TODAY);
        expect(fast.map((p) => p.person.email)).toEqual(people.map((p) => p.email));
        people.forEach((person, i) => expect(fast[i].tasks).toEqual(deriveTasks(data, person, TODAY)));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a task for every person it lists except those with nothing due (no one with work is missed)', () => {
    fc.assert(
      fc.property(inputArb, (data) => {
        const everyone = PEOPLE.map((p): TaskPerson => ({ ...p, isItStaff: false }));
        const listed = new Set(peopleWithWork(data, []).map((p) => p.email.toLowerCase()));
        everyone.forEach((person) => {
          if (deriveTasks(data, person, TODAY).length > 0) expect(listed.has(person.email)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('peopleWithWork', () => {
  it('lists representatives, responsible people and IT staff once each, case-insensitively, IT staff flagged', () => {
    const data = input({
      orgUnits: [unit('u1', [PEOPLE[0], { ...PEOPLE[1], email: 'BO@kommun.se' }])],
      classifications: [approvedObject('c1', 'u1', '2026-12-01')],
      plans: [{ objectId: 'c1', plan: plan([entry('K1', PEOPLE[1], '2026-12-01'), entry('K2', null, '2026-12-01')]) }],
      actions: [action('x1', 'r1', { displayName: 'Anna igen', email: ' ANNA@kommun.se ' }, '2026-12-01')],
    });
    const people = peopleWithWork(data, [PEOPLE[3], { ...PEOPLE[0], email: 'Anna@Kommun.se' }]);
    expect(people).toEqual([
      { displayName: 'dan', email: 'dan@kommun.se', isItStaff: true },
      { displayName: 'anna', email: 'Anna@Kommun.se', isItStaff: true },
      { displayName: 'bo', email: 'BO@kommun.se', isItStaff: false },
    ]);
  });

  it('skips people without an e-mail', () => {
    const data = input({ orgUnits: [unit('u1', [{ displayName: 'Ingen post', email: '  ' }])] });
    expect(peopleWithWork(data, [])).toEqual([]);
  });
});
