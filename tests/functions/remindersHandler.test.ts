/** @jest-environment node */
import type { InvocationContext, Timer } from '@azure/functions';
import { JobConfigError } from '../../functions/src/config';
import { remindersHandler } from '../../functions/src/remindersHandler';
import { allAccepted, fakeClock, fakeGraphFetch } from '../graph/fakeGraph';
import { ScopedFakeCredential } from './fakeCredential';
import { NOW, seededSite, SENDER, SITE } from './jobFixture';
import { reminderLogList } from '../../src/data/schema/reminderLogList';

function context(): { context: InvocationContext; logs: string[]; warnings: string[] } {
  const logs: string[] = [];
  const warnings: string[] = [];
  const ctx = {
    log: (...args: unknown[]) => logs.push(args.join(' ')),
    warn: (...args: unknown[]) => warnings.push(args.join(' ')),
  } as unknown as InvocationContext;
  return { context: ctx, logs, warnings };
}

const timer = (isPastDue = false): Timer => ({ isPastDue, scheduleStatus: { last: '', next: '', lastUpdated: '' } }) as unknown as Timer;
const ENV = { LIS_DATA_SITE_URL: SITE, LIS_SENDER_MAILBOX: SENDER };

describe('remindersHandler (the timer function)', () => {
  async function run(env: Record<string, string>, isPastDue = false) {
    const site = await seededSite(3);
    const graph = fakeGraphFetch(allAccepted());
    const ctx = context();
    const report = await remindersHandler(timer(isPastDue), ctx.context, env, {
      credential: new ScopedFakeCredential(),
      sharePointFetch: site.fetch,
      graphFetch: graph.fetch,
      sleep: async () => undefined,
      senderClock: fakeClock(NOW.getTime()),
      now: () => NOW,
    });
    return { site, graph, ...ctx, report };
  }

  it('sends and logs the summary to the invocation log', async () => {
    const { graph, logs, site, report } = await run(ENV);
    expect(report.mode).toBe('send');
    expect(graph.calls).toHaveLength(1);
    expect(site.list(reminderLogList).itemCount).toBe(3);
    expect(logs).toEqual([expect.stringMatching(/^LIS reminders 2026-11-30: \d+ people, 3 tasks, 3 digests, 3 reminders; sent 3, failed 0, unresolved 0, skipped 0$/)]);
  });

  it('only plans when LIS_REMINDER_DRY_RUN is true', async () => {
    const { graph, logs, site, report } = await run({ ...ENV, LIS_REMINDER_DRY_RUN: 'true' });
    expect(report.mode).toBe('dry-run');
    expect(graph.calls).toHaveLength(0);
    expect(site.list(reminderLogList).itemCount).toBe(0);
    expect(logs[0]).toMatch(/\(dry run\).*nothing sent$/);
  });

  it('warns when the timer is past due and still runs', async () => {
    const { warnings, report } = await run({ ...ENV, LIS_REMINDER_DRY_RUN: 'true' }, true);
    expect(warnings[0]).toMatch(/past due/);
    expect(report.digests).toBe(3);
  });

  it('fails the invocation with the list of missing settings', async () => {
    const ctx = context();
    await expect(remindersHandler(timer(), ctx.context, { LIS_SENDER_MAILBOX: SENDER })).rejects.toThrow(JobConfigError);
    await expect(remindersHandler(timer(), ctx.context, {})).rejects.toThrow(/LIS_DATA_SITE_URL\n {2}- LIS_SENDER_MAILBOX/);
  });
});
