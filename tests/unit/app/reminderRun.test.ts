/** @jest-environment node */
import { digestId, planReminderRun, previewReminderRun, sendReminderRun, type ReminderRunDeps } from '../../../src/app/reminders';
import { sharePointPageLinks } from '../../../src/app/links';
import { createGraphClient, GraphMailSender } from '../../../src/graph';
import { FakePeopleDirectory, FakeReminderLog, FakeTaskInputReader } from '../../components/fakeReminderServices';
import { fakeClock, fakeGraphFetch, allAccepted } from '../../graph/fakeGraph';
import { action, analysis, approvedObject, entry, input, plan, risk, unit } from '../tasks/fixtures';

const LINKS = sharePointPageLinks('https://kommun.sharepoint.com/sites/lis');
const anna = { displayName: 'Anna Berg', email: 'anna.berg@kommun.se' };
const bo = { displayName: 'Bo Ek', email: 'bo.ek@kommun.se' };
const sam = { displayName: 'Sam Ordnare', email: 'sam@kommun.se' };
const TODAY = '2026-11-28';

/** Anna represents u1 (review due in 7 days) and owns a risk action 40 days overdue; Bo has a plan entry due tomorrow. */
function register() {
  return input({
    orgUnits: [unit('u1', [anna])],
    classifications: [approvedObject('c1', 'u1', '2026-12-05')],
    plans: [{ objectId: 'c1', plan: plan([entry('ADM-01', bo, '2026-11-29')]) }],
    analyses: [analysis('a1', 'u1', null)],
    risks: [risk('r1', 'a1')],
    actions: [action('x1', 'r1', anna, '2026-10-19')],
  });
}

describe('planReminderRun', () => {
  it('plans one digest per recipient with escalations, deterministic ids and the reminder keys it carries', () => {
    const run = planReminderRun({ input: register(), coordinators: [sam], itStaff: [], sentKeys: new Set(), today: TODAY, links: LINKS });
    expect(run.people).toBe(2);
    expect(run.tasks).toBe(3);
    expect(run.mails.map((m) => m.to.address)).toEqual(['anna.berg@kommun.se', 'bo.ek@kommun.se', 'sam@kommun.se']);
    const [toAnna, toBo, toSam] = run.mails;
    expect(run.digests[0].items.map((i) => [i.task.key, i.step, i.role])).toEqual([
      ['riskatgard:x1', 'forsenad-6', 'ansvarig'],
      ['klassningOmprovning:c1:1', 'fore-7', 'ansvarig'],
    ]);
    // 40 days overdue: past both thresholds (14 and 30) — Anna is the representative too, so she keeps only her own role.
    expect(run.digests[2].items.map((i) => [i.task.key, i.role])).toEqual([['riskatgard:x1', 'samordnare']]);
    expect(toBo.reminderKeys).toEqual([JSON.stringify(['bo.ek@kommun.se', 'handlingsplan:c1:ADM-01', '2026-11-29', 'fore-1'])]);
    expect(toAnna.id).toBe(digestId('anna.berg@kommun.se', TODAY, toAnna.reminderKeys as string[]));
    expect(toAnna.id).toMatch(/^digest:anna\.berg@kommun\.se:2026-11-28:[0-9a-f]{8}$/);
    expect(toAnna.html).toContain('https://kommun.sharepoint.com/sites/lis/SitePages/lis-risk.aspx?actionId=x1&amp;analysisId=a1&amp;riskId=r1');
    expect(toSam.subject).toBe('LIS: 1 uppgift att göra (1 försenad)');
    expect(toAnna.from).toBeUndefined();
  });

  it('gives the same ids for the same plan and leaves out every reminder already logged', () => {
    const first = planReminderRun({ input: register(), coordinators: [sam], itStaff: [], sentKeys: new Set(), today: TODAY, links: LINKS, from: 'lis@kommun.se' });
    const again = planReminderRun({ input: register(), coordinators: [sam], itStaff: [], sentKeys: new Set(), today: TODAY, links: LINKS, from: 'lis@kommun.se' });
    expect(again.mails.map((m) => m.id)).toEqual(first.mails.map((m) => m.id));
    expect(first.mails.every((m) => m.from === 'lis@kommun.se')).toBe(true);
    const sent = new Set(first.mails.flatMap((m) => m.reminderKeys as string[]));
    const after = planReminderRun({ input: register(), coordinators: [sam], itStaff: [], sentKeys: sent, today: TODAY, links: LINKS });
    expect(after.mails).toEqual([]);
  });

  it('changes the digest id when the reminders in it change', () => {
    expect(digestId('a@k.se', TODAY, ['x', 'y'])).toBe(digestId('A@K.se ', TODAY, ['y', 'x']));
    expect(digestId('a@k.se', TODAY, ['x', 'y'])).not.toBe(digestId('a@k.se', TODAY, ['x']));
    expect(digestId('a@k.se', TODAY, ['x'])).not.toBe(digestId('a@k.se', '2026-11-29', ['x']));
  });
});

describe('previewReminderRun / sendReminderRun', () => {
  function deps(log = new FakeReminderLog()): ReminderRunDeps & { log: FakeReminderLog; reader: FakeTaskInputReader } {
    const reader = new FakeTaskInputReader(register(), 2);
    return {
      taskInputs: reader,
      people: new FakePeopleDirectory({ coordinator: [sam] }),
      reminderLog: log,
      links: LINKS,
      now: () => new Date('2026-11-28T05:30:00Z'),
      log,
      reader,
    };
  }

  it('previews from everything in the store and reports unreadable items', async () => {
    const d = deps();
    const plan = await previewReminderRun(d);
    expect(d.reader.calls).toEqual([{ method: 'all' }]);
    expect(plan.skippedItems).toBe(2);
    expect(plan.mails).toHaveLength(3);
    expect(d.log.entries).toEqual([]);
  });

  it('sends through Graph in one batch, logs each digest with its reminder keys, and a second run sends nothing', async () => {
    const d = deps();
    const graph = fakeGraphFetch(allAccepted());
    const clock = fakeClock();
    const sender = new GraphMailSender(createGraphClient({ getAccessToken: async () => 't', fetch: graph.fetch }), {
      mode: 'app', defaultFrom: 'lis@kommun.se', now: clock.now, sleep: clock.sleep,
    });
    const first = await sendReminderRun(d, sender, { from: 'lis@kommun.se' });
    expect(first.report.sent).toHaveLength(3);
    expect(graph.calls).toHaveLength(1);
    expect(graph.calls[0].body.requests.map((r) => r.url)).toEqual(['/users/lis%40kommun.se/sendMail', '/users/lis%40kommun.se/sendMail', '/users/lis%40kommun.se/sendMail']);
    expect(d.log.entries.map((e) => [e.recipient, e.status, e.reminderKeys.length, e.at])).toEqual([
      ['anna.berg@kommun.se', 'sent', 2, '2026-11-28T05:30:00.000Z'],
      ['bo.ek@kommun.se', 'sent', 1, '2026-11-28T05:30:00.000Z'],
      ['sam@kommun.se', 'sent', 1, '2026-11-28T05:30:00.000Z'],
    ]);
    const second = await sendReminderRun(d, sender, { from: 'lis@kommun.se' });
    expect(second.plan.mails).toEqual([]);
    expect(graph.calls).toHaveLength(1);
  });
});
