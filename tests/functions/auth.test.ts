/** @jest-environment node */
/**
 * App-only authentication of the job: the PnPjs BearerToken behavior (SharePoint) and the Graph client over
 * TokenCredentialAuthenticationProvider, both with a fake TokenCredential, asserting the exact headers and scopes.
 */
import '@pnp/sp/webs';
import { BearerToken, createJobGraphClient, createJobSp, GRAPH_SCOPE, sharePointScope } from '../../functions/src/jobServices';
import { GraphMailSender } from '../../src/graph/GraphMailSender';
import { allAccepted, fakeClock, fakeGraphFetch, mails } from '../graph/fakeGraph';
import { FakeCredential } from './fakeCredential';
import { spfi } from '@pnp/sp';
import { DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { LisRetry } from '../../src/data/sharepoint/retryBehavior';

const SITE = 'https://contoso.sharepoint.com/sites/lis';

interface Seen {
  url: string;
  headers: Record<string, string>;
}

function recordingFetch(responses: Array<() => Response>): { fetch: (url: string, init: RequestInit) => Promise<Response>; seen: Seen[] } {
  const seen: Seen[] = [];
  let i = 0;
  return {
    seen,
    fetch: async (url, init) => {
      const headers: Record<string, string> = {};
      new Headers(init.headers as HeadersInit).forEach((value, key) => {
        headers[key] = value;
      });
      seen.push({ url, headers });
      const make = responses[Math.min(i++, responses.length - 1)];
      return make();
    },
  };
}

const ok = (): Response => new Response(JSON.stringify({ Title: 'LIS' }), { status: 200, headers: { 'Content-Type': 'application/json' } });

describe('BearerToken (PnPjs behavior)', () => {
  it('sets Authorization: Bearer <token> from the credential for the site host\'s .default scope', async () => {
    const credential = new FakeCredential('sp');
    const transport = recordingFetch([ok]);
    const sp = createJobSp(SITE, credential, { fetch: transport.fetch });
    await sp.web.select('Title')();
    expect(sharePointScope(SITE)).toBe('https://contoso.sharepoint.com/.default');
    expect(credential.requests).toEqual([['https://contoso.sharepoint.com/.default']]);
    expect(transport.seen).toHaveLength(1);
    expect(transport.seen[0].url).toBe(`${SITE}/_api/web?%24select=Title`);
    expect(transport.seen[0].headers.authorization).toBe('Bearer sp-1');
    expect(transport.seen[0].headers.accept).toMatch(/application\/json/);
  });

  it('asks the credential on every request (it caches) and retries a 429 with the same header', async () => {
    const credential = new FakeCredential('sp');
    const throttled = (): Response => new Response('', { status: 429, headers: { 'Retry-After': '2' } });
    const transport = recordingFetch([throttled, ok, ok]);
    const sleeps: number[] = [];
    const sp = createJobSp(SITE, credential, {
      fetch: transport.fetch,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    await sp.web();
    await sp.web();
    expect(sleeps).toEqual([2000]);
    expect(transport.seen.map((s) => s.headers.authorization)).toEqual(['Bearer sp-1', 'Bearer sp-1', 'Bearer sp-2']);
  });

  it('replaces an Authorization header set earlier in the pipeline', async () => {
    const credential = new FakeCredential('fresh');
    const transport = recordingFetch([ok]);
    const sp = spfi(SITE).using(DefaultHeaders(), DefaultInit(), DefaultParse(), BearerToken(credential, 'https://contoso.sharepoint.com/.default'), LisRetry({ fetch: transport.fetch }));
    await sp.web.using((instance) => {
      instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
        init.headers = { ...(init.headers as Record<string, string>), Authorization: 'Bearer stale' };
        return [url, init, result];
      });
      return instance;
    })();
    expect(transport.seen[0].headers.authorization).toBe('Bearer fresh-1');
  });

  it('fails the request when the credential gives no token', async () => {
    const transport = recordingFetch([ok]);
    const empty = { getToken: async () => null };
    const sp = createJobSp(SITE, empty, { fetch: transport.fetch });
    await expect(sp.web()).rejects.toThrow('No access token for https://contoso.sharepoint.com/.default');
    expect(transport.seen).toHaveLength(0);
  });
});

describe('createJobGraphClient', () => {
  it('authenticates Graph batches with the credential\'s token for https://graph.microsoft.com/.default', async () => {
    const credential = new FakeCredential('graph');
    const graph = fakeGraphFetch(allAccepted());
    const clock = fakeClock();
    const sender = new GraphMailSender(createJobGraphClient(credential, graph.fetch), {
      mode: 'app',
      defaultFrom: 'lis@contoso.se',
      now: clock.now,
      sleep: clock.sleep,
    });
    const results = await sender.sendDigests(mails(2));
    expect(results.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(GRAPH_SCOPE).toBe('https://graph.microsoft.com/.default');
    expect(credential.requests).toEqual([['https://graph.microsoft.com/.default']]);
    expect(graph.calls).toHaveLength(1);
    expect(graph.calls[0].url).toBe('https://graph.microsoft.com/v1.0/$batch');
    expect(graph.calls[0].headers.authorization).toBe('Bearer graph-1');
    expect(graph.calls[0].body.requests.map((r) => r.url)).toEqual(['/users/lis%40contoso.se/sendMail', '/users/lis%40contoso.se/sendMail']);
  });

  it('does not retry behind the sender\'s back: a 429 batch is one HTTP request per attempt', async () => {
    const credential = new FakeCredential('graph');
    const graph = fakeGraphFetch((_request, call) => (call === 0 ? { status: 429, headers: { 'Retry-After': '3' } } : _request.body.requests.map(() => ({ status: 202 }))));
    const clock = fakeClock();
    const sender = new GraphMailSender(createJobGraphClient(credential, graph.fetch), { mode: 'app', defaultFrom: 'lis@contoso.se', now: clock.now, sleep: clock.sleep });
    await sender.sendDigests(mails(1));
    expect(graph.calls).toHaveLength(2);
    expect(clock.sleeps).toContain(3000);
  });
});
