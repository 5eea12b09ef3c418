import { AccessDeniedError, ConflictError, InvalidStoredItemError, NotFoundError, SetupRequiredError, StoreUnavailableError } from '../ports/errors';

/** The HTTP status of a PnPjs HttpRequestError (or anything carrying a numeric `status`), else undefined. */
export function httpStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Turns whatever PnPjs threw into the ports' typed errors:
 * 412 (and 409 "save conflict") -> ConflictError, 404 -> NotFoundError, 401/403 -> AccessDeniedError, anything else -> StoreUnavailableError.
 * Errors that are already typed pass through.
 */
export function toStoreError(error: unknown, entity: string, id: string): Error {
  if (
    error instanceof ConflictError ||
    error instanceof NotFoundError ||
    error instanceof AccessDeniedError ||
    error instanceof StoreUnavailableError ||
    error instanceof SetupRequiredError ||
    error instanceof InvalidStoredItemError
  ) {
    return error;
  }
  const status = httpStatusOf(error);
  if (status === 412 || status === 409) return new ConflictError(entity, id);
  if (status === 404) return new NotFoundError(entity, id);
  if (status === 401 || status === 403) return new AccessDeniedError(`SharePoint refused access to ${entity} ${id} (${status})`);
  const detail = (error instanceof Error ? error.message : String(error)).slice(0, 300);
  return new StoreUnavailableError(
    status === undefined ? `SharePoint could not be reached: ${detail}` : `SharePoint answered ${status} for ${entity} ${id}: ${detail}`,
    status,
  );
}
