const WINDOW_MS = 60_000;

/**
 * Sliding one-minute window of messages submitted by the sending mailbox. `acquire(n)` waits (via the injected
 * sleep) until n more messages fit under `maxPerMinute`, then counts them as submitted now.
 */
export class MailboxRateLimiter {
  private readonly maxPerMinute: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly submitted: number[] = [];

  public constructor(maxPerMinute: number, now: () => number, sleep: (ms: number) => Promise<void>) {
    if (!Number.isInteger(maxPerMinute) || maxPerMinute < 1) {
      throw new RangeError('maxPerMinute must be a positive integer');
    }
    this.maxPerMinute = maxPerMinute;
    this.now = now;
    this.sleep = sleep;
  }

  public async acquire(count: number): Promise<void> {
    if (count > this.maxPerMinute) {
      throw new RangeError(`cannot submit ${count} messages at once with a limit of ${this.maxPerMinute}/min`);
    }
    for (;;) {
      const now = this.now();
      while (this.submitted.length > 0 && this.submitted[0] <= now - WINDOW_MS) {
        this.submitted.shift();
      }
      if (this.submitted.length + count <= this.maxPerMinute) {
        for (let i = 0; i < count; i++) {
          this.submitted.push(now);
        }
        return;
      }
      const mustExpire = this.submitted.length + count - this.maxPerMinute;
      const waitMs = this.submitted[mustExpire - 1] + WINDOW_MS - now;
      await this.sleep(Math.max(1, waitMs));
    }
  }
}
