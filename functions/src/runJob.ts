/**
 * One reminder run of the scheduled job or the CLI: a dry run plans and reports (no mail, no log writes); a send run
 * plans, sends through Graph and records every outcome in the reminder log (src/app/reminders).
 */
import { stockholmDate } from '../../src/domain/classification/calendarDate';
import { previewReminderRun, sendReminderRun, type LoadedReminderPlan } from '../../src/app/reminders';
import type { DispatchReport } from '../../src/app/reminders';
import type { JobServices } from './jobServices';

export type JobMode = 'dry-run' | 'send';

export interface RecipientPlan {
  name: string;
  address: string;
  /** Reminders in the digest. */
  items: number;
  subject: string;
}

export interface JobOutcome {
  recipient: string;
  status: 'sent' | 'failed' | 'unresolved';
  reason?: string;
}

export interface JobReport {
  mode: JobMode;
  siteUrl: string;
  /** The Stockholm calendar date of the run. */
  today: string;
  people: number;
  tasks: number;
  digests: number;
  /** Reminders in all digests. */
  reminders: number;
  /** Items the reader could not read (hand-edited rows). */
  skippedItems: number;
  recipients: RecipientPlan[];
  /** Only for 'send'; zero in a dry run. */
  sent: number;
  failed: number;
  unresolved: number;
  /** Digests already in the reminder log (an earlier run sent them). */
  skipped: number;
  /** Failed and unresolved digests with their reasons. */
  problems: JobOutcome[];
}

function report(mode: JobMode, services: JobServices, plan: LoadedReminderPlan, dispatch?: DispatchReport): JobReport {
  const addressById = new Map(plan.mails.map((m) => [m.id, m.to.address] as const));
  const problems: JobOutcome[] = dispatch
    ? [...dispatch.failed, ...dispatch.unresolved].map((r) => ({
        recipient: addressById.get(r.id) ?? r.id,
        status: r.status,
        ...(r.reason !== undefined ? { reason: r.reason } : {}),
      }))
    : [];
  return {
    mode,
    siteUrl: services.config.siteUrl,
    today: stockholmDate(services.deps.now()),
    people: plan.people,
    tasks: plan.tasks,
    digests: plan.digests.length,
    reminders: plan.digests.reduce((n, d) => n + d.items.length, 0),
    skippedItems: plan.skippedItems,
    recipients: plan.mails.map((m) => ({ name: m.to.name, address: m.to.address, items: (m.reminderKeys ?? []).length, subject: m.subject })),
    sent: dispatch ? dispatch.sent.length : 0,
    failed: dispatch ? dispatch.failed.length : 0,
    unresolved: dispatch ? dispatch.unresolved.length : 0,
    skipped: dispatch ? dispatch.skipped.length : 0,
    problems,
  };
}

/** One line for the function's log and the CLI's last line. */
export function summaryLine(r: JobReport): string {
  const head = r.mode === 'dry-run' ? 'LIS reminders (dry run)' : 'LIS reminders';
  const base = `${head} ${r.today}: ${r.people} people, ${r.tasks} tasks, ${r.digests} digests, ${r.reminders} reminders`;
  const sending = r.mode === 'send' ? `; sent ${r.sent}, failed ${r.failed}, unresolved ${r.unresolved}, skipped ${r.skipped}` : '; nothing sent';
  const unreadable = r.skippedItems > 0 ? `; ${r.skippedItems} unreadable items left out` : '';
  return base + sending + unreadable;
}

export interface RunJobOptions {
  /** Receives the summary line and one line per failed/unresolved digest. */
  log?: (line: string) => void;
  warn?: (line: string) => void;
}

/** Runs the job once in `mode` and returns (and logs) its report. */
export async function runJob(services: JobServices, mode: JobMode, options: RunJobOptions = {}): Promise<JobReport> {
  const from = services.config.senderMailbox;
  let result: JobReport;
  if (mode === 'dry-run') {
    const plan = await previewReminderRun(services.deps, { from });
    result = report(mode, services, plan);
  } else {
    const { plan, report: dispatch } = await sendReminderRun(services.deps, services.mailSender(), { from });
    result = report(mode, services, plan, dispatch);
  }
  options.log?.(summaryLine(result));
  const warn = options.warn ?? options.log;
  result.problems.forEach((p) => warn?.(`  ${p.status} ${p.recipient}: ${p.reason ?? ''}`.trimEnd()));
  return result;
}
