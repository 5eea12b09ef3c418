import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

/**
 * LIS Påminnelser: the coordinator's reminder run: preview who gets which digest today, then "send now" with the
 * coordinator's delegated Microsoft Graph permission (Mail.Send, requested in package-solution.json).
 */
export default class RemindersWebPart extends LisWebPartBase<LisWebPartProps> {
  protected readonly view = 'reminders' as const;
}
