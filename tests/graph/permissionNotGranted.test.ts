/** @jest-environment node */
/**
 * Mail.Send not approved (SharePoint admin center → API access) or not consented: the sender rejects with
 * PermissionNotGrantedError('Mail.Send') instead of marking each mail failed, so nothing is logged for the refused
 * mails and a later run (after approval) sends them. Driven through the real Graph client over a fake fetch.
 */
import { createGraphClient } from '../../src/graph/fetchMiddleware';
import { GraphMailSender, type GraphMailSenderOptions } from '../../src/graph/GraphMailSender';
import { isConsentError, isPermissionDenied, permissionErrorFrom } from '../../src/graph/permissionErrors';
import { PermissionNotGrantedError } from '../../src/data/ports/errors';
import type { SendResult } from '../../src/data/ports/MailSender';
import { dispatchDigests } from '../../src/app/reminders/dispatchDigests';
import { createDelegatedMailSender } from '../../src/webparts/shared/delegatedMailSender';
import { allAccepted, type BatchHandler, fakeClock, fakeGraphFetch, mails, MemoryReminderLog } from './fakeGraph';

const CONSENT_MESSAGE =
  "AADSTS65001: The user or administrator has not consented to use the application with ID '1565f76c-d88e-4586-9d23-9ef27af612c3' " +
  "named 'SharePoint Online Client Extensibility Web Application Principal'. Send an interactive authorization request for this user and resource.";

function setup(handler: BatchHandler, options: Partial<GraphMailSenderOptions> = {}, getAccessToken = async (): Promise<string> => 'token-123') {
  const graph = fakeGraphFetch(handler);
  const clock = fakeClock();
  const client = createGraphClient({ getAccessToken, fetch: graph.fetch });
  const sender = new GraphMailSender(client, { mode: 'delegated', maxPerMinute: 10_000, now: clock.now, sleep: clock.sleep, ...options });
  return { graph, clock, sender };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function expectMailSendNotGranted(error: unknown): void {
  expect(error).toBeInstanceOf(PermissionNotGrantedError);
  expect((error as PermissionNotGrantedError).scope).toBe('Mail.Send');
}

describe('GraphMailSender when Mail.Send is not granted', () => {
  it('rejects without any request when the token cannot be acquired for lack of consent (AADSTS65001)', async () => {
    const { graph, sender } = setup(allAccepted(), {}, async () => {
      throw new Error(CONSENT_MESSAGE);
    });
    const results: SendResult[] = [];
    expectMailSendNotGranted(await rejection(sender.sendDigests(mails(3), (r) => void results.push(r))));
    expect(graph.calls).toHaveLength(0);
    expect(results).toEqual([]);
  });

  it('passes other token failures through unchanged', async () => {
    const { sender } = setup(allAccepted(), {}, async () => {
      throw new Error('Token renewal operation failed due to timeout');
    });
    const error = await rejection(sender.sendDigests(mails(1)));
    expect(error).not.toBeInstanceOf(PermissionNotGrantedError);
    expect((error as Error).message).toBe('Token renewal operation failed due to timeout');
  });

  it.each([
    [403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'],
    [401, 'InvalidAuthenticationToken', 'Access token validation failure.'],
  ])('rejects on a %i %s for the $batch itself, without retrying or settling any mail', async (status, code, message) => {
    const { graph, clock, sender } = setup(() => ({ status, body: { error: { code, message } } }));
    const results: SendResult[] = [];
    expectMailSendNotGranted(await rejection(sender.sendDigests(mails(2), (r) => void results.push(r))));
    expect(graph.calls).toHaveLength(1);
    expect(graph.calls[0].url).toBe('https://graph.microsoft.com/v1.0/$batch');
    expect(clock.sleeps).toEqual([]);
    expect(results).toEqual([]);
  });

  it.each(['ErrorAccessDenied', 'Authorization_RequestDenied', 'AccessDenied'])(
    'rejects when every /me/sendMail part is refused with 403 %s, and sends no further batch',
    async (code) => {
      const { graph, sender } = setup((request) =>
        request.body.requests.map(() => ({ status: 403, body: { error: { code, message: 'Access is denied.' } } })),
      );
      const results: SendResult[] = [];
      expectMailSendNotGranted(await rejection(sender.sendDigests(mails(25), (r) => void results.push(r))));
      expect(graph.calls).toHaveLength(1);
      expect(graph.calls[0].body.requests).toHaveLength(20);
      expect(graph.calls[0].body.requests.every((r) => r.url === '/me/sendMail')).toBe(true);
      expect(results).toEqual([]);
      expect(graph.delivered).toEqual([]);
    },
  );

  it('rejects on a 401 part whatever its code', async () => {
    const { sender } = setup((request) => request.body.requests.map(() => ({ status: 401, body: { error: { code: 'Unknown', message: '' } } })));
    expectMailSendNotGranted(await rejection(sender.sendDigests(mails(1))));
  });

  it('reports the parts Graph accepted in the same batch as sent before rejecting (they really went out)', async () => {
    const all = mails(3);
    const { graph, sender } = setup(() => [
      { status: 202 },
      { status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } } },
      { status: 404, body: { error: { code: 'ErrorInvalidRecipients', message: 'Recipient not found' } } },
    ]);
    const results: SendResult[] = [];
    expectMailSendNotGranted(await rejection(sender.sendDigests(all, (r) => void results.push(r))));
    expect(results).toEqual([
      { id: all[0].id, status: 'sent' },
      { id: all[2].id, status: 'unresolved', reason: '404 ErrorInvalidRecipients: Recipient not found' },
    ]);
    expect(graph.calls).toHaveLength(1);
  });

  it('keeps a mailbox-level 403 (ErrorSendAsDenied) a failure of that one mail', async () => {
    const all = mails(2);
    const { sender } = setup(() => [{ status: 403, body: { error: { code: 'ErrorSendAsDenied', message: 'Send as denied' } } }, { status: 202 }]);
    expect(await sender.sendDigests(all)).toEqual([
      { id: all[0].id, status: 'failed', reason: '403 ErrorSendAsDenied: Send as denied' },
      { id: all[1].id, status: 'sent' },
    ]);
  });

  it('the reminder run logs nothing for refused mails, and after approval sends each of them once', async () => {
    const log = new MemoryReminderLog();
    const all = mails(3).map((m, i) => ({ ...m, reminderKeys: [`key-${i}`] }));
    const refused = setup((request) => request.body.requests.map(() => ({ status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'denied' } } })));
    expectMailSendNotGranted(await rejection(dispatchDigests(all, refused.sender, log)));
    expect(log.entries).toEqual([]);

    const approved = setup(allAccepted());
    const report = await dispatchDigests(all, approved.sender, log);
    expect(report.sent.map((r) => r.id)).toEqual(all.map((m) => m.id));
    expect(approved.graph.delivered).toHaveLength(3);
    expect(log.entries.map((e) => [e.key, e.status])).toEqual(all.map((m) => [m.id, 'sent']));
  });
});

describe('createDelegatedMailSender (SPFx msGraphClientFactory)', () => {
  it("asks for the v3 client and sends through it as the signed-in user (/me/sendMail)", async () => {
    const graph = fakeGraphFetch(allAccepted());
    const client = createGraphClient({ getAccessToken: async () => 'delegated-token', fetch: graph.fetch });
    const versions: string[] = [];
    const sender = await createDelegatedMailSender({
      getClient: async (version) => {
        versions.push(version);
        return client;
      },
    });
    const all = mails(2);
    expect(await sender.sendDigests(all)).toEqual(all.map((m) => ({ id: m.id, status: 'sent' })));
    expect(versions).toEqual(['3']);
    expect(graph.calls[0].headers.authorization).toBe('Bearer delegated-token');
    expect(graph.calls[0].body.requests.map((r) => r.url)).toEqual(['/me/sendMail', '/me/sendMail']);
  });

  it('turns a consent failure of getClient into PermissionNotGrantedError', async () => {
    const error = await rejection(createDelegatedMailSender({ getClient: async () => Promise.reject(new Error(CONSENT_MESSAGE)) }));
    expectMailSendNotGranted(error);
  });

  it('passes other getClient failures through', async () => {
    const failure = new Error('network down');
    expect(await rejection(createDelegatedMailSender({ getClient: async () => Promise.reject(failure) }))).toBe(failure);
  });
});

describe('permission error classification', () => {
  it.each([
    [CONSENT_MESSAGE, true],
    ['InteractionRequiredAuthError: consent_required: AADSTS65001: ...', true],
    ['AADSTS650057: Invalid resource. The client has requested access to a resource which is not listed', true],
    ['AADSTS50058: A silent sign-in request was sent but no user is signed in.', false],
    ['AADSTS650010', false],
    ['Network request failed', false],
  ])('isConsentError(%j) is %s', (message, expected) => {
    expect(isConsentError(new Error(message))).toBe(expected);
  });

  it('reads the consent code from a Graph client error wrapping the token failure (statusCode -1, code, body)', () => {
    expect(isConsentError({ statusCode: -1, code: 'InteractionRequiredAuthError', body: `Error: ${CONSENT_MESSAGE}` })).toBe(true);
    expect(isConsentError({ errorCode: 'consent_required', message: '' })).toBe(true);
    expect(isConsentError(undefined)).toBe(false);
  });

  it.each([
    [401, 'InvalidAuthenticationToken', true],
    [403, 'ErrorAccessDenied', true],
    [403, 'Authorization_RequestDenied', true],
    [403, 'AccessDenied', true],
    [403, '', true],
    [403, 'ErrorSendAsDenied', false],
    [404, 'ErrorAccessDenied', false],
    [400, 'AccessDenied', false],
  ])('isPermissionDenied(%i, %j) is %s', (status, code, expected) => {
    expect(isPermissionDenied(status, code)).toBe(expected);
  });

  it('maps whole-request 401/403 and consent errors, nothing else', () => {
    expect(permissionErrorFrom({ statusCode: 403, code: 'ErrorAccessDenied' })?.scope).toBe('Mail.Send');
    expect(permissionErrorFrom({ statusCode: 401 }, 'Mail.Send')).toBeInstanceOf(PermissionNotGrantedError);
    expect(permissionErrorFrom({ statusCode: 429 })).toBeUndefined();
    expect(permissionErrorFrom(new Error('boom'))).toBeUndefined();
    const existing = new PermissionNotGrantedError('Mail.Send');
    expect(permissionErrorFrom(existing)).toBe(existing);
  });
});
