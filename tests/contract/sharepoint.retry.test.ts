/** @jest-environment node */
import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import { backoffDelay, LIS_RETRY_DEFAULTS, LisRetry, parseRetryAfter } from '../../src/data/sharepoint';

describe('parseRetryAfter', () => {
  const now = Date.UTC(2026, 10, 28, 20, 0, 0);
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
  });
  it('reads an HTTP-date relative to now (never negative)', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 20:00:07 GMT', now)).toBe(7000);
    expect(parseRetryAfter('Sat, 28 Nov 2026 19:59:00 GMT', now)).toBe(0);
  });
  it('undefined when absent or junk', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('doubles from the base and is capped', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((a) => backoffDelay(a, 1000, 30000))).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});

describe('LisRetry behavior', () => {
  const URL_ = 'https://contoso.sharepoint.com/sites/lis';

  function scripted(responses: Array<() => Response>): { fetch: (url: string, init: RequestInit) => Promise<Response>; calls: string[] } {
    const calls: string[] = [];
    let i = 0;
    return {
      calls,
      fetch: async (url: string): Promise<Response> => {
        calls.push(url);
        const next = responses[Math.min(i, responses.length - 1)];
        i++;
        return next();
      },
    };
  }

  const ok = (): Response => new Response(JSON.stringify({ Title: 'LIS' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  const status = (code: number, headers: Record<string, string> = {}) => (): Response => new Response('busy', { status: code, headers });

  function client(fetchFn: (url: string, init: RequestInit) => Promise<Response>, sleeps: number[], extra: object = {}): ReturnType<typeof spfi> {
    return spfi(URL_).using(
      DefaultHeaders(),
      DefaultInit(),
      DefaultParse(),
      LisRetry({ fetch: fetchFn, sleep: async (ms) => void sleeps.push(ms), ...extra }),
    );
  }

  it('capped exponential backoff without Retry-After, up to the default max retries', async () => {
    const sleeps: number[] = [];
    const server = scripted([status(503)]);
    await expect(client(server.fetch, sleeps, { baseDelayMs: 500, maxDelayMs: 3000 }).web()).rejects.toMatchObject({ status: 503 });
    expect(server.calls).toHaveLength(LIS_RETRY_DEFAULTS.maxRetries + 1);
    expect(sleeps).toEqual([500, 1000, 2000, 3000]);
  });

  it('an HTTP-date Retry-After is waited for relative to the injected clock', async () => {
    const sleeps: number[] = [];
    const server = scripted([status(429, { 'Retry-After': 'Sat, 28 Nov 2026 20:00:03 GMT' }), ok]);
    const data = await client(server.fetch, sleeps, { now: () => Date.UTC(2026, 10, 28, 20, 0, 0) }).web();
    expect(data).toEqual({ Title: 'LIS' });
    expect(sleeps).toEqual([3000]);
  });

  it('does not retry statuses outside the list (e.g. 504, 400) unless configured', async () => {
    const sleeps: number[] = [];
    const server = scripted([status(504), ok]);
    await expect(client(server.fetch, sleeps).web()).rejects.toMatchObject({ status: 504 });
    expect(server.calls).toHaveLength(1);

    const configured = scripted([status(504), ok]);
    await expect(client(configured.fetch, sleeps, { retryStatuses: [504] }).web()).resolves.toEqual({ Title: 'LIS' });
    expect(configured.calls).toHaveLength(2);
  });

  it('does not retry an aborted request', async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const aborting = async (): Promise<Response> => {
      calls++;
      const error = new Error('aborted');
      error.name = 'AbortError';
      throw error;
    };
    await expect(client(aborting, sleeps).web()).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('replaces whatever send step was installed before it (e.g. SPFx BrowserFetchWithRetry)', async () => {
    const sleeps: number[] = [];
    const server = scripted([ok]);
    let earlierSendUsed = false;
    const sp = spfi(URL_).using(DefaultHeaders(), DefaultInit(), DefaultParse(), (instance) => {
      instance.on.send(async () => {
        earlierSendUsed = true;
        return ok();
      });
      return instance;
    });
    sp.using(LisRetry({ fetch: server.fetch, sleep: async (ms) => void sleeps.push(ms) }));
    await sp.web();
    expect(earlierSendUsed).toBe(false);
    expect(server.calls).toEqual([`${URL_}/_api/web`]);
  });
});
