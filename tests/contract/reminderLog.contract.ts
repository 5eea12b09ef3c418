/**
 * The ReminderLog contract: every adapter (SharePoint list over the fake site, local IndexedDB) must pass it.
 * One entry per digest id, the first outcome wins (recording again is a no-op that resolves), sentKeys gives the
 * digest ids and carried reminder keys recorded at or after `since`, recent gives the newest first.
 */
import type { ReminderLog, ReminderLogEntry } from '../../src/data/ports/ReminderLog';

export interface ReminderLogFixture {
  log: ReminderLog;
  cleanup?: () => Promise<void>;
}

export function reminderEntry(key: string, at: string, overrides: Partial<ReminderLogEntry> = {}): ReminderLogEntry {
  return {
    key,
    status: 'sent',
    recipient: 'karin.ek@norrkoping.example',
    subject: 'LIS: 2 uppgifter att göra',
    at,
    reminderKeys: [`${key}|a`, `${key}|b`],
    ...overrides,
  };
}

export function describeReminderLogContract(name: string, create: () => Promise<ReminderLogFixture>): void {
  describe(`ReminderLog contract: ${name}`, () => {
    let fixture: ReminderLogFixture;
    beforeEach(async () => {
      fixture = await create();
    });
    afterEach(async () => {
      if (fixture.cleanup) await fixture.cleanup();
    });

    it('has() is false for an unknown digest and true once it is recorded', async () => {
      expect(await fixture.log.has('digest-1')).toBe(false);
      await fixture.log.record(reminderEntry('digest-1', '2026-11-28T06:00:00.000Z'));
      expect(await fixture.log.has('digest-1')).toBe(true);
      expect(await fixture.log.has('digest-2')).toBe(false);
    });

    it('keys with quotes, ampersands and non-ASCII letters work', async () => {
      const key = "digest:o'brien&söner@norrkoping.example:2026-11-28";
      await fixture.log.record(reminderEntry(key, '2026-11-28T06:00:00.000Z', { recipient: "o'brien&soner@norrkoping.example" }));
      expect(await fixture.log.has(key)).toBe(true);
      expect(await fixture.log.has("digest:o'brien")).toBe(false);
      expect((await fixture.log.sentKeys(new Date('2026-11-01T00:00:00Z'))).has(key)).toBe(true);
    });

    it('reads back what was recorded, the reason only when there is one', async () => {
      await fixture.log.record(reminderEntry('d-sent', '2026-11-28T06:00:00.000Z'));
      await fixture.log.record(reminderEntry('d-unresolved', '2026-11-28T06:00:01.000Z', { status: 'unresolved', reason: 'Mottagaren finns inte', reminderKeys: [] }));
      const [unresolved, sent] = await fixture.log.recent(10);
      expect(sent).toEqual(reminderEntry('d-sent', '2026-11-28T06:00:00.000Z'));
      expect(unresolved).toEqual(reminderEntry('d-unresolved', '2026-11-28T06:00:01.000Z', { status: 'unresolved', reason: 'Mottagaren finns inte', reminderKeys: [] }));
      expect('reason' in sent).toBe(false);
    });

    it('recording the same digest again resolves and keeps the first outcome (idempotent)', async () => {
      await fixture.log.record(reminderEntry('d-1', '2026-11-28T06:00:00.000Z'));
      await expect(fixture.log.record(reminderEntry('d-1', '2026-11-28T07:00:00.000Z', { status: 'failed', reason: 'boom' }))).resolves.toBeUndefined();
      const entries = await fixture.log.recent(10);
      expect(entries).toHaveLength(1);
      expect(entries[0].status).toBe('sent');
      expect(entries[0].at).toBe('2026-11-28T06:00:00.000Z');
    });

    it('sentKeys(since) gives the digest ids and reminder keys recorded at or after since, and nothing older', async () => {
      await fixture.log.record(reminderEntry('old', '2026-08-01T06:00:00.000Z'));
      await fixture.log.record(reminderEntry('edge', '2026-09-01T00:00:00.000Z', { reminderKeys: ['k-edge'] }));
      await fixture.log.record(reminderEntry('new', '2026-11-28T06:00:00.000Z', { status: 'failed', reason: 'x', reminderKeys: ['k1', 'k2'] }));
      const keys = await fixture.log.sentKeys(new Date('2026-09-01T00:00:00.000Z'));
      expect(Array.from(keys).sort()).toEqual(['edge', 'k-edge', 'k1', 'k2', 'new']);
      expect((await fixture.log.sentKeys(new Date('2026-12-01T00:00:00Z'))).size).toBe(0);
    });

    it('recent(limit) gives the newest first and at most limit entries', async () => {
      await fixture.log.record(reminderEntry('b', '2026-11-27T06:00:00.000Z'));
      await fixture.log.record(reminderEntry('c', '2026-11-28T06:00:00.000Z'));
      await fixture.log.record(reminderEntry('a', '2026-11-26T06:00:00.000Z'));
      expect((await fixture.log.recent(2)).map((e) => e.key)).toEqual(['c', 'b']);
      expect((await fixture.log.recent(10)).map((e) => e.key)).toEqual(['c', 'b', 'a']);
      expect(await fixture.log.recent(0)).toEqual([]);
    });
  });
}
