import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

/**
 * LIS Mina uppgifter: the signed-in user's work grouped by urgency, on an intranet page, as a Teams channel tab or
 * in the Teams personal app. Task links open the item from the page query or the Teams tab's subPageId.
 */
export default class MyTasksWebPart extends LisWebPartBase<LisWebPartProps> {
  protected readonly view = 'myTasks' as const;
}
