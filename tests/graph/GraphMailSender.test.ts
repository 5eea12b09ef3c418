/** @jest-environment node */
import { createGraphClient } from '../../src/graph/fetchMiddleware';
import { GraphMailSender, GraphMailSenderOptions } from '../../src/graph/GraphMailSender';
import { allAccepted, BatchHandler, fakeClock, fakeGraphFetch, mails, SubResponse } from './fakeGraph';

function setup(handler: BatchHandler, options: Partial<GraphMailSenderOptions> = {}) {
  const graph = fakeGraphFetch(handler);
  const clock = fakeClock();
  const client = createGraphClient({ getAccessToken: async () => 'token-123', fetch: graph.fetch });
  const sender = new GraphMailSender(client, {
    mode: 'app',
    defaultFrom: 'lis@kommun.se',
    maxPerMinute: 10_000,
    now: clock.now,
    sleep: clock.sleep,
    ...options,
  });
  return { graph, clock, sender };
}

describe('GraphMailSender over the real Graph client', () => {
  it('posts one exact JSON batch to /$batch with sendMail sub-requests', async () => {
    const { graph, sender } = setup(allAccepted());
    const [mail] = mails(1);
    const results = await sender.sendDigests([mail]);

    expect(results).toEqual([{ id: mail.id, status: 'sent' }]);
    expect(graph.calls).toHaveLength(1);
    const call = graph.calls[0];
    expect(call.url).toBe('https://graph.microsoft.com/v1.0/$batch');
    expect(call.method).toBe('POST');
    expect(call.headers.authorization).toBe('Bearer token-123');
    expect(call.headers['content-type']).toMatch(/application\/json/);
    expect(call.body).toEqual({
      requests: [
        {
          id: '1',
          method: 'POST',
          url: '/users/lis%40kommun.se/sendMail',
          headers: { 'Content-Type': 'application/json' },
          body: {
            message: {
              subject: 'Påminnelse 0',
              body: { contentType: 'HTML', content: mail.html },
              toRecipients: [{ emailAddress: { name: 'Person 0', address: 'person0@kommun.se' } }],
            },
            saveToSentItems: false,
          },
        },
      ],
    });
  });

  it('reports each final result through onResult before the next HTTP request', async () => {
    const events: string[] = [];
    const { sender } = setup((request, call) => {
      events.push(`request ${call}`);
      return request.body.requests.map((_, i) => (call === 0 && i === 0 ? { status: 429, headers: { 'Retry-After': '1' } } : { status: 202 }));
    });
    const all = mails(2);
    await sender.sendDigests(all, (result) => {
      events.push(`${result.status} ${result.id}`);
    });
    expect(events).toEqual(['request 0', `sent ${all[1].id}`, 'request 1', `sent ${all[0].id}`]);
  });

  it('uses /me/sendMail in delegated mode and the mail\'s own sender in app mode', async () => {
    const delegated = setup(allAccepted(), { mode: 'delegated', defaultFrom: undefined });
    await delegated.sender.sendDigests(mails(2));
    expect(delegated.graph.calls[0].body.requests.map((r) => r.url)).toEqual(['/me/sendMail', '/me/sendMail']);

    const app = setup(allAccepted());
    await app.sender.sendDigests(mails(1, 'registrator@kommun.se'));
    expect(app.graph.calls[0].body.requests[0].url).toBe('/users/registrator%40kommun.se/sendMail');
  });

  it('fails mails without a sending mailbox in app mode, without any request', async () => {
    const { graph, sender } = setup(allAccepted(), { defaultFrom: undefined });
    const results = await sender.sendDigests(mails(2));
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(graph.calls).toHaveLength(0);
  });

  it.each([1, 19, 20, 21, 40, 41, 95])('sends %i mails in ceil(n/20) batches of at most 20', async (n) => {
    const { graph, sender } = setup(allAccepted());
    const all = mails(n);
    const results = await sender.sendDigests(all);

    expect(graph.calls).toHaveLength(Math.ceil(n / 20));
    for (const call of graph.calls) {
      expect(call.body.requests.length).toBeLessThanOrEqual(20);
      expect(call.body.requests.map((r) => r.id)).toEqual(call.body.requests.map((_, i) => String(i + 1)));
    }
    const sentAddresses = graph.calls.flatMap((c) => c.body.requests.map((r) => r.body.message.toRecipients[0].emailAddress.address));
    expect(sentAddresses).toEqual(all.map((m) => m.to.address));
    expect(results).toEqual(all.map((m) => ({ id: m.id, status: 'sent' })));
  });

  it('honours 429 Retry-After on the whole batch and re-sends the same batch', async () => {
    const { graph, clock, sender } = setup((request, call) =>
      call === 0
        ? { status: 429, headers: { 'Retry-After': '7' }, body: { error: { code: 'TooManyRequests', message: 'slow down' } } }
        : request.body.requests.map(() => ({ status: 202 })),
    );
    const results = await sender.sendDigests(mails(3));

    expect(graph.calls).toHaveLength(2);
    expect(graph.calls[1].body).toEqual(graph.calls[0].body);
    expect(clock.sleeps).toEqual([7000]);
    expect(results.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('re-sends only the sub-requests throttled inside the batch, after the longest Retry-After', async () => {
    const { graph, clock, sender } = setup((request, call) =>
      call === 0
        ? ([
            { status: 202 },
            { status: 429, headers: { 'Retry-After': '3' } },
            { status: 202 },
            { status: 503, headers: { 'retry-after': '5' } },
          ] as SubResponse[])
        : request.body.requests.map(() => ({ status: 202 })),
    );
    const all = mails(4);
    const results = await sender.sendDigests(all);

    expect(graph.calls).toHaveLength(2);
    expect(graph.calls[1].body.requests.map((r) => [r.id, r.body.message.toRecipients[0].emailAddress.address])).toEqual([
      ['1', 'person1@kommun.se'],
      ['2', 'person3@kommun.se'],
    ]);
    expect(clock.sleeps).toEqual([5000]);
    expect(results).toEqual(all.map((m) => ({ id: m.id, status: 'sent' })));
    expect(graph.delivered).toHaveLength(4);
  });

  it('retries a whole-batch 503 without Retry-After after the default wait', async () => {
    const { graph, clock, sender } = setup(
      (request, call) => (call < 2 ? { status: 503 } : request.body.requests.map(() => ({ status: 202 }))),
      { defaultRetryAfterMs: 1234 },
    );
    const results = await sender.sendDigests(mails(2));
    expect(graph.calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([1234, 1234]);
    expect(results.map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('caps a huge Retry-After', async () => {
    const { clock, sender } = setup(
      (request, call) =>
        call === 0 ? { status: 429, headers: { 'Retry-After': '86400' } } : request.body.requests.map(() => ({ status: 202 })),
      { maxRetryAfterMs: 60_000 },
    );
    await sender.sendDigests(mails(1));
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('maps unresolvable recipients to unresolved and other 4xx to failed, with the reason and no retry', async () => {
    const { graph, sender } = setup(() => [
      { status: 404, body: { error: { code: 'ErrorInvalidRecipients', message: 'Recipient not found' } } },
      { status: 404, body: { error: { code: 'ResourceNotFound', message: 'User not found' } } },
      { status: 400, body: { error: { code: 'ErrorMessageSizeExceeded', message: 'Too big' } } },
      // a mailbox-level refusal of one message, not a missing permission (see permissionNotGranted.test.ts)
      { status: 403, body: { error: { code: 'ErrorSendAsDenied', message: 'Send as denied' } } },
      { status: 202 },
    ]);
    const all = mails(5);
    const results = await sender.sendDigests(all);

    expect(graph.calls).toHaveLength(1);
    expect(results).toEqual([
      { id: all[0].id, status: 'unresolved', reason: '404 ErrorInvalidRecipients: Recipient not found' },
      { id: all[1].id, status: 'unresolved', reason: '404 ResourceNotFound: User not found' },
      { id: all[2].id, status: 'failed', reason: '400 ErrorMessageSizeExceeded: Too big' },
      { id: all[3].id, status: 'failed', reason: '403 ErrorSendAsDenied: Send as denied' },
      { id: all[4].id, status: 'sent' },
    ]);
  });

  it('gives up on a sub-request throttled forever after maxRetries retries', async () => {
    const { graph, clock, sender } = setup(
      (request) => request.body.requests.map((r) =>
        r.body.message.toRecipients[0].emailAddress.address === 'person1@kommun.se'
          ? { status: 429, headers: { 'Retry-After': '1' } }
          : { status: 202 },
      ),
      { maxRetries: 3 },
    );
    const results = await sender.sendDigests(mails(2));

    expect(graph.calls).toHaveLength(4);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    expect(results[0].status).toBe('sent');
    expect(results[1].status).toBe('failed');
    expect(results[1].reason).toMatch(/gave up after 3 retries/);
  });

  it('gives up on a batch throttled forever after maxRetries retries and fails all its mails', async () => {
    const { graph, sender } = setup(() => ({ status: 429, headers: { 'Retry-After': '2' } }), { maxRetries: 2 });
    const results = await sender.sendDigests(mails(21));
    // each of the two batches: 1 attempt + 2 retries
    expect(graph.calls).toHaveLength(6);
    expect(results).toHaveLength(21);
    expect(results.every((r) => r.status === 'failed' && /gave up after 2 retries/.test(r.reason ?? ''))).toBe(true);
  });

  it('fails the whole batch on a non-retryable batch error without retrying', async () => {
    const { graph, sender } = setup(() => ({ status: 400, body: { error: { code: 'BadRequest', message: 'Invalid batch payload' } } }));
    const results = await sender.sendDigests(mails(2));
    expect(graph.calls).toHaveLength(1);
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(results[0].reason).toBe('400 BadRequest: Invalid batch payload');
  });

  it.each([
    [30, 70, [20, 20, 20, 10], [0, 60_000, 120_000, 120_000]],
    [5, 12, [5, 5, 2], [0, 60_000, 120_000]],
  ])('rate-limits the sending mailbox to %i messages per minute', async (perMinute, n, sizes, times) => {
    const clock = fakeClock(1_000_000);
    const callTimes: number[] = [];
    const { graph, sender } = setup(
      (request) => {
        callTimes.push(clock.now() - 1_000_000);
        return request.body.requests.map(() => ({ status: 202 }));
      },
      { maxPerMinute: perMinute, now: clock.now, sleep: clock.sleep },
    );
    const results = await sender.sendDigests(mails(n));

    expect(results.every((r) => r.status === 'sent')).toBe(true);
    expect(graph.calls.map((c) => c.body.requests.length)).toEqual(sizes);
    expect(callTimes).toEqual(times);
    // never more than perMinute messages inside any 60 s window
    callTimes.forEach((t) => {
      const inWindow = callTimes.reduce((sum, u, j) => (u > t - 60_000 && u <= t ? sum + sizes[j] : sum), 0);
      expect(inWindow).toBeLessThanOrEqual(perMinute);
    });
  });
});
