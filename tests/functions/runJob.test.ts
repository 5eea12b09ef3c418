/** @jest-environment node */
import { runJob, summaryLine } from '../../functions/src/runJob';
import { reminderLogList } from '../../src/data/schema/reminderLogList';
import { CONFIG, jobOver, seededSite, SENDER, SITE } from './jobFixture';

const DIGESTS = 45;

describe('runJob over the strict fake SharePoint and the fake Graph', () => {
  it('dry run: plans one digest per person, makes no Graph request and writes nothing to SharePoint', async () => {
    const job = jobOver(await seededSite(DIGESTS));
    job.mark();
    const lines: string[] = [];
    const report = await runJob(job.services, 'dry-run', { log: (l) => lines.push(l) });

    expect(report).toMatchObject({ mode: 'dry-run', siteUrl: SITE, today: '2026-11-30', digests: DIGESTS, reminders: DIGESTS, sent: 0, failed: 0, unresolved: 0, skipped: 0 });
    expect(report.people).toBeGreaterThanOrEqual(DIGESTS);
    expect(report.tasks).toBe(DIGESTS);
    expect(report.recipients).toHaveLength(DIGESTS);
    expect(report.recipients[0]).toEqual({ name: 'Person 0', address: 'person0@contoso.se', items: 1, subject: expect.stringMatching(/^LIS: 1 uppgift/) });
    expect(job.graph.calls).toHaveLength(0);
    expect(job.writes()).toBe(0);
    expect(job.logItems()).toBe(0);
    expect(lines).toEqual([summaryLine(report)]);
    expect(lines[0]).toBe(`LIS reminders (dry run) 2026-11-30: ${report.people} people, ${DIGESTS} tasks, ${DIGESTS} digests, ${DIGESTS} reminders; nothing sent`);
    // Every SharePoint request carried the app-only token for the tenant's SharePoint.
    expect(job.site.requests.slice(-1)[0].headers.authorization).toBe('Bearer sp-token');
    expect(job.credential.requests.every((scopes) => scopes[0] === 'https://contoso.sharepoint.com/.default')).toBe(true);
  });

  it('send: ceil(digests / 20) Graph $batch requests, one log item per digest, and a second run sends nothing', async () => {
    const job = jobOver(await seededSite(DIGESTS));
    job.mark();
    const report = await runJob(job.services, 'send');

    expect(report).toMatchObject({ mode: 'send', digests: DIGESTS, sent: DIGESTS, failed: 0, unresolved: 0, skipped: 0, problems: [] });
    expect(job.graph.calls).toHaveLength(Math.ceil(DIGESTS / 20));
    expect(job.graph.calls.map((c) => c.body.requests.length)).toEqual([20, 20, 5]);
    expect(job.graph.calls.every((c) => c.url === 'https://graph.microsoft.com/v1.0/$batch' && c.headers.authorization === 'Bearer graph-token')).toBe(true);
    expect(job.graph.calls[0].body.requests[0].url).toBe(`/users/${encodeURIComponent(SENDER)}/sendMail`);
    expect(job.graph.delivered).toHaveLength(DIGESTS);
    expect(job.logItems()).toBe(DIGESTS);
    expect(job.writes()).toBe(DIGESTS);

    job.mark();
    const again = await runJob(job.services, 'send');
    expect(again).toMatchObject({ digests: 0, sent: 0, skipped: 0 });
    expect(job.graph.calls).toHaveLength(Math.ceil(DIGESTS / 20));
    expect(job.writes()).toBe(0);
    expect(job.logItems()).toBe(DIGESTS);
  });

  it('honours a throttled batch (429 + Retry-After): one extra request, still one log item per digest', async () => {
    const job = jobOver(await seededSite(DIGESTS), (request, call) =>
      call === 1 ? { status: 429, headers: { 'Retry-After': '7' } } : request.body.requests.map(() => ({ status: 202 })),
    );
    const report = await runJob(job.services, 'send');
    expect(report.sent).toBe(DIGESTS);
    expect(job.graph.calls).toHaveLength(Math.ceil(DIGESTS / 20) + 1);
    expect(job.logItems()).toBe(DIGESTS);
  });

  it('a run killed after two batches and started again sends each digest exactly once', async () => {
    const site = await seededSite(DIGESTS);
    const crashing = jobOver(site, (request, call) => {
      if (call === 2) throw new Error('process killed');
      return request.body.requests.map(() => ({ status: 202 }));
    });
    await expect(runJob(crashing.services, 'send')).rejects.toThrow('process killed');
    expect(crashing.logItems()).toBe(40);

    const rerun = jobOver(site);
    const second = await runJob(rerun.services, 'send');
    expect(second.sent).toBe(DIGESTS - 40);
    expect(rerun.graph.calls).toHaveLength(1);
    const delivered = [...crashing.graph.delivered, ...rerun.graph.delivered].map((b) => b.message.toRecipients[0].emailAddress.address);
    expect(new Set(delivered).size).toBe(DIGESTS);
    expect(delivered).toHaveLength(DIGESTS);
  });

  it('reports unresolved recipients with the reason and logs them, never retrying them', async () => {
    const job = jobOver(await seededSite(3), (request) =>
      request.body.requests.map((_, i) => (i === 1 ? { status: 404, body: { error: { code: 'ErrorInvalidRecipients', message: 'no such user' } } } : { status: 202 })),
    );
    const warnings: string[] = [];
    const report = await runJob(job.services, 'send', { warn: (l) => warnings.push(l) });
    expect(report).toMatchObject({ sent: 2, unresolved: 1, failed: 0 });
    expect(report.problems).toEqual([{ recipient: 'person1@contoso.se', status: 'unresolved', reason: '404 ErrorInvalidRecipients: no such user' }]);
    expect(warnings).toEqual(['  unresolved person1@contoso.se: 404 ErrorInvalidRecipients: no such user']);
    expect(job.site.list(reminderLogList).itemCount).toBe(3);
    const again = await runJob(job.services, 'send');
    expect(again.digests).toBe(0);
    expect(job.graph.calls).toHaveLength(1);
  });

  it('uses the configured sender mailbox as the From of every mail', async () => {
    const job = jobOver(await seededSite(1), undefined, { ...CONFIG, senderMailbox: 'registrator@contoso.se' });
    await runJob(job.services, 'send');
    expect(job.graph.calls[0].body.requests[0].url).toBe('/users/registrator%40contoso.se/sendMail');
  });
});
