/** @jest-environment node */
import { DEFAULT_REMINDER_SCHEDULE, JobConfigError, readJobConfig } from '../../functions/src/config';
import { reminderSchedule } from '../../functions/src/remindersHandler';

const TENANT = '11111111-2222-3333-4444-555555555555';
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

const managedIdentity = {
  LIS_DATA_SITE_URL: 'https://Contoso.sharepoint.com/sites/lis/SitePages/Home.aspx',
  LIS_SENDER_MAILBOX: 'lis-paminnelser@contoso.se',
};

function problems(env: Record<string, string | undefined>, overrides = {}): JobConfigError {
  try {
    readJobConfig(env, overrides);
  } catch (error) {
    if (error instanceof JobConfigError) return error;
    throw error;
  }
  throw new Error('expected a JobConfigError');
}

describe('readJobConfig', () => {
  it('reads a managed-identity configuration with defaults and a normalised site url', () => {
    expect(readJobConfig(managedIdentity)).toEqual({
      siteUrl: 'https://contoso.sharepoint.com/sites/lis',
      senderMailbox: 'lis-paminnelser@contoso.se',
      credential: 'managedIdentity',
      schedule: DEFAULT_REMINDER_SCHEDULE,
      dryRun: false,
      mailsPerMinute: 30,
    });
  });

  it('chooses the certificate when LIS_CERTIFICATE_PATH is set and then requires tenant and client ids', () => {
    const config = readJobConfig({
      ...managedIdentity,
      LIS_TENANT_ID: TENANT,
      LIS_CLIENT_ID: CLIENT,
      LIS_CERTIFICATE_PATH: '/home/site/certs/lis.pem',
      LIS_REMINDER_SCHEDULE: '0 30 5 * * Mon-Fri',
      LIS_REMINDER_DRY_RUN: 'true',
      LIS_MAILS_PER_MINUTE: '20',
    });
    expect(config).toMatchObject({
      credential: 'certificate',
      tenantId: TENANT,
      clientId: CLIENT,
      certificatePath: '/home/site/certs/lis.pem',
      schedule: '0 30 5 * * Mon-Fri',
      dryRun: true,
      mailsPerMinute: 20,
    });
    const error = problems({ ...managedIdentity, LIS_CERTIFICATE_PATH: '/certs/lis.pem' });
    expect(error.missing).toEqual(['LIS_TENANT_ID', 'LIS_CLIENT_ID']);
  });

  it('lists every missing variable at once, in Swedish and English', () => {
    const error = problems({ LIS_DATA_SITE_URL: '  ' });
    expect(error.missing).toEqual(['LIS_DATA_SITE_URL', 'LIS_SENDER_MAILBOX']);
    expect(error.message).toContain('Saknade miljövariabler / Missing environment variables:');
    expect(error.message).toContain('  - LIS_DATA_SITE_URL\n  - LIS_SENDER_MAILBOX');
  });

  it('reports invalid values with the variable name', () => {
    const error = problems({
      LIS_DATA_SITE_URL: 'http://contoso.sharepoint.com/sites/lis',
      LIS_SENDER_MAILBOX: 'not a mailbox',
      LIS_CLIENT_ID: 'abc',
      LIS_CREDENTIAL: 'password',
      LIS_REMINDER_SCHEDULE: '0 6 * * 1-5',
      LIS_REMINDER_DRY_RUN: 'kanske',
      LIS_MAILS_PER_MINUTE: '0',
    });
    expect(error.missing).toEqual([]);
    expect(error.invalid.map((p) => p.variable)).toEqual([
      'LIS_DATA_SITE_URL',
      'LIS_SENDER_MAILBOX',
      'LIS_CREDENTIAL',
      'LIS_CLIENT_ID',
      'LIS_REMINDER_SCHEDULE',
      'LIS_REMINDER_DRY_RUN',
      'LIS_MAILS_PER_MINUTE',
    ]);
    expect(error.message).toContain('LIS_REMINDER_SCHEDULE: måste vara ett NCRONTAB-uttryck med sex fält');
  });

  it('lets --site override the environment and names it in errors', () => {
    expect(readJobConfig(managedIdentity, { siteUrl: 'https://contoso.sharepoint.com/sites/lis-test/' }).siteUrl).toBe(
      'https://contoso.sharepoint.com/sites/lis-test',
    );
    expect(problems(managedIdentity, { siteUrl: 'ftp://x' }).invalid.map((p) => p.variable)).toEqual(['--site']);
  });

  it('accepts the DefaultAzureCredential for a workstation dry run without certificate variables', () => {
    expect(readJobConfig({ ...managedIdentity, LIS_CREDENTIAL: 'default' }).credential).toBe('default');
  });
});

describe('reminderSchedule', () => {
  it('uses LIS_REMINDER_SCHEDULE, else weekdays 06:00', () => {
    expect(reminderSchedule({})).toBe('0 0 6 * * 1-5');
    expect(reminderSchedule({ LIS_REMINDER_SCHEDULE: ' 0 0 5 * * 1-5 ' })).toBe('0 0 5 * * 1-5');
  });
});
