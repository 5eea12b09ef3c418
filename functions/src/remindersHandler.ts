/** The `reminders` timer function's schedule and handler (registered in reminderTimer.ts). */
import type { InvocationContext, Timer } from '@azure/functions';
import { DEFAULT_REMINDER_SCHEDULE, JOB_ENV, readJobConfig, type Env } from './config';
import { createJobServices, type JobServiceOptions } from './jobServices';
import { runJob, type JobReport } from './runJob';

/** The schedule the function is registered with: read when the worker loads the app. */
export function reminderSchedule(env: Env): string {
  const text = env[JOB_ENV.schedule];
  return text !== undefined && text.trim() !== '' ? text.trim() : DEFAULT_REMINDER_SCHEDULE;
}

/**
 * The timer's handler: reads the configuration (a missing variable fails the invocation with the list), then sends,
 * or only plans when LIS_REMINDER_DRY_RUN is true. Throws on failure so the invocation shows as failed; the next
 * run picks up where this one stopped (the reminder log decides what was sent).
 */
export async function remindersHandler(
  timer: Timer,
  context: InvocationContext,
  env: Env = process.env,
  serviceOptions: JobServiceOptions = {},
): Promise<JobReport> {
  const config = readJobConfig(env);
  if (timer.isPastDue) context.warn('LIS reminders: the timer is past due (the app was stopped or restarted); running now.');
  const services = createJobServices(config, serviceOptions);
  return runJob(services, config.dryRun ? 'dry-run' : 'send', {
    log: (line) => context.log(line),
    warn: (line) => context.warn(line),
  });
}
