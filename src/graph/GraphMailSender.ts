import type { Client } from '@microsoft/microsoft-graph-client';
import type { MailSender, OutgoingMail, SendResult } from '../data/ports/MailSender';
import { MailboxRateLimiter } from './MailboxRateLimiter';
import { isPermissionDenied, MAIL_SEND_SCOPE, permissionErrorFrom } from './permissionErrors';
import { PermissionNotGrantedError } from '../data/ports/errors';

/** Graph accepts at most 20 requests in one JSON batch. */
export const MAX_BATCH_SIZE = 20;

export interface GraphMailSenderOptions {
  /** 'app' sends as `/users/{from}/sendMail` (mail.from or defaultFrom); 'delegated' as `/me/sendMail`. */
  mode: 'app' | 'delegated';
  /** Sending mailbox for app-only mode when a mail has no `from`. */
  defaultFrom?: string;
  /** Messages per minute the sending mailbox may submit (Exchange Online allows 30). Default 30. */
  maxPerMinute?: number;
  /** Retries of one message (or of a whole batch) after 429/503/504 before giving up. Default 5. */
  maxRetries?: number;
  /** Wait when a throttled response has no usable Retry-After. Default 10 000 ms. */
  defaultRetryAfterMs?: number;
  /** Longest single wait honoured; a longer Retry-After is capped. Default 120 000 ms. */
  maxRetryAfterMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface BatchRequest {
  id: string;
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

interface BatchResponseItem {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: { error?: { code?: string; message?: string } };
}

interface GraphErrorLike {
  statusCode: number;
  headers?: { get(name: string): string | null };
  code?: string | null;
  message?: string;
}

const RETRYABLE = new Set([429, 503, 504]);
const UNRESOLVED_CODES = new Set(['ErrorInvalidRecipients', 'ResourceNotFound', 'ErrorInvalidUser', 'MailboxNotEnabledForRESTAPI']);

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isGraphError(error: unknown): error is GraphErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as GraphErrorLike).statusCode === 'number' &&
    (error as GraphErrorLike).statusCode > 0;
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** The mail as Graph's `sendMail` action body. */
export function sendMailBody(mail: OutgoingMail): unknown {
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'HTML', content: mail.html },
      toRecipients: [{ emailAddress: { name: mail.to.name, address: mail.to.address } }],
    },
    saveToSentItems: false,
  };
}

/**
 * MailSender over Microsoft Graph: `sendMail` requests in JSON batches of at most 20, throttled requests (429/503/504)
 * re-sent after their Retry-After (whole batch or just the throttled ones), the sending mailbox rate-limited, and
 * every message ending as sent, failed or unresolved after a bounded number of attempts.
 *
 * A missing Mail.Send permission is not a per-message failure: when the token cannot be acquired for lack of consent
 * (AADSTS65001 …), the $batch is refused with 401/403, or a part is refused with 401 or 403 ErrorAccessDenied /
 * Authorization_RequestDenied / AccessDenied, `sendDigests` rejects with PermissionNotGrantedError('Mail.Send').
 * The refused messages get no result (so nothing is logged for them and a later run sends them); parts of the same
 * batch that Graph did accept are reported first, since they really went out.
 */
export class GraphMailSender implements MailSender {
  private readonly client: Client;
  private readonly mode: 'app' | 'delegated';
  private readonly defaultFrom: string | undefined;
  private readonly maxRetries: number;
  private readonly defaultRetryAfterMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly limiter: MailboxRateLimiter;
  private readonly batchSize: number;

  public constructor(client: Client, options: GraphMailSenderOptions) {
    this.client = client;
    this.mode = options.mode;
    this.defaultFrom = options.defaultFrom;
    this.maxRetries = options.maxRetries ?? 5;
    this.defaultRetryAfterMs = options.defaultRetryAfterMs ?? 10_000;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 120_000;
    this.now = options.now ?? ((): number => Date.now());
    this.sleep = options.sleep ?? defaultSleep;
    const maxPerMinute = options.maxPerMinute ?? 30;
    this.limiter = new MailboxRateLimiter(maxPerMinute, this.now, this.sleep);
    this.batchSize = Math.min(MAX_BATCH_SIZE, maxPerMinute);
  }

  public async sendDigests(
    messages: OutgoingMail[],
    onResult?: (result: SendResult) => Promise<void> | void,
  ): Promise<SendResult[]> {
    const results = new Map<string, SendResult>();
    const settle = async (result: SendResult): Promise<void> => {
      results.set(result.id, result);
      if (onResult) await onResult(result);
    };
    const sendable: OutgoingMail[] = [];
    for (const mail of messages) {
      const url = this.sendMailUrl(mail);
      if (url === undefined) {
        await settle({ id: mail.id, status: 'failed', reason: 'no sending mailbox for app-only sending' });
      } else {
        sendable.push(mail);
      }
    }
    for (let start = 0; start < sendable.length; start += this.batchSize) {
      const chunk = sendable.slice(start, start + this.batchSize);
      await this.sendChunk(chunk, settle);
    }
    return messages.map((mail) => results.get(mail.id) as SendResult);
  }

  private sendMailUrl(mail: OutgoingMail): string | undefined {
    if (this.mode === 'delegated') return '/me/sendMail';
    const from = mail.from ?? this.defaultFrom;
    return from ? `/users/${encodeURIComponent(from)}/sendMail` : undefined;
  }

  /** Sends one chunk (≤ batch size) until every message has a final result. */
  private async sendChunk(chunk: OutgoingMail[], settle: (result: SendResult) => Promise<void>): Promise<void> {
    const results: SendResult[] = [];
    const attempts = new Map<string, number>();
    let pending = chunk;
    let batchRetries = 0;
    while (pending.length > 0) {
      await this.limiter.acquire(pending.length);
      const requests: BatchRequest[] = pending.map((mail, index) => ({
        id: String(index + 1),
        method: 'POST',
        url: this.sendMailUrl(mail) as string,
        headers: { 'Content-Type': 'application/json' },
        body: sendMailBody(mail),
      }));
      let responses: BatchResponseItem[];
      try {
        const reply = (await this.client.api('/$batch').post({ requests })) as { responses?: BatchResponseItem[] };
        responses = reply?.responses ?? [];
      } catch (error) {
        const permission = permissionErrorFrom(error, MAIL_SEND_SCOPE);
        if (permission) throw permission;
        if (!isGraphError(error)) throw error;
        if (RETRYABLE.has(error.statusCode) && batchRetries < this.maxRetries) {
          batchRetries++;
          await this.sleep(this.retryDelay(error.headers?.get('Retry-After') ?? undefined));
          continue;
        }
        const reason = `${error.statusCode} ${error.code ?? ''}: ${error.message ?? ''}`.trim();
        const giveUp = RETRYABLE.has(error.statusCode) ? `gave up after ${batchRetries} retries (${reason})` : reason;
        for (const mail of pending) await settle({ id: mail.id, status: 'failed', reason: giveUp });
        return;
      }
      const byId = new Map(responses.map((r) => [String(r.id), r]));
      const retry: OutgoingMail[] = [];
      let waitMs = 0;
      let denied = false;
      pending.forEach((mail, index) => {
        const response = byId.get(String(index + 1));
        if (response === undefined) {
          results.push({ id: mail.id, status: 'failed', reason: 'no response in batch' });
          return;
        }
        if (response.status >= 200 && response.status < 300) {
          results.push({ id: mail.id, status: 'sent' });
          return;
        }
        const code = response.body?.error?.code ?? '';
        if (isPermissionDenied(response.status, code)) {
          denied = true;
          return;
        }
        const reason = `${response.status} ${code}: ${response.body?.error?.message ?? ''}`.trim();
        if (RETRYABLE.has(response.status)) {
          const used = attempts.get(mail.id) ?? 0;
          if (used < this.maxRetries) {
            attempts.set(mail.id, used + 1);
            retry.push(mail);
            waitMs = Math.max(waitMs, this.retryDelay(headerValue(response.headers, 'Retry-After')));
          } else {
            results.push({ id: mail.id, status: 'failed', reason: `gave up after ${used} retries (${reason})` });
          }
          return;
        }
        const unresolved = response.status === 404 || UNRESOLVED_CODES.has(code);
        results.push({ id: mail.id, status: unresolved ? 'unresolved' : 'failed', reason });
      });
      for (const result of results.splice(0)) await settle(result);
      if (denied) throw new PermissionNotGrantedError(MAIL_SEND_SCOPE);
      if (retry.length > 0) await this.sleep(waitMs);
      pending = retry;
    }
  }

  /** Retry-After in seconds (or an HTTP date), capped; the default when missing or unreadable. */
  private retryDelay(retryAfter: string | undefined): number {
    let ms = this.defaultRetryAfterMs;
    if (retryAfter !== undefined && retryAfter.trim() !== '') {
      const seconds = Number(retryAfter);
      if (Number.isFinite(seconds) && seconds >= 0) {
        ms = seconds * 1000;
      } else {
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date)) ms = Math.max(0, date - this.now());
      }
    }
    return Math.min(ms, this.maxRetryAfterMs);
  }
}
