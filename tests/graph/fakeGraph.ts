import type { OutgoingMail } from '../../src/data/ports/MailSender';
import type { ReminderLog, ReminderLogEntry } from '../../src/data/ports/ReminderLog';
import type { FetchFunction } from '../../src/graph/fetchMiddleware';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: { requests: Array<{ id: string; method: string; url: string; headers: Record<string, string>; body: any }> };
}

export interface SubResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** What the fake Graph does with one HTTP request: a whole-batch error, or per sub-request answers. */
export type BatchHandler = (
  request: RecordedRequest,
  callIndex: number,
) => { status: number; headers?: Record<string, string>; body?: unknown } | SubResponse[];

/** A fake `fetch` standing in for graph.microsoft.com; records every request, delivers 2xx sub-requests. */
export function fakeGraphFetch(handler: BatchHandler): { fetch: FetchFunction; calls: RecordedRequest[]; delivered: any[] } {
  const calls: RecordedRequest[] = [];
  const delivered: any[] = [];
  const fetchFn: FetchFunction = async (input, init) => {
    const url = typeof input === 'string' ? input : (input as Request).url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers as HeadersInit).forEach((value, key) => {
      headers[key] = value;
    });
    const recorded: RecordedRequest = {
      url,
      method: String(init?.method),
      headers,
      body: JSON.parse(String(init?.body)),
    };
    calls.push(recorded);
    const answer = handler(recorded, calls.length - 1);
    if (!Array.isArray(answer)) {
      return new Response(JSON.stringify(answer.body ?? { error: { code: 'Error', message: 'error' } }), {
        status: answer.status,
        headers: { 'Content-Type': 'application/json', ...(answer.headers ?? {}) },
      });
    }
    const responses = recorded.body.requests.map((sub, i) => {
      const r = answer[i] ?? { status: 202 };
      if (r.status >= 200 && r.status < 300) delivered.push(sub.body);
      return { id: sub.id, status: r.status, headers: r.headers ?? {}, body: r.body ?? null };
    });
    return new Response(JSON.stringify({ responses }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { fetch: fetchFn, calls, delivered };
}

export function allAccepted(): BatchHandler {
  return (request) => request.body.requests.map(() => ({ status: 202 }));
}

export function mails(count: number, from?: string): OutgoingMail[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `2026-11-28:person-${i}`,
    ...(from !== undefined ? { from } : {}),
    to: { name: `Person ${i}`, address: `person${i}@kommun.se` },
    subject: `Påminnelse ${i}`,
    html: `<p>Hej Person ${i}, du har uppgifter i <a href="https://kommun.sharepoint.com/sites/lis">LIS</a>.</p>`,
  }));
}

/** A fake clock whose sleep advances time and remembers every wait. */
export function fakeClock(start = 0): { now: () => number; sleep: (ms: number) => Promise<void>; sleeps: number[] } {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

export class MemoryReminderLog implements ReminderLog {
  public readonly entries: ReminderLogEntry[] = [];
  public async has(key: string): Promise<boolean> {
    return this.entries.some((e) => e.key === key);
  }
  public async record(entry: ReminderLogEntry): Promise<void> {
    this.entries.push(entry);
  }
  public async sentKeys(since: Date): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const entry of this.entries) {
      if (entry.at < since.toISOString()) continue;
      keys.add(entry.key);
      entry.reminderKeys.forEach((k) => keys.add(k));
    }
    return keys;
  }
  public async recent(limit: number): Promise<ReminderLogEntry[]> {
    return this.entries.slice().reverse().slice(0, limit);
  }
}
