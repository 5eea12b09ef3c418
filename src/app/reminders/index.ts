export * from './dispatchDigests';
export * from './planReminderRun';
export * from './runReminders';
