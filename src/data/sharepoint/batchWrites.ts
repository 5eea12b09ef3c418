/**
 * Batched writes for the SharePoint adapters (replaceAll, savePlan): operations go out through PnPjs `batched()`
 * as OData `$batch` requests of at most `maxRequests` operations each.
 *
 * SharePoint Online runs the operations of a batch one by one, NOT as a transaction: when some fail the others stay
 * written. Each operation's outcome is reported separately. Throttling of the whole `$batch` request (429/503) is
 * retried by LisRetry like any request; operations answered 429/503 INSIDE a batch are sent again in a new batch
 * after a pause (Retry-After when given, else exponential backoff), up to `maxRetries` times.
 */
import type { IWeb } from '@pnp/sp/webs';
import '@pnp/sp/batching';
import { backoffDelay, LIS_RETRY_DEFAULTS, parseRetryAfter } from './retryBehavior';
import { httpStatusOf } from './storeErrors';

export interface BatchOptions {
  /** Operations per `$batch` request. Default 100 (SharePoint Online's limit). */
  maxRequests?: number;
  /** Re-sends of operations throttled inside a batch. Default 4. */
  maxRetries?: number;
  /** Injectable wait (tests pass a recorder). Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>;
}

export const BATCH_DEFAULTS = { maxRequests: 100, maxRetries: 4 };

/** One write: given the batched web, start the request (do not await it). */
export type BatchOperation<T> = (web: IWeb) => Promise<T>;

const THROTTLED = [429, 503];

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function retryAfterOf(error: unknown): number | undefined {
  const response = (error as { response?: { headers?: { get?: (name: string) => string | null } } }).response;
  const header = response?.headers?.get ? response.headers.get('Retry-After') : null;
  return parseRetryAfter(header ?? null, Date.now());
}

/**
 * Runs every operation in batches; resolves with each operation's outcome, in the order given. Rejects only when
 * the `$batch` request itself fails (then nothing of that chunk is known to be written).
 */
export async function runBatched<T>(web: IWeb, operations: readonly BatchOperation<T>[], options: BatchOptions = {}): Promise<PromiseSettledResult<T>[]> {
  const maxRequests = options.maxRequests ?? BATCH_DEFAULTS.maxRequests;
  const maxRetries = options.maxRetries ?? BATCH_DEFAULTS.maxRetries;
  const sleep = options.sleep ?? defaultSleep;
  const results: PromiseSettledResult<T>[] = new Array<PromiseSettledResult<T>>(operations.length);
  let pending = operations.map((_op, index) => index);
  for (let attempt = 0; pending.length > 0; attempt++) {
    for (let start = 0; start < pending.length; start += maxRequests) {
      const chunk = pending.slice(start, start + maxRequests);
      const [batchedWeb, execute] = web.batched({ maxRequests });
      const promises = chunk.map((index) => operations[index](batchedWeb));
      // Settle every child before execute() can reject, so no rejection goes unhandled.
      const settled = Promise.allSettled(promises);
      await execute();
      const outcomes = await settled;
      chunk.forEach((index, i) => {
        results[index] = outcomes[i];
      });
    }
    const throttled = pending.filter((index) => {
      const outcome = results[index];
      return outcome.status === 'rejected' && THROTTLED.indexOf(httpStatusOf(outcome.reason) ?? 0) >= 0;
    });
    if (throttled.length === 0 || attempt >= maxRetries) break;
    const first = results[throttled[0]] as PromiseRejectedResult;
    const wait = retryAfterOf(first.reason);
    await sleep(wait !== undefined && wait <= LIS_RETRY_DEFAULTS.maxRetryAfterMs ? wait : backoffDelay(attempt, LIS_RETRY_DEFAULTS.baseDelayMs, LIS_RETRY_DEFAULTS.maxDelayMs));
    pending = throttled;
  }
  return results;
}

/** The first failure of a run (in operation order), or undefined when every operation succeeded. */
export function firstFailure<T>(results: readonly PromiseSettledResult<T>[]): unknown {
  const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult | undefined;
  return failed ? (failed.reason as unknown) : undefined;
}
