import { stockholmDate } from '../../domain/classification/calendarDate';
import type { DigestLinks } from '../../domain/reminders';
import type { MailSender } from '../../data/ports/MailSender';
import type { PeopleDirectory } from '../../data/ports/PeopleDirectory';
import { REMINDER_LOG_LOOKBACK_DAYS, type ReminderLog } from '../../data/ports/ReminderLog';
import type { TaskInputReader } from '../../data/ports/TaskInputReader';
import { dispatchDigests, type DispatchReport } from './dispatchDigests';
import { planReminderRun, type ReminderRunInput, type ReminderRunPlan } from './planReminderRun';

/** What a reminder run reads and where it sends. */
export interface ReminderRunDeps {
  taskInputs: TaskInputReader;
  people: PeopleDirectory;
  reminderLog: ReminderLog;
  links: DigestLinks;
  now: () => Date;
}

export interface ReminderRunOptions {
  config?: ReminderRunInput['config'];
  /** Sending mailbox (app-only sending). */
  from?: string;
}

/** Items that could not be read are reported with the plan. */
export type LoadedReminderPlan = ReminderRunPlan & { skippedItems: number };

/** Loads everything and plans today's run (the coordinator's preview and the job's dry run). */
export async function previewReminderRun(deps: ReminderRunDeps, options: ReminderRunOptions = {}): Promise<LoadedReminderPlan> {
  const now = deps.now();
  const since = new Date(now.getTime() - REMINDER_LOG_LOOKBACK_DAYS * 24 * 60 * 60 * 1000);
  const [loaded, coordinators, itStaff, sentKeys] = await Promise.all([
    deps.taskInputs.all(),
    deps.people.members('coordinator'),
    deps.people.members('itStaff'),
    deps.reminderLog.sentKeys(since),
  ]);
  const plan = planReminderRun({
    input: loaded.input,
    coordinators,
    itStaff,
    sentKeys,
    today: stockholmDate(now),
    links: deps.links,
    ...(options.config ? { config: options.config } : {}),
    ...(options.from ? { from: options.from } : {}),
  });
  return { ...plan, skippedItems: loaded.skipped };
}

/** Plans today's run and sends it: every outcome is in the reminder log before the next Graph request. */
export async function sendReminderRun(
  deps: ReminderRunDeps,
  sender: MailSender,
  options: ReminderRunOptions = {},
): Promise<{ plan: LoadedReminderPlan; report: DispatchReport }> {
  const plan = await previewReminderRun(deps, options);
  const report = await dispatchDigests(plan.mails, sender, deps.reminderLog, { now: deps.now });
  return { plan, report };
}
