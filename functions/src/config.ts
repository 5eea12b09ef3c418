/**
 * The reminder job's configuration, read from environment variables only (Azure Functions app settings, or the
 * shell for the CLI). Nothing secret lives in the repo: the job authenticates with a certificate file or the function
 * app's managed identity.
 */
import { normaliseDataSiteUrl } from '../../src/data/sharepoint/dataSite';
import { isValidEmail } from '../../src/domain/shared/Person';

/** Weekdays 06:00 in the function app's time zone (UTC unless WEBSITE_TIME_ZONE applies; see the admin guide). */
export const DEFAULT_REMINDER_SCHEDULE = '0 0 6 * * 1-5';

/** Exchange Online's per-mailbox submission limit. */
export const DEFAULT_MAILS_PER_MINUTE = 30;

export const JOB_ENV = {
  siteUrl: 'LIS_DATA_SITE_URL',
  senderMailbox: 'LIS_SENDER_MAILBOX',
  tenantId: 'LIS_TENANT_ID',
  clientId: 'LIS_CLIENT_ID',
  certificatePath: 'LIS_CERTIFICATE_PATH',
  certificatePassword: 'LIS_CERTIFICATE_PASSWORD',
  credential: 'LIS_CREDENTIAL',
  schedule: 'LIS_REMINDER_SCHEDULE',
  dryRun: 'LIS_REMINDER_DRY_RUN',
  mailsPerMinute: 'LIS_MAILS_PER_MINUTE',
} as const;

/**
 * How the job gets its tokens:
 * - 'certificate': app registration + certificate (LIS_TENANT_ID, LIS_CLIENT_ID, LIS_CERTIFICATE_PATH);
 * - 'managedIdentity': the function app's managed identity (LIS_CLIENT_ID only for a user-assigned identity);
 * - 'default': DefaultAzureCredential (an administrator's workstation after `az login`, for a dry run).
 */
export type CredentialKind = 'certificate' | 'managedIdentity' | 'default';

export interface JobConfig {
  /** The LIS data site, normalised (`https://contoso.sharepoint.com/sites/lis`). */
  siteUrl: string;
  /** The mailbox the digests are sent from (app-only `/users/{mailbox}/sendMail`). */
  senderMailbox: string;
  credential: CredentialKind;
  tenantId?: string;
  clientId?: string;
  certificatePath?: string;
  certificatePassword?: string;
  /** NCRONTAB with seconds: `{second} {minute} {hour} {day} {month} {day-of-week}`. */
  schedule: string;
  /** The timer only plans and logs; it sends nothing and writes nothing. */
  dryRun: boolean;
  mailsPerMinute: number;
}

export interface ConfigProblem {
  variable: string;
  /** Swedish first, then English. */
  message: string;
}

/** Thrown when required variables are missing or invalid; lists every problem at once. */
export class JobConfigError extends Error {
  public readonly missing: string[];
  public readonly invalid: ConfigProblem[];
  public constructor(missing: string[], invalid: ConfigProblem[]) {
    super(formatProblems(missing, invalid));
    this.name = 'JobConfigError';
    this.missing = missing;
    this.invalid = invalid;
  }
}

function formatProblems(missing: readonly string[], invalid: readonly ConfigProblem[]): string {
  const lines = ['Påminnelsejobbet är inte konfigurerat / The reminder job is not configured.'];
  if (missing.length > 0) {
    lines.push('Saknade miljövariabler / Missing environment variables:');
    missing.forEach((name) => lines.push(`  - ${name}`));
  }
  if (invalid.length > 0) {
    lines.push('Ogiltiga värden / Invalid values:');
    invalid.forEach((p) => lines.push(`  - ${p.variable}: ${p.message}`));
  }
  lines.push('Se docs/admin-guide.md, "Schemalagda påminnelser" / See docs/admin-guide.md.');
  return lines.join('\n');
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** One NCRONTAB field: digits, names, `*`, `/`, `,` and `-` ranges. */
const CRON_FIELD = /^[0-9A-Za-z*/,-]+$/;

export type Env = Readonly<Record<string, string | undefined>>;

export interface ConfigOverrides {
  /** `--site <url>` on the CLI. */
  siteUrl?: string;
}

function value(env: Env, name: string): string | undefined {
  const text = env[name];
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

function parseBoolean(text: string | undefined): boolean | undefined {
  if (text === undefined) return false;
  if (/^(1|true|yes|ja)$/i.test(text)) return true;
  if (/^(0|false|no|nej)$/i.test(text)) return false;
  return undefined;
}

/** Reads and validates the job configuration; throws JobConfigError listing every missing or invalid variable. */
export function readJobConfig(env: Env, overrides: ConfigOverrides = {}): JobConfig {
  const missing: string[] = [];
  const invalid: ConfigProblem[] = [];

  const rawSite = overrides.siteUrl !== undefined && overrides.siteUrl.trim() !== '' ? overrides.siteUrl.trim() : value(env, JOB_ENV.siteUrl);
  const siteVariable = overrides.siteUrl ? '--site' : JOB_ENV.siteUrl;
  const siteUrl = normaliseDataSiteUrl(rawSite);
  if (rawSite === undefined) missing.push(JOB_ENV.siteUrl);
  else if (siteUrl === undefined) {
    invalid.push({ variable: siteVariable, message: `måste vara en https-adress till LIS-webbplatsen / must be an https url of the LIS site (got "${rawSite}")` });
  }

  const senderMailbox = value(env, JOB_ENV.senderMailbox);
  if (senderMailbox === undefined) missing.push(JOB_ENV.senderMailbox);
  else if (!isValidEmail(senderMailbox)) {
    invalid.push({ variable: JOB_ENV.senderMailbox, message: `måste vara en e-postadress / must be an e-mail address (got "${senderMailbox}")` });
  }

  const tenantId = value(env, JOB_ENV.tenantId);
  const clientId = value(env, JOB_ENV.clientId);
  const certificatePath = value(env, JOB_ENV.certificatePath);
  const certificatePassword = value(env, JOB_ENV.certificatePassword);
  const rawCredential = value(env, JOB_ENV.credential);
  let credential: CredentialKind = certificatePath ? 'certificate' : 'managedIdentity';
  if (rawCredential !== undefined) {
    const kinds: Record<string, CredentialKind> = { certificate: 'certificate', 'managed-identity': 'managedIdentity', managedidentity: 'managedIdentity', default: 'default' };
    const kind = kinds[rawCredential.toLowerCase()];
    if (kind) credential = kind;
    else invalid.push({ variable: JOB_ENV.credential, message: `ska vara certificate, managed-identity eller default / must be certificate, managed-identity or default (got "${rawCredential}")` });
  }
  if (credential === 'certificate') {
    if (tenantId === undefined) missing.push(JOB_ENV.tenantId);
    if (clientId === undefined) missing.push(JOB_ENV.clientId);
    if (certificatePath === undefined) missing.push(JOB_ENV.certificatePath);
  }
  if (tenantId !== undefined && !GUID.test(tenantId)) {
    invalid.push({ variable: JOB_ENV.tenantId, message: `måste vara katalogens (tenantens) id, ett GUID / must be the directory (tenant) id, a GUID (got "${tenantId}")` });
  }
  if (clientId !== undefined && !GUID.test(clientId)) {
    invalid.push({ variable: JOB_ENV.clientId, message: `måste vara appens klient-id, ett GUID / must be the application (client) id, a GUID (got "${clientId}")` });
  }

  const schedule = value(env, JOB_ENV.schedule) ?? DEFAULT_REMINDER_SCHEDULE;
  const fields = schedule.split(/\s+/);
  if (fields.length !== 6 || !fields.every((f) => CRON_FIELD.test(f))) {
    invalid.push({
      variable: JOB_ENV.schedule,
      message: `måste vara ett NCRONTAB-uttryck med sex fält (sekund först), t.ex. "${DEFAULT_REMINDER_SCHEDULE}" / must be an NCRONTAB expression with six fields (seconds first) (got "${schedule}")`,
    });
  }

  const dryRun = parseBoolean(value(env, JOB_ENV.dryRun));
  if (dryRun === undefined) invalid.push({ variable: JOB_ENV.dryRun, message: 'ska vara true eller false / must be true or false' });

  const rawRate = value(env, JOB_ENV.mailsPerMinute);
  const mailsPerMinute = rawRate === undefined ? DEFAULT_MAILS_PER_MINUTE : Number(rawRate);
  if (!Number.isInteger(mailsPerMinute) || mailsPerMinute < 1 || mailsPerMinute > 10_000) {
    invalid.push({ variable: JOB_ENV.mailsPerMinute, message: `ska vara ett heltal 1–10000 / must be an integer 1–10000 (got "${rawRate}")` });
  }

  if (missing.length > 0 || invalid.length > 0) throw new JobConfigError(missing, invalid);
  return {
    siteUrl: siteUrl as string,
    senderMailbox: senderMailbox as string,
    credential,
    ...(tenantId !== undefined ? { tenantId } : {}),
    ...(clientId !== undefined ? { clientId } : {}),
    ...(certificatePath !== undefined ? { certificatePath } : {}),
    ...(certificatePassword !== undefined ? { certificatePassword } : {}),
    schedule,
    dryRun: dryRun as boolean,
    mailsPerMinute,
  };
}
