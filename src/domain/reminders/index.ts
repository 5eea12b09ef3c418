export * from './ReminderConfig';
export * from './reminderStep';
export * from './idempotencyKey';
export * from './planReminders';
export * from './escapeHtml';
export * from './buildDigest';
