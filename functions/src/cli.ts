/**
 * `npm run reminders -- --dry-run | --send [--site <url>]`: the reminder job from a shell (scripts/reminders.ts).
 * Same configuration as the function app (environment variables). Exit codes: 0 done, 1 the run failed (or some
 * digests failed when sending), 2 usage or configuration error.
 */
import { JobConfigError, readJobConfig, type Env, type JobConfig } from './config';
import { PermissionNotGrantedError } from '../../src/data/ports/errors';
import { createJobServices, type JobServices } from './jobServices';
import { runJob, summaryLine, type JobMode, type JobReport } from './runJob';

export const CLI_USAGE = [
  'Användning / Usage: npm run reminders -- (--dry-run | --send) [--site <url>]',
  '  --dry-run     visa vem som skulle få vad i dag; skickar inget och skriver inget / show the plan; sends and writes nothing',
  '  --send        skicka påminnelserna och logga dem / send the reminders and log them',
  '  --site <url>  LIS-webbplatsen i stället för LIS_DATA_SITE_URL / the LIS site instead of LIS_DATA_SITE_URL',
].join('\n');

export interface CliArgs {
  mode: JobMode;
  siteUrl?: string;
}

/** Parses the arguments; a string is the usage error to print. */
export function parseCliArgs(argv: readonly string[]): CliArgs | string {
  let mode: JobMode | undefined;
  let siteUrl: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dry-run' || arg === '--send') {
      const next: JobMode = arg === '--send' ? 'send' : 'dry-run';
      if (mode !== undefined && mode !== next) return 'Ange antingen --dry-run eller --send / Give either --dry-run or --send, not both.';
      mode = next;
    } else if (arg === '--site' || arg.startsWith('--site=')) {
      const text = arg === '--site' ? argv[++i] : arg.slice('--site='.length);
      if (text === undefined || text === '' || text.startsWith('--')) return '--site kräver en adress / --site needs a url.';
      siteUrl = text;
    } else if (arg === '--help' || arg === '-h') {
      return '';
    } else {
      return `Okänt argument / Unknown argument: ${arg}`;
    }
  }
  if (mode === undefined) return 'Ange --dry-run eller --send / Give --dry-run or --send.';
  return { mode, ...(siteUrl !== undefined ? { siteUrl } : {}) };
}

/** The plan as text: one line per recipient, then the totals. */
export function formatPlan(report: JobReport): string[] {
  const lines: string[] = [];
  lines.push(`LIS ${report.siteUrl} — ${report.today}${report.mode === 'dry-run' ? ' (torrkörning / dry run)' : ''}`);
  if (report.recipients.length === 0) lines.push('Inga påminnelser att skicka i dag / No reminders due today.');
  const width = report.recipients.reduce((w, r) => Math.max(w, r.address.length), 0);
  report.recipients.forEach((r) => lines.push(`  ${r.address.padEnd(width)}  ${String(r.items).padStart(3)}  ${r.subject}`));
  lines.push(
    `Totalt / Total: ${report.digests} sammanställningar / digests, ${report.reminders} påminnelser / reminders, ` +
      `${report.people} personer / people, ${report.tasks} uppgifter / tasks`,
  );
  if (report.skippedItems > 0) lines.push(`Olästa poster utelämnade / Unreadable items left out: ${report.skippedItems}`);
  return lines;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Default: the real services from the configuration. Tests pass fakes. */
  createServices?: (config: JobConfig) => JobServices;
}

export async function runCli(argv: readonly string[], env: Env, io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (typeof args === 'string') {
    if (args !== '') io.err(args);
    io.err(CLI_USAGE);
    return args === '' ? 0 : 2;
  }
  let config: JobConfig;
  try {
    config = readJobConfig(env, args.siteUrl !== undefined ? { siteUrl: args.siteUrl } : {});
  } catch (error) {
    if (error instanceof JobConfigError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
  try {
    const services = (io.createServices ?? ((c: JobConfig) => createJobServices(c)))(config);
    const report = await runJob(services, args.mode, { warn: io.err });
    formatPlan(report).forEach((line) => io.out(line));
    io.out(summaryLine(report));
    return report.failed > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof PermissionNotGrantedError) {
      io.err(
        `Behörigheten ${error.scope} saknas: ge appregistreringen programbehörigheten Microsoft Graph ${error.scope} med ` +
          `administratörsmedgivande (se administratörsguiden, avsnitt 8.1). / The app registration lacks the ${error.scope} ` +
          'application permission or admin consent.',
      );
      return 1;
    }
    io.err(`Körningen misslyckades / The run failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
