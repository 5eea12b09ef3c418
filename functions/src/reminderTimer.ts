/**
 * The `reminders` timer function (Azure Functions Node.js programming model v4). Schedule: the app setting
 * LIS_REMINDER_SCHEDULE (NCRONTAB with seconds), default weekdays 06:00. The time zone is UTC unless the plan
 * honours WEBSITE_TIME_ZONE (see the admin guide); the run's "today" is always the Stockholm calendar date.
 */
import { app, type InvocationContext, type Timer } from '@azure/functions';
import { reminderSchedule, remindersHandler } from './remindersHandler';

app.timer('reminders', {
  schedule: reminderSchedule(process.env),
  handler: async (timer: Timer, context: InvocationContext): Promise<void> => {
    await remindersHandler(timer, context);
  },
});
