/**
 * Benchmark: reminder planning at municipality scale and the Graph requests needed to send the result.
 *
 * Generates a TaskInput directly (deterministic PRNG, fixed "today"): 5 000 people, org units with two representatives
 * each, approved classifications with review dates, handlingsplan entries and risk actions with responsible people,
 * every due date spread over −60..+60 days, about 100 000 tasks in all. Then:
 *   - times planReminderRun (task derivation for everyone + planning + building the HTML digests), median of RUNS;
 *   - sends every digest through the real GraphMailSender over a fake Graph `fetch` that throttles a few `$batch`
 *     requests (429 + Retry-After), with a fake clock and sleep (nothing waits), and counts the HTTP requests.
 *     PASS when requests = ceil(digests / 20) + throttled responses.
 * `bench/run.ts` calls remindersBenchSection(); alone: npx tsx bench/reminders.ts
 * Figures only: tests never assert timings.
 */
import { performance } from 'node:perf_hooks';
import { sharePointPageLinks } from '../src/app/links';
import { planReminderRun, type ReminderRunPlan } from '../src/app/reminders';
import { addDays } from '../src/domain/tasks/dates';
import { emptyClassificationObject } from '../src/domain/classification/ClassificationObject';
import type { OrgUnit } from '../src/domain/organisation/OrgUnit';
import { emptyEntry, type ActionPlan } from '../src/domain/requirements/ActionPlan';
import { emptyRisk } from '../src/domain/risk/Risk';
import { emptyRiskAction } from '../src/domain/risk/RiskAction';
import { emptyRiskAnalysis } from '../src/domain/risk/RiskAnalysis';
import type { Person } from '../src/domain/shared/Person';
import type { TaskInput } from '../src/domain/tasks/TaskInput';
import { createGraphClient, type FetchFunction } from '../src/graph/fetchMiddleware';
import { GraphMailSender, MAX_BATCH_SIZE } from '../src/graph/GraphMailSender';
import { seededRandom } from '../src/data/local/demo/seededRandom';

export interface ReminderBenchFigure {
  label: string;
  value: number;
  unit: string;
}

export interface ReminderBenchOptions {
  people?: number;
  runs?: number;
  /** 0-based HTTP calls answered with a whole-batch 429. */
  throttledCalls?: readonly number[];
}

const TODAY = '2026-11-30';
const UNITS = 250;
const OBJECTS = 2000;
const ENTRIES_PER_OBJECT = 24;
const ANALYSES = 1000;
const RISKS_PER_ANALYSIS = 5;
const ACTIONS_PER_RISK = 9;

/** The generated register: about 100 000 tasks for `peopleCount` people. */
export function generateTaskInput(peopleCount = 5000, seed = 20261130): TaskInput {
  const random = seededRandom(seed);
  const people: Person[] = Array.from({ length: peopleCount }, (_, i) => ({ displayName: `Person ${i}`, email: `person${i}@kommun.se` }));
  const somebody = (): Person => people[Math.floor(random() * people.length)];
  const due = (): string => addDays(TODAY, Math.floor(random() * 121) - 60);

  const orgUnits: OrgUnit[] = Array.from({ length: UNITS }, (_, u) => ({
    id: `u${u}`,
    etag: '1',
    modified: '2026-01-01T00:00:00Z',
    modifiedBy: 'bench',
    name: `Enhet ${u}`,
    kind: 'forvaltning',
    parentId: null,
    representatives: [people[(u * 2) % peopleCount], people[(u * 2 + 1) % peopleCount]],
    securityContact: null,
    active: true,
  }));

  const classifications: TaskInput['classifications'][number][] = [];
  const plans: TaskInput['plans'][number][] = [];
  for (let o = 0; o < OBJECTS; o++) {
    const unitId = `u${o % UNITS}`;
    classifications.push({
      ...emptyClassificationObject(unitId),
      id: `c${o}`,
      name: `Objekt ${o}`,
      status: 'approved',
      approvedBy: people[0],
      approvedAt: '2025-11-01T10:00:00Z',
      nextReviewDate: due(),
    });
    const entries = Array.from({ length: ENTRIES_PER_OBJECT }, (_, e) => ({
      ...emptyEntry(`KRAV-${String(e + 1).padStart(2, '0')}`),
      status: random() < 0.5 ? ('ejUppfyllt' as const) : ('delvis' as const),
      responsible: somebody(),
      targetDate: due(),
    }));
    const plan: ActionPlan = { profile: { K: 2, R: 2, T: 2, S: 2 }, entries, retired: [], excludedAspects: [], reason: null };
    plans.push({ objectId: `c${o}`, plan });
  }

  const analyses: TaskInput['analyses'][number][] = [];
  const risks: TaskInput['risks'][number][] = [];
  const actions: TaskInput['actions'][number][] = [];
  for (let a = 0; a < ANALYSES; a++) {
    analyses.push({ ...emptyRiskAnalysis(`u${a % UNITS}`, '2026-01-10', 1), id: `a${a}`, name: `Analys ${a}`, status: 'klar', nextFollowUpDate: due() });
    for (let r = 0; r < RISKS_PER_ANALYSIS; r++) {
      const riskId = `a${a}r${r}`;
      risks.push({ ...emptyRisk(`a${a}`), id: riskId });
      for (let x = 0; x < ACTIONS_PER_RISK; x++) {
        actions.push({
          ...emptyRiskAction(riskId),
          id: `${riskId}x${x}`,
          description: `Åtgärd ${x}`,
          responsible: somebody(),
          targetDate: due(),
          status: random() < 0.5 ? 'pagar' : 'ejPaborjad',
        });
      }
    }
  }
  return { orgUnits, classifications, plans, handovers: [], analyses, risks, actions };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export interface SendCount {
  requests: number;
  throttled: number;
  expected: number;
  sent: number;
  /** Fake-clock time the mailbox rate limit and Retry-After waits add up to. */
  simulatedMinutes: number;
}

/** Sends the plan's mails through the real GraphMailSender over a throttling fake Graph; counts HTTP requests. */
export async function countGraphRequests(plan: ReminderRunPlan, throttledCalls: readonly number[]): Promise<SendCount> {
  let calls = 0;
  let throttled = 0;
  const throttle = new Set(throttledCalls);
  const fakeFetch: FetchFunction = async (_input, init) => {
    const call = calls++;
    if (throttle.has(call)) {
      throttled++;
      return new Response(JSON.stringify({ error: { code: 'TooManyRequests', message: 'throttled' } }), {
        status: 429,
        headers: { 'Content-Type': 'application/json', 'Retry-After': '12' },
      });
    }
    const body = JSON.parse(String(init?.body)) as { requests: Array<{ id: string }> };
    const responses = body.requests.map((r) => ({ id: r.id, status: 202, headers: {}, body: null }));
    return new Response(JSON.stringify({ responses }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  let now = Date.parse(`${TODAY}T05:00:00Z`);
  const start = now;
  const sender = new GraphMailSender(createGraphClient({ getAccessToken: async () => 'bench-token', fetch: fakeFetch }), {
    mode: 'app',
    defaultFrom: 'lis-paminnelser@kommun.se',
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  });
  const results = await sender.sendDigests(plan.mails);
  return {
    requests: calls,
    throttled,
    expected: Math.ceil(plan.mails.length / MAX_BATCH_SIZE) + throttled,
    sent: results.filter((r) => r.status === 'sent').length,
    simulatedMinutes: (now - start) / 60000,
  };
}

export interface ReminderBenchResult {
  figures: ReminderBenchFigure[];
  send: SendCount;
  pass: boolean;
}

export async function benchReminders(options: ReminderBenchOptions = {}): Promise<ReminderBenchResult> {
  const runs = options.runs ?? 3;
  const input = generateTaskInput(options.people ?? 5000);
  const run = (): ReminderRunPlan =>
    planReminderRun({ input, coordinators: [], itStaff: [], sentKeys: new Set(), today: TODAY, links: sharePointPageLinks('https://kommun.sharepoint.com/sites/lis'), from: 'lis-paminnelser@kommun.se' });
  const times: number[] = [];
  let plan = run();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    plan = run();
    times.push(performance.now() - t0);
  }
  const reminders = plan.digests.reduce((n, d) => n + d.items.length, 0);
  // The next weekday with today's digests in the log: the steady state after the first (catch-up) run.
  const logged = new Set(plan.mails.flatMap((m) => [m.id, ...(m.reminderKeys ?? [])]));
  const nextDay = planReminderRun({ input, coordinators: [], itStaff: [], sentKeys: logged, today: addDays(TODAY, 1), links: sharePointPageLinks('https://kommun.sharepoint.com/sites/lis') });
  const t0 = performance.now();
  const send = await countGraphRequests(plan, options.throttledCalls ?? [2, 9, 10, 57]);
  const sendMs = performance.now() - t0;
  const pass = send.requests === send.expected && send.sent === plan.mails.length;
  return {
    figures: [
      { label: 'planReminderRun (median of ' + runs + ')', value: median(times), unit: 'ms' },
      { label: 'people with work', value: plan.people, unit: '' },
      { label: 'tasks', value: plan.tasks, unit: '' },
      { label: 'digests', value: plan.digests.length, unit: '' },
      { label: 'reminders in digests', value: reminders, unit: '' },
      { label: 'next day with today in the log: digests', value: nextDay.digests.length, unit: '' },
      { label: 'next day with today in the log: reminders', value: nextDay.digests.reduce((n, d) => n + d.items.length, 0), unit: '' },
      { label: 'Graph HTTP requests', value: send.requests, unit: '' },
      { label: 'expected ceil(digests/20) + throttled', value: send.expected, unit: '' },
      { label: 'throttled responses (429)', value: send.throttled, unit: '' },
      { label: 'sending through the fake Graph (wall)', value: sendMs, unit: 'ms' },
      { label: 'simulated mailbox time at 30/min', value: send.simulatedMinutes, unit: 'min' },
    ],
    send,
    pass,
  };
}

/** The section bench/run.ts prints; true when it failed. */
export async function remindersBenchSection(log: (line: string) => void = (l) => console.log(l)): Promise<boolean> {
  log('');
  log('Reminders, about 100 000 tasks for 5 000 people:');
  try {
    const result = await benchReminders();
    for (const f of result.figures) log(`  ${f.label}: ${f.unit === 'ms' || f.unit === 'min' ? f.value.toFixed(1) : String(f.value)}${f.unit ? ` ${f.unit}` : ''}`);
    log(`  ${result.pass ? 'PASS' : 'FAIL'}  Graph requests ${result.send.requests} = ceil(digests / 20) + retries ${result.send.expected}`);
    return !result.pass;
  } catch (error) {
    log(`  FAIL  the reminder benchmark did not complete: ${error instanceof Error ? error.message : String(error)}`);
    return true;
  }
}

if (require.main === module) {
  remindersBenchSection().then(
    (failed) => process.exit(failed ? 1 : 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
