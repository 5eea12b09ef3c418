import { defaultReminderConfig, planReminders, reminderKey, type ReminderConfig } from '../../../src/domain/reminders';
import { anna, bo, chef, sam, task } from './fixtures';

const today = '2026-11-28';
const config: ReminderConfig = defaultReminderConfig({ u1: [chef] }, [sam]);

describe('planReminders', () => {
  it('plans one digest per recipient with all their due items, sorted by due date', () => {
    const digests = planReminders(
      [
        { person: anna, tasks: [task('a-7', '2026-12-05', today), task('a-far', '2027-06-01', today), task('a-30', '2026-12-28', today), task('a-late', '2026-11-27', today)] },
        { person: bo, tasks: [task('b-1', '2026-11-29', today)] },
      ],
      new Set(),
      today,
      config
    );
    expect(digests.map((d) => d.recipient.email)).toEqual([anna.email, bo.email]);
    expect(digests[0].items.map((i) => [i.task.key, i.step, i.role])).toEqual([
      ['a-late', 'forsenad-1', 'ansvarig'],
      ['a-7', 'fore-7', 'ansvarig'],
      ['a-30', 'fore-30', 'ansvarig'],
    ]);
    expect(digests[1].items.map((i) => i.step)).toEqual(['fore-1']);
    expect(digests[0].items[0].key).toBe(reminderKey(anna.email, 'a-late', '2026-11-27', 'forsenad-1'));
  });

  it('merges the same recipient given with different letter case into one digest', () => {
    const digests = planReminders(
      [
        { person: anna, tasks: [task('a1', '2026-11-29', today)] },
        { person: { ...anna, email: 'Anna.Berg@Norrkoping.SE' }, tasks: [task('a2', '2026-11-30', today)] },
      ],
      new Set(),
      today,
      config
    );
    expect(digests).toHaveLength(1);
    expect(digests[0].items.map((i) => i.task.key)).toEqual(['a1', 'a2']);
  });

  it('never plans a key already sent, and plans the next step when it comes', () => {
    const tasks = [{ person: anna, tasks: [task('a1', '2026-12-05', today)] }];
    const first = planReminders(tasks, new Set(), today, config);
    const sent = new Set(first.flatMap((d) => d.items.map((i) => i.key)));
    expect(planReminders(tasks, sent, today, config)).toEqual([]);
    expect(planReminders(tasks, sent, '2026-12-01', config)).toEqual([]); // still the fore-7 step
    const later = planReminders(tasks, sent, '2026-12-04', config);
    expect(later[0].items.map((i) => i.step)).toEqual(['fore-1']);
  });

  it('plans again when the due date moves (a new key)', () => {
    const sent = new Set([reminderKey(anna.email, 'a1', '2026-12-05', 'fore-7')]);
    const digests = planReminders([{ person: anna, tasks: [task('a1', '2026-12-04', today)] }], sent, today, config);
    expect(digests[0].items[0].key).toBe(reminderKey(anna.email, 'a1', '2026-12-04', 'fore-7'));
  });

  it('escalates to the unit representatives past 14 days overdue and to the coordinator past 30', () => {
    const plan = (due: string): Array<[string, string]> =>
      planReminders([{ person: anna, tasks: [task('x', due, today)] }], new Set(), today, config).flatMap((d) =>
        d.items.map((i): [string, string] => [d.recipient.email, i.role])
      );
    expect(plan('2026-11-14')).toEqual([[anna.email, 'ansvarig']]); // 14 days overdue
    expect(plan('2026-11-13')).toEqual([[anna.email, 'ansvarig'], [chef.email, 'foretradare']]); // 15
    expect(plan('2026-10-29')).toEqual([[anna.email, 'ansvarig'], [chef.email, 'foretradare']]); // 30
    expect(plan('2026-10-28')).toEqual([[anna.email, 'ansvarig'], [chef.email, 'foretradare'], [sam.email, 'samordnare']]); // 31
  });

  it('puts escalated items into the one digest of the representative, next to their own tasks', () => {
    const digests = planReminders(
      [
        { person: anna, tasks: [task('a-old', '2026-10-01', today)] },
        { person: bo, tasks: [task('b-old', '2026-10-02', today)] },
        { person: chef, tasks: [task('c-own', '2026-12-05', today)] },
      ],
      new Set(),
      today,
      config
    );
    const chefDigest = digests.filter((d) => d.recipient.email === chef.email);
    expect(chefDigest).toHaveLength(1);
    expect(chefDigest[0].items.map((i) => [i.task.key, i.role, i.responsible.email])).toEqual([
      ['a-old', 'foretradare', anna.email],
      ['b-old', 'foretradare', bo.email],
      ['c-own', 'ansvarig', chef.email],
    ]);
    expect(digests.filter((d) => d.recipient.email === sam.email)[0].items).toHaveLength(2);
  });

  it('keeps the own role when the responsible is also the escalation recipient', () => {
    const digests = planReminders([{ person: chef, tasks: [task('c', '2026-10-01', today)] }], new Set(), today, config);
    expect(digests.map((d) => [d.recipient.email, d.items.map((i) => i.role)])).toEqual([
      [chef.email, ['ansvarig']],
      [sam.email, ['samordnare']],
    ]);
  });

  it('uses configurable thresholds', () => {
    const strict: ReminderConfig = { ...config, escalateToRepresentativesAfterDays: 0, escalateToCoordinatorAfterDays: 1 };
    const digests = planReminders([{ person: anna, tasks: [task('x', '2026-11-26', today)] }], new Set(), today, strict);
    expect(digests.map((d) => d.recipient.email)).toEqual([anna.email, chef.email, sam.email]);
  });

  it('skips recipients without an e-mail and rejects an invalid today', () => {
    expect(planReminders([{ person: { displayName: 'X', email: ' ' }, tasks: [task('x', '2026-11-29', today)] }], new Set(), today, config)).toEqual([]);
    expect(() => planReminders([], new Set(), '2026-02-30', config)).toThrow(RangeError);
  });
});
