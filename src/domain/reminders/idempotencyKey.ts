import { normaliseEmail } from '../shared/Person';

/**
 * The reminder log's key for one reminder: recipient (case-insensitive), item, due date and step. JSON keeps the parts
 * apart whatever characters they hold. A moved due date gives a new key (a new reminder is right then).
 */
export function reminderKey(recipientEmail: string, itemKey: string, dueDate: string, step: string): string {
  return JSON.stringify([normaliseEmail(recipientEmail), itemKey, dueDate, step]);
}
