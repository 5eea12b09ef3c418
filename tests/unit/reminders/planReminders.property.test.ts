import fc from 'fast-check';
import { buildDigest, planReminders, reminderStep, type ReminderConfig } from '../../../src/domain/reminders';
import { normaliseEmail, type Person } from '../../../src/domain/shared';
import { addDays, type Task } from '../../../src/domain/tasks';
import { task } from './fixtures';

const PEOPLE: Person[] = ['anna', 'bo', 'cecilia', 'dan', 'eva'].map((n) => ({ displayName: n, email: `${n}@kommun.se` }));
const UNITS = ['u1', 'u2', 'u3'];

/** A day between 2026-01-01 and 2029-12-31 (leap year 2028, DST days, year ends included). */
const dayArb = fc.integer({ min: 0, max: 1460 }).map((n) => addDays('2026-01-01', n));

const scenarioArb = fc.record({
  today: dayArb,
  persons: fc.array(
    fc.record({
      person: fc.constantFrom(...PEOPLE).chain((p) => fc.constantFrom(p, { ...p, email: p.email.toUpperCase() })),
      tasks: fc.array(
        fc.record({ key: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6'), offset: fc.integer({ min: -80, max: 40 }), unit: fc.constantFrom(...UNITS) }),
        { maxLength: 6 }
      ),
    }),
    { maxLength: 6 }
  ),
  representatives: fc.dictionary(fc.constantFrom(...UNITS), fc.subarray(PEOPLE, { maxLength: 2 })),
  coordinators: fc.subarray(PEOPLE, { maxLength: 2 }),
  repAfter: fc.integer({ min: 0, max: 30 }),
  coordAfter: fc.integer({ min: 0, max: 60 }),
  sentFraction: fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { byPerson: Array<{ person: Person; tasks: Task[] }>; config: ReminderConfig } {
  return {
    byPerson: s.persons.map(({ person, tasks }) => ({
      person,
      tasks: tasks.map((t) => task(t.key, addDays(s.today, t.offset), s.today, t.unit)),
    })),
    config: {
      daysBefore: [30, 7, 1],
      overdueIntervalDays: 7,
      escalateToRepresentativesAfterDays: s.repAfter,
      escalateToCoordinatorAfterDays: s.coordAfter,
      representativesByUnit: s.representatives,
      coordinators: s.coordinators,
    },
  };
}

describe('planReminders (properties)', () => {
  it('plans at most one digest per recipient, never an empty one, and no key twice', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { byPerson, config } = build(s);
        const digests = planReminders(byPerson, new Set(), s.today, config);
        const recipients = digests.map((d) => normaliseEmail(d.recipient.email));
        expect(new Set(recipients).size).toBe(recipients.length);
        digests.forEach((d) => expect(d.items.length).toBeGreaterThan(0));
        const keys = digests.flatMap((d) => d.items.map((i) => i.key));
        expect(new Set(keys).size).toBe(keys.length);
      })
    );
  });

  it('every due item of a person is in their digest, and its mail lists it', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { byPerson, config } = build(s);
        const digests = planReminders(byPerson, new Set(), s.today, config);
        for (const { person, tasks } of byPerson) {
          for (const t of tasks) {
            if (reminderStep(t.dueDate, s.today, config.daysBefore, config.overdueIntervalDays) === null) continue;
            const digest = digests.filter((d) => normaliseEmail(d.recipient.email) === normaliseEmail(person.email))[0];
            expect(digest).toBeDefined();
            expect(digest.items.some((i) => i.task.key === t.key && i.task.dueDate === t.dueDate)).toBe(true);
            const mail = buildDigest(digest.recipient, digest.items, { taskUrl: (l) => `https://lis.se/${l.params.actionId}`, myTasksUrl: 'https://lis.se/' });
            expect(mail.text).toContain(t.title);
            expect(mail.html).toContain(`https://lis.se/${t.key}`);
          }
        }
      })
    );
  });

  it('never plans a key that was already sent, and plans exactly the rest', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { byPerson, config } = build(s);
        const all = planReminders(byPerson, new Set(), s.today, config).flatMap((d) => d.items.map((i) => i.key));
        const sent = new Set(all.filter((_, i) => s.sentFraction[i % s.sentFraction.length]));
        const again = planReminders(byPerson, sent, s.today, config).flatMap((d) => d.items.map((i) => i.key));
        again.forEach((k) => expect(sent.has(k)).toBe(false));
        expect(new Set(again)).toEqual(new Set(all.filter((k) => !sent.has(k))));
      })
    );
  });

  it('a run after everything was sent plans nothing new on the same day, over consecutive days each step once', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 45 }), (s, days) => {
        const { byPerson, config } = build(s);
        const sent = new Set<string>();
        for (let d = 0; d < days; d++) {
          const day = addDays(s.today, d);
          const keys = planReminders(byPerson, sent, day, config).flatMap((x) => x.items.map((i) => i.key));
          keys.forEach((k) => {
            expect(sent.has(k)).toBe(false);
            sent.add(k);
          });
          expect(planReminders(byPerson, sent, day, config)).toEqual([]);
        }
      }),
      { numRuns: 50 }
    );
  });
});
