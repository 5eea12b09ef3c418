import { PermissionNotGrantedError } from '../../data/ports/errors';
import { errorMessage, type Strings } from '../strings';

/** What went wrong when sending: a Graph scope not approved by an administrator, or any store/transport error. */
export function sendErrorMessage(strings: Strings, error: unknown): string {
  if (error instanceof PermissionNotGrantedError) return strings.reminders.errors.permissionNotGranted(error.scope);
  return errorMessage(strings, error);
}
