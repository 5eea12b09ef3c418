import { PermissionNotGrantedError } from '../data/ports/errors';

/** The one Graph permission LIS sends mail with (delegated in the web parts, application in the scheduled job). */
export const MAIL_SEND_SCOPE = 'Mail.Send';

/** Graph error codes that mean "this token may not do that", not "this one message is wrong". */
const PERMISSION_CODES = new Set(['ErrorAccessDenied', 'Authorization_RequestDenied', 'AccessDenied', 'Forbidden', 'Unauthorized']);

/**
 * Token acquisition refused for lack of consent: AADSTS65001 (not consented, i.e. the API access request is not
 * approved in the SharePoint admin center), 65004 (consent declined), 650056/650057 (the permission is not
 * configured on the client application), and MSAL's `consent_required`.
 */
const CONSENT_PATTERN = /\bAADSTS(?:65001|65004|650056|650057)\b|\bconsent_required\b/i;

/** A Graph answer (whole request or one part of a batch) that says the permission is missing. */
export function isPermissionDenied(status: number, code: string | null | undefined): boolean {
  if (status === 401) return true;
  if (status !== 403) return false;
  return code === undefined || code === null || code === '' || PERMISSION_CODES.has(code);
}

function textsOf(error: unknown): string[] {
  if (typeof error === 'string') return [error];
  if (typeof error !== 'object' || error === null) return [];
  const record = error as { message?: unknown; code?: unknown; errorCode?: unknown; body?: unknown; name?: unknown };
  return [record.message, record.code, record.errorCode, record.body, record.name].filter((v): v is string => typeof v === 'string');
}

/** True when an error from getting a Graph client or a token says consent for the scope is missing. */
export function isConsentError(error: unknown): boolean {
  return textsOf(error).some((text) => CONSENT_PATTERN.test(text));
}

/**
 * The PermissionNotGrantedError for `scope` when `error` is a missing-consent error (token acquisition) or a whole
 * Graph request refused with 401/403; otherwise undefined (the caller handles or rethrows the original error).
 */
export function permissionErrorFrom(error: unknown, scope: string = MAIL_SEND_SCOPE): PermissionNotGrantedError | undefined {
  if (error instanceof PermissionNotGrantedError) return error;
  if (isConsentError(error)) return new PermissionNotGrantedError(scope);
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  // A whole request (the $batch itself) refused: the token may not call Graph for this at all.
  if (status === 401 || status === 403) return new PermissionNotGrantedError(scope);
  return undefined;
}
