import { AccessDeniedError } from '../../ports/errors';
import { httpStatusOf, toStoreError } from '../storeErrors';

export const NEEDS_MANAGE_PERMISSIONS =
  'The LIS setup and health check needs the Manage Permissions right on the LIS data site (a site owner or site collection administrator)';

/** 401/403 → AccessDeniedError saying what right is missing; anything else → the ports' typed errors. */
export function permissionError(error: unknown, what: 'read' | 'write'): Error {
  const status = httpStatusOf(error);
  if (error instanceof AccessDeniedError || status === 401 || status === 403) {
    return new AccessDeniedError(`${NEEDS_MANAGE_PERMISSIONS} (SharePoint refused to ${what === 'read' ? 'read permissions' : 'change permissions'}${status ? `: ${status}` : ''})`);
  }
  return toStoreError(error, 'Permissions', what);
}
