/** @jest-environment node */
import { createGraphClient, FetchFunction } from '../../src/graph/fetchMiddleware';
import { GraphMailSender } from '../../src/graph/GraphMailSender';
import { dispatchDigests } from '../../src/app/reminders/dispatchDigests';
import { fakeClock, fakeGraphFetch, mails, MemoryReminderLog } from './fakeGraph';

const fixedNow = (): Date => new Date('2026-11-28T06:00:00Z');

function senderOver(fetchFn: FetchFunction): GraphMailSender {
  const clock = fakeClock();
  return new GraphMailSender(createGraphClient({ getAccessToken: async () => 't', fetch: fetchFn }), {
    mode: 'app',
    defaultFrom: 'lis@kommun.se',
    maxPerMinute: 10_000,
    now: clock.now,
    sleep: clock.sleep,
  });
}

/** Crashes (like a killed process) on the HTTP request number `crashAt` (0-based) and every later one. */
function crashingAfter(inner: FetchFunction, crashAt: number): { fetch: FetchFunction; requests: () => number } {
  let count = 0;
  return {
    fetch: async (input, init) => {
      if (count++ >= crashAt) throw new Error('process killed');
      return inner(input, init);
    },
    requests: () => count,
  };
}

function deliveredAddresses(delivered: any[]): string[] {
  return delivered.map((d) => d.message.toRecipients[0].emailAddress.address);
}

describe('dispatchDigests', () => {
  it('records every outcome in the log with reason, recipient and time', async () => {
    const graph = fakeGraphFetch((request) =>
      request.body.requests.map((_, i) =>
        i === 1 ? { status: 404, body: { error: { code: 'ErrorInvalidRecipients', message: 'nobody' } } } : { status: 202 },
      ),
    );
    const log = new MemoryReminderLog();
    const all = mails(3);
    const report = await dispatchDigests(all, senderOver(graph.fetch), log, { now: fixedNow });

    expect(report.sent.map((r) => r.id)).toEqual([all[0].id, all[2].id]);
    expect(report.unresolved).toEqual([{ id: all[1].id, status: 'unresolved', reason: '404 ErrorInvalidRecipients: nobody' }]);
    expect(report.failed).toEqual([]);
    expect(log.entries).toEqual([
      { key: all[0].id, status: 'sent', recipient: 'person0@kommun.se', subject: 'Påminnelse 0', at: '2026-11-28T06:00:00.000Z', reminderKeys: [] },
      {
        key: all[1].id,
        status: 'unresolved',
        reason: '404 ErrorInvalidRecipients: nobody',
        recipient: 'person1@kommun.se',
        subject: 'Påminnelse 1',
        at: '2026-11-28T06:00:00.000Z',
        reminderKeys: [],
      },
      { key: all[2].id, status: 'sent', recipient: 'person2@kommun.se', subject: 'Påminnelse 2', at: '2026-11-28T06:00:00.000Z', reminderKeys: [] },
    ]);
  });

  it('skips keys already logged and duplicate keys in the same run', async () => {
    const graph = fakeGraphFetch((request) => request.body.requests.map(() => ({ status: 202 })));
    const log = new MemoryReminderLog();
    const all = mails(4);
    await log.record({ key: all[1].id, status: 'sent', recipient: 'x', subject: 'y', at: 'z', reminderKeys: [] });
    const report = await dispatchDigests([...all, all[0]], senderOver(graph.fetch), log, { now: fixedNow });

    expect(report.skipped).toEqual([all[1].id, all[0].id]);
    expect(deliveredAddresses(graph.delivered)).toEqual(['person0@kommun.se', 'person2@kommun.se', 'person3@kommun.se']);
  });

  it.each([0, 1, 2, 3, 4])(
    'a run killed at HTTP request %i and started again sends each of 95 mails exactly once',
    async (crashAt) => {
      const graph = fakeGraphFetch((request) => request.body.requests.map(() => ({ status: 202 })));
      const log = new MemoryReminderLog();
      const all = mails(95);

      const crashing = crashingAfter(graph.fetch, crashAt);
      await expect(dispatchDigests(all, senderOver(crashing.fetch), log, { now: fixedNow })).rejects.toThrow('process killed');
      expect(graph.delivered).toHaveLength(crashAt * 20);
      expect(log.entries).toHaveLength(crashAt * 20);

      const before = graph.calls.length;
      const report = await dispatchDigests(all, senderOver(graph.fetch), log, { now: fixedNow });

      expect(report.skipped).toHaveLength(crashAt * 20);
      expect(report.sent).toHaveLength(95 - crashAt * 20);
      expect(graph.calls.length - before).toBe(Math.ceil((95 - crashAt * 20) / 20));
      expect(deliveredAddresses(graph.delivered).sort()).toEqual(all.map((m) => m.to.address).sort());
      expect(new Set(log.entries.map((e) => e.key)).size).toBe(95);
      expect(log.entries).toHaveLength(95);

      // a third run sends nothing at all
      const third = await dispatchDigests(all, senderOver(graph.fetch), log, { now: fixedNow });
      expect(third.skipped).toHaveLength(95);
      expect(graph.delivered).toHaveLength(95);
    },
  );

  it('a run killed during a throttling retry has already logged the delivered mails and sends each exactly once', async () => {
    // first request: batch of 20 with #3 throttled; retry request crashes.
    const graph = fakeGraphFetch((request, call) =>
      request.body.requests.map((_, i) => (call === 0 && i === 3 ? { status: 429, headers: { 'Retry-After': '1' } } : { status: 202 })),
    );
    const log = new MemoryReminderLog();
    const all = mails(25);
    const crashing = crashingAfter(graph.fetch, 1);
    await expect(dispatchDigests(all, senderOver(crashing.fetch), log, { now: fixedNow })).rejects.toThrow('process killed');
    expect(graph.delivered).toHaveLength(19);
    expect(log.entries.map((e) => e.key)).toEqual(all.slice(0, 20).filter((_, i) => i !== 3).map((m) => m.id));

    const report = await dispatchDigests(all, senderOver(graph.fetch), log, { now: fixedNow });
    expect(report.skipped).toHaveLength(19);
    expect(report.sent.map((r) => r.id)).toEqual([all[3], ...all.slice(20)].map((m) => m.id));
    expect(deliveredAddresses(graph.delivered).sort()).toEqual(all.map((m) => m.to.address).sort());
    expect(log.entries).toHaveLength(25);
  });
});
