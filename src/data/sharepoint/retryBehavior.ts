import type { TimelinePipe } from '@pnp/core';
import type { IQueryableInternal, Queryable } from '@pnp/queryable';

/**
 * LisRetry: the one place LIS sends HTTP requests to SharePoint, retrying throttling (429) and "server too busy"
 * (503) responses.
 *
 * Why not @pnp/queryable's `BrowserFetchWithRetry` (which `SPFx(context)` installs)? It does read `Retry-After`,
 * but only as whole seconds (an HTTP-date gives NaN, i.e. no wait at all), its fallback backoff doubles without a cap,
 * its wait is a module-level `delay()` that tests cannot replace, and it also retries 504. LisRetry REPLACES the
 * send step, so add it AFTER `SPFx(context)`:
 *
 *   spfi(dataSiteUrl).using(SPFx(context), LisRetry())
 *
 * - `Retry-After` in seconds or as an HTTP-date is honoured exactly; a value above `maxRetryAfterMs` is not waited
 *   for (the response is returned and becomes a StoreUnavailableError) rather than freezing the UI for minutes.
 * - Without `Retry-After`: exponential backoff `baseDelayMs * 2^attempt`, capped at `maxDelayMs`.
 * - Network failures (fetch rejects) are retried the same way; aborted requests are not.
 * - After `maxRetries` retries the last response is returned (or the last network error thrown).
 */
export interface LisRetryOptions {
  /** Retries after the first attempt. Default 4. */
  maxRetries?: number;
  /** First backoff when the server gives no Retry-After. Default 1 000 ms. */
  baseDelayMs?: number;
  /** Cap on the computed backoff. Default 30 000 ms. */
  maxDelayMs?: number;
  /** Longest Retry-After honoured; a longer one gives up at once. Default 120 000 ms. */
  maxRetryAfterMs?: number;
  /** Statuses worth retrying. Default [429, 503]. */
  retryStatuses?: readonly number[];
  /** Injectable wait (tests pass a recorder). Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** Injectable fetch (tests pass a fake SharePoint). Default: the global fetch. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Clock for HTTP-date Retry-After values. Default: Date.now. */
  now?: () => number;
}

export const LIS_RETRY_DEFAULTS = {
  maxRetries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30000,
  maxRetryAfterMs: 120000,
  retryStatuses: [429, 503] as readonly number[],
};

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Milliseconds to wait from a Retry-After header value (delta-seconds or HTTP-date); undefined when absent/invalid. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(parseFloat(text) * 1000);
  // An HTTP-date always names its weekday and month ("Sat, 28 Nov 2026 20:00:07 GMT"); bare numbers like "-5"
  // are not dates, although Date.parse would read them as years.
  if (!/[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Exponential backoff for retry number `attempt` (0-based), capped. */
export function backoffDelay(attempt: number, baseDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, baseDelayMs * Math.pow(2, attempt));
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && /AbortError/.test(String((error as { name?: unknown }).name));
}

export function LisRetry(options: LisRetryOptions = {}): TimelinePipe<Queryable> {
  const maxRetries = options.maxRetries ?? LIS_RETRY_DEFAULTS.maxRetries;
  const baseDelayMs = options.baseDelayMs ?? LIS_RETRY_DEFAULTS.baseDelayMs;
  const maxDelayMs = options.maxDelayMs ?? LIS_RETRY_DEFAULTS.maxDelayMs;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? LIS_RETRY_DEFAULTS.maxRetryAfterMs;
  const retryStatuses = options.retryStatuses ?? LIS_RETRY_DEFAULTS.retryStatuses;
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? (() => Date.now());
  const send = options.fetch ?? ((url: string, init: RequestInit): Promise<Response> => fetch(url, init));

  return (instance: Queryable) => {
    instance.on.send.replace(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      const target = url.toString();
      for (let attempt = 0; ; attempt++) {
        let response: Response;
        try {
          this.log(`Fetch: ${init.method ?? 'GET'} ${target}`, 0);
          response = await send(target, init);
        } catch (error) {
          if (isAbort(error) || attempt >= maxRetries) throw error;
          await sleep(backoffDelay(attempt, baseDelayMs, maxDelayMs));
          continue;
        }
        if (retryStatuses.indexOf(response.status) < 0 || attempt >= maxRetries) return response;
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), now());
        if (retryAfter !== undefined && retryAfter > maxRetryAfterMs) return response;
        this.log(`Retry #${attempt + 1} after ${response.status} for ${target}`, 1);
        await sleep(retryAfter ?? backoffDelay(attempt, baseDelayMs, maxDelayMs));
      }
    });
    return instance;
  };
}
