/** @jest-environment node */
/**
 * The local (preview) adapters of issue 5: migration v5, the outbox that "sends" mail, the demo people directory,
 * the task input reader (same slice as the SharePoint reader), and the demo data giving the demo user and two more
 * people work in every state relative to the real current date.
 */
import { wrap } from 'idb';
import {
  DEMO_COORDINATORS,
  DEMO_IT_STAFF,
  DEMO_TASK_PEOPLE,
  DEMO_UNRESOLVED_PERSON,
  DEMO_USER,
  IndexedDbTaskInputReader,
  LOCAL_DATABASE_VERSION,
  LocalOutbox,
  LocalPeopleDirectory,
  openLocalDatabase,
  openLocalStore,
  TASKS_DEMO_UNITS,
  UNRESOLVED_DEMO_REASON,
  type LocalStore,
} from '../../../src/data/local';
import { DEMO_USER as PREVIEW_DEMO_USER } from '../../../preview/demoUser';
import type { OutgoingMail, SendResult } from '../../../src/data/ports';
import { stockholmDate } from '../../../src/domain/classification/calendarDate';
import { deriveTasks, deriveTasksForEveryone, peopleWithWork, TASK_STATES, type TaskPerson } from '../../../src/domain/tasks';
import type { Person } from '../../../src/domain/shared/Person';
import { freshIndexedDb, testContext } from './helpers';

function mail(id: string, address: string): OutgoingMail {
  return { id, to: { name: address, address }, subject: `Ämne ${id}`, html: '<p>Hej</p>', reminderKeys: [`${id}|k`] };
}

const asTaskPerson = (person: Person, isItStaff = false): TaskPerson => ({ ...person, isItStaff });

describe('local database migration v5 (reminder log, outbox)', () => {
  it('adds the reminderLog store (key = digest id, index byRecordedAt) and the outbox store', async () => {
    const db = await openLocalDatabase({ indexedDB: freshIndexedDb() });
    try {
      expect(LOCAL_DATABASE_VERSION).toBeGreaterThanOrEqual(5);
      const tx = db.transaction(['reminderLog', 'outbox']);
      expect(tx.objectStore('reminderLog').keyPath).toBe('key');
      expect(Array.from(tx.objectStore('reminderLog').indexNames)).toEqual(['byRecordedAt']);
      expect(tx.objectStore('reminderLog').index('byRecordedAt').keyPath).toBe('at');
      expect(tx.objectStore('outbox').keyPath).toBe('id');
    } finally {
      db.close();
    }
  });

  it('a version 4 database (issue 4) upgrades in place and keeps its data', async () => {
    const factory = freshIndexedDb();
    const request = factory.open('lis-preview', 4);
    request.onupgradeneeded = (): void => {
      const db = request.result;
      db.createObjectStore('orgUnits', { keyPath: 'id' });
      db.createObjectStore('meta');
      db.createObjectStore('classifications', { keyPath: 'id' }).createIndex('byOwnerUnit', 'ownerUnitId');
      db.createObjectStore('classificationVersions', { keyPath: 'id' }).createIndex('byObject', 'objectId');
      db.createObjectStore('sharedInfoTypes', { keyPath: 'id' });
      db.createObjectStore('requirements', { keyPath: 'id' });
      db.createObjectStore('actionPlanEntries', { keyPath: 'id' }).createIndex('byObject', 'objectId');
      const handovers = db.createObjectStore('handovers', { keyPath: 'id' });
      handovers.createIndex('byObject', 'objectId');
      handovers.createIndex('byStatus', 'status');
      db.createObjectStore('riskMatrices', { keyPath: 'id' }).createIndex('byVersion', 'matrixVersion', { unique: true });
      db.createObjectStore('riskAnalyses', { keyPath: 'id' }).createIndex('byOwnerUnit', 'ownerUnitId');
      const risks = db.createObjectStore('risks', { keyPath: 'id' });
      risks.createIndex('byAnalysis', 'analysisId');
      risks.createIndex('byOwnerUnit', 'ownerUnitId');
      const actions = db.createObjectStore('riskActions', { keyPath: 'id' });
      actions.createIndex('byRisk', 'riskId');
      actions.createIndex('byAnalysis', 'analysisId');
    };
    const old = await wrap(request);
    if (!old) throw new Error('the version 4 database did not open');
    await old.put('meta', '2026-01-01T00:00:00.000Z', 'seededAt');
    await old.put('riskMatrices', { id: '1', matrixVersion: 1, marker: 'kvar' });
    old.close();
    const store = await openLocalStore({ ...testContext(), indexedDB: factory });
    try {
      expect(store.db.version).toBe(LOCAL_DATABASE_VERSION);
      expect(await store.db.get('riskMatrices', '1')).toEqual({ id: '1', matrixVersion: 1, marker: 'kvar' });
      expect(await store.reminderLog.recent(10)).toEqual([]);
      expect(await store.outbox.list()).toEqual([]);
    } finally {
      store.close();
    }
  });
});

describe('LocalOutbox', () => {
  it('puts each sent mail in the outbox with the time it was sent, newest first', async () => {
    const db = await openLocalDatabase({ indexedDB: freshIndexedDb() });
    const context = testContext();
    const outbox = new LocalOutbox(db, context.now);
    try {
      await outbox.sendDigests([mail('a', 'karin.ek@norrkoping.example')]);
      context.advance(60_000);
      const results = await outbox.sendDigests([mail('b', 'johan.berg@norrkoping.example'), mail('c', 'lena.sjoberg@norrkoping.example')]);
      expect(results).toEqual([
        { id: 'b', status: 'sent' },
        { id: 'c', status: 'sent' },
      ]);
      const listed = await outbox.list();
      expect(listed.map((m) => m.id)).toEqual(['c', 'b', 'a']);
      expect(listed[2]).toEqual({ ...mail('a', 'karin.ek@norrkoping.example'), sentAt: '2026-03-01T08:00:00.000Z' });
      expect(listed[0].sentAt).toBe('2026-03-01T08:01:00.000Z');
      await outbox.clear();
      expect(await outbox.list()).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('an address on .invalid comes back unresolved with the demo reason and is not put in the outbox', async () => {
    const db = await openLocalDatabase({ indexedDB: freshIndexedDb() });
    const outbox = new LocalOutbox(db, testContext().now);
    try {
      const results = await outbox.sendDigests([mail('x', 'Gustav.Okand@Norrkoping.INVALID '), mail('y', 'karin.ek@norrkoping.example')]);
      expect(results).toEqual([
        { id: 'x', status: 'unresolved', reason: UNRESOLVED_DEMO_REASON },
        { id: 'y', status: 'sent' },
      ]);
      expect(UNRESOLVED_DEMO_REASON).toBe('Mottagaren finns inte (demo)');
      expect((await outbox.list()).map((m) => m.id)).toEqual(['y']);
    } finally {
      db.close();
    }
  });

  it('awaits onResult for each mail before it handles the next (a killed run loses nothing it reported)', async () => {
    const db = await openLocalDatabase({ indexedDB: freshIndexedDb() });
    const outbox = new LocalOutbox(db, testContext().now);
    const events: string[] = [];
    try {
      await outbox.sendDigests([mail('a', 'a@norrkoping.example'), mail('b', 'b@norrkoping.example')], async (result: SendResult) => {
        events.push(`result ${result.id}: ${(await outbox.list()).map((m) => m.id).join(',')}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`logged ${result.id}`);
      });
      expect(events).toEqual(['result a: a', 'logged a', 'result b: b,a', 'logged b']);
    } finally {
      db.close();
    }
  });
});

describe('LocalPeopleDirectory', () => {
  it('names the demo coordinators (the preview user first) and the IT staff, as copies', async () => {
    const people = new LocalPeopleDirectory();
    const coordinators = await people.members('coordinator');
    expect(coordinators[0]).toEqual(DEMO_USER);
    expect(coordinators).toEqual(DEMO_COORDINATORS);
    expect(await people.members('itStaff')).toContainEqual({ displayName: 'Ivar IT-tekniker', email: 'ivar.it@norrkoping.example' });
    coordinators[0].email = 'changed@x.example';
    expect((await people.members('coordinator'))[0].email).toBe(DEMO_USER.email);
    expect(await new LocalPeopleDirectory({ itStaff: [] }).members('itStaff')).toEqual([]);
  });

  it('the preview imports its user from the demo data', () => {
    expect(PREVIEW_DEMO_USER).toBe(DEMO_USER);
  });
});

describe('demo work and the local task input reader (relative to the real current date)', () => {
  let store: LocalStore;
  const now = new Date();
  const today = stockholmDate(now);
  beforeAll(async () => {
    store = await openLocalStore({ now: () => now, currentUser: () => DEMO_USER, indexedDB: freshIndexedDb() });
  });
  afterAll(() => store.close());

  it.each([
    ['the demo user', DEMO_USER],
    ['Karin Ek', DEMO_TASK_PEOPLE[0]],
    ['Johan Berg', DEMO_TASK_PEOPLE[1]],
  ])('%s has tasks in every state (kommande, snart, försenad)', async (_name, person) => {
    const { input, skipped } = await store.taskInputs.forPerson(asTaskPerson(person));
    expect(skipped).toBe(0);
    const states = new Set(deriveTasks(input, asTaskPerson(person), today).map((t) => t.state));
    expect(Array.from(states).sort()).toEqual([...TASK_STATES].sort());
  });

  it('the demo user represents a nämnd; the unresolvable person represents another and has overdue work', async () => {
    const units = (await store.orgUnits.list()).units;
    const represented = units.find((u) => u.name === TASKS_DEMO_UNITS.demoUser);
    expect(represented?.kind).toBe('namnd');
    expect(represented?.representatives).toContainEqual(DEMO_USER);
    expect(units.find((u) => u.name === TASKS_DEMO_UNITS.unresolved)?.representatives).toContainEqual(DEMO_UNRESOLVED_PERSON);
    const { input } = await store.taskInputs.forPerson(asTaskPerson(DEMO_UNRESOLVED_PERSON));
    expect(deriveTasks(input, asTaskPerson(DEMO_UNRESOLVED_PERSON), today).map((t) => t.state)).toContain('forsenad');
  });

  it('IT staff get the open handover queue; others do not', async () => {
    const it = await store.taskInputs.forPerson(asTaskPerson(DEMO_IT_STAFF[2], true));
    expect(it.input.handovers.length).toBeGreaterThan(0);
    expect(it.input.handovers.every((h) => h.status === 'overlamnad' || h.status === 'accepterad')).toBe(true);
    expect(deriveTasks(it.input, asTaskPerson(DEMO_IT_STAFF[2], true), today).some((t) => t.kind === 'itOverlamning')).toBe(true);
    expect((await store.taskInputs.forPerson(asTaskPerson(DEMO_USER))).input.handovers).toEqual([]);
  });

  it('forPerson gives the same tasks as deriving over all() for everyone, and only the person’s own rows', async () => {
    const all = await store.taskInputs.all();
    const itStaff = await store.people.members('itStaff');
    const everyone = deriveTasksForEveryone(all.input, peopleWithWork(all.input, itStaff), today);
    expect(everyone.length).toBeGreaterThan(10);
    for (const { person, tasks } of everyone) {
      const isItStaff = itStaff.some((p) => p.email.toLowerCase() === person.email.toLowerCase());
      const { input } = await store.taskInputs.forPerson({ ...person, isItStaff });
      expect(deriveTasks(input, { ...person, isItStaff }, today)).toEqual(tasks);
      for (const plan of input.plans) for (const entry of plan.plan.entries) expect(entry.responsible?.email.toLowerCase()).toBe(person.email.toLowerCase());
    }
  });

  it('all() keeps only open work: current rows, open handovers and open risk actions', async () => {
    const { input } = await store.taskInputs.all();
    expect(input.handovers.every((h) => h.status === 'overlamnad' || h.status === 'accepterad')).toBe(true);
    expect(input.actions.every((a) => a.status === 'ejPaborjad' || a.status === 'pagar')).toBe(true);
    expect(input.plans.length).toBeGreaterThan(0);
  });

  it('rows that cannot be read are left out and counted', async () => {
    const db = await openLocalDatabase({ indexedDB: freshIndexedDb() });
    try {
      await db.put('riskActions', { id: '1', version: 1, modified: 'not a date', modifiedBy: 'x' });
      await db.put('orgUnits', { id: '1', version: 1 } as never);
      const reader = new IndexedDbTaskInputReader(db, testContext());
      const { input, skipped } = await reader.all();
      expect(skipped).toBe(2);
      expect(input.actions).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('Återställ demodata', () => {
  it('clears the reminder log and the outbox', async () => {
    const store = await openLocalStore({ ...testContext(), indexedDB: freshIndexedDb() });
    try {
      await store.reminderLog.record({ key: 'd', status: 'sent', recipient: 'a@b.example', subject: 's', at: '2026-03-01T08:00:00.000Z', reminderKeys: ['k'] });
      await store.outbox.sendDigests([mail('d', 'a@norrkoping.example')]);
      await store.resetDemoData();
      expect(await store.reminderLog.has('d')).toBe(false);
      expect(await store.outbox.list()).toEqual([]);
    } finally {
      store.close();
    }
  });
});
