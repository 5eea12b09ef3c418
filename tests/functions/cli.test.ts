/** @jest-environment node */
import { parseCliArgs, runCli } from '../../functions/src/cli';
import type { JobConfig } from '../../functions/src/config';
import { reminderLogList } from '../../src/data/schema/reminderLogList';
import { jobOver, seededSite, SENDER, SITE } from './jobFixture';

const ENV = { LIS_DATA_SITE_URL: SITE, LIS_SENDER_MAILBOX: SENDER };

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

describe('parseCliArgs', () => {
  it('reads the mode and --site in both spellings', () => {
    expect(parseCliArgs(['--dry-run'])).toEqual({ mode: 'dry-run' });
    expect(parseCliArgs(['--send', '--site', 'https://x.sharepoint.com/sites/a'])).toEqual({ mode: 'send', siteUrl: 'https://x.sharepoint.com/sites/a' });
    expect(parseCliArgs(['--site=https://x.sharepoint.com/sites/a', '--dry-run'])).toEqual({ mode: 'dry-run', siteUrl: 'https://x.sharepoint.com/sites/a' });
  });

  it('refuses no mode, both modes, a bare --site and unknown arguments', () => {
    expect(parseCliArgs([])).toMatch(/--dry-run eller --send/);
    expect(parseCliArgs(['--dry-run', '--send'])).toMatch(/not both/);
    expect(parseCliArgs(['--dry-run', '--site'])).toMatch(/--site/);
    expect(parseCliArgs(['--dry-run', '--site', '--send'])).toMatch(/--site/);
    expect(parseCliArgs(['--force'])).toMatch(/Unknown argument: --force/);
  });
});

describe('runCli', () => {
  it('exits 2 with the missing variables listed when the configuration is incomplete', async () => {
    const { out, err, io: streams } = io();
    const code = await runCli(['--dry-run'], {}, { ...streams, createServices: () => { throw new Error('must not be called'); } });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('Saknade miljövariabler / Missing environment variables:\n  - LIS_DATA_SITE_URL\n  - LIS_SENDER_MAILBOX');
  });

  it('exits 2 with the usage on bad arguments, 0 on --help', async () => {
    const bad = io();
    expect(await runCli(['--dry-run', '--send'], ENV, bad.io)).toBe(2);
    expect(bad.err[1]).toMatch(/^Användning \/ Usage: npm run reminders/);
    const help = io();
    expect(await runCli(['--help'], ENV, help.io)).toBe(0);
    expect(help.err[0]).toMatch(/^Användning/);
  });

  it('--dry-run prints the plan per recipient and the totals, sends nothing and writes nothing', async () => {
    const site = await seededSite(3);
    let job: ReturnType<typeof jobOver> | undefined;
    const { out, err, io: streams } = io();
    const code = await runCli(['--dry-run'], ENV, {
      ...streams,
      createServices: (config: JobConfig) => {
        job = jobOver(site, undefined, config);
        job.mark();
        return job.services;
      },
    });
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe(`LIS ${SITE} — 2026-11-30 (torrkörning / dry run)`);
    expect(out.slice(1, 4)).toEqual([0, 1, 2].map((i) => expect.stringMatching(new RegExp(`^  person${i}@contoso\\.se\\s+1  LIS: 1 uppgift`))));
    expect(out[4]).toMatch(/^Totalt \/ Total: 3 sammanställningar \/ digests, 3 påminnelser \/ reminders, \d+ personer \/ people, 3 uppgifter \/ tasks$/);
    expect(out[5]).toMatch(/nothing sent$/);
    expect(job?.graph.calls).toHaveLength(0);
    expect(job?.writes()).toBe(0);
  });

  it('--send sends and logs; --site overrides LIS_DATA_SITE_URL', async () => {
    const site = await seededSite(2);
    let seenConfig: JobConfig | undefined;
    let job: ReturnType<typeof jobOver> | undefined;
    const { out, io: streams } = io();
    const code = await runCli(['--send', '--site', `${SITE}/SitePages/Start.aspx`], { ...ENV, LIS_DATA_SITE_URL: 'https://other.sharepoint.com/sites/x' }, {
      ...streams,
      createServices: (config: JobConfig) => {
        seenConfig = config;
        job = jobOver(site, undefined, config);
        return job.services;
      },
    });
    expect(code).toBe(0);
    expect(seenConfig?.siteUrl).toBe(SITE);
    expect(job?.graph.calls).toHaveLength(1);
    expect(site.list(reminderLogList).itemCount).toBe(2);
    expect(out[out.length - 1]).toMatch(/sent 2, failed 0, unresolved 0, skipped 0$/);
  });

  it('exits 1 when the run fails', async () => {
    const { err, io: streams } = io();
    const code = await runCli(['--dry-run'], ENV, {
      ...streams,
      createServices: () => {
        throw new Error('SharePoint unreachable');
      },
    });
    expect(code).toBe(1);
    expect(err).toEqual(['Körningen misslyckades / The run failed: SharePoint unreachable']);
  });

  it('--send explains a missing Mail.Send application permission, logs nothing as sent and exits 1', async () => {
    const site = await seededSite(3);
    let job: ReturnType<typeof jobOver> | undefined;
    const { err, io: streams } = io();
    const code = await runCli(['--send'], ENV, {
      ...streams,
      createServices: (config: JobConfig) => {
        job = jobOver(site, () => ({ status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } } }), config);
        job.mark();
        return job.services;
      },
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('Behörigheten Mail.Send saknas: ge appregistreringen programbehörigheten Microsoft Graph Mail.Send');
    expect(job?.graph.calls.length).toBe(1);
    expect(job?.writes()).toBe(0);
  });
});
