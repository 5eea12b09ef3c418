import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

/**
 * LIS Behörigheter och hälsokontroll: the coordinator's setup and health check of the LIS data site (groups, broken
 * inheritance, unit folders, indexes) with a fix button; needs the site's Manage Permissions right to fix.
 */
export default class SetupWebPart extends LisWebPartBase<LisWebPartProps> {
  protected readonly view = 'setup' as const;
}
