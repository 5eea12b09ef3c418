import type { Services } from '../../src/app/Services';
import { previewLinks } from '../../src/app/links';
import type { MailSender, OutgoingMail, SendResult } from '../../src/data/ports/MailSender';
import type { Outbox, OutboxMail } from '../../src/data/ports/Outbox';
import type { DirectoryRole, PeopleDirectory } from '../../src/data/ports/PeopleDirectory';
import type { ReminderLog, ReminderLogEntry } from '../../src/data/ports/ReminderLog';
import type { TaskInputReader, TaskInputResult } from '../../src/data/ports/TaskInputReader';
import type { Person } from '../../src/domain/shared/Person';
import { emptyTaskInput, type TaskInput, type TaskPerson } from '../../src/domain/tasks';

/** In-memory TaskInputReader over a fixed TaskInput: `forPerson` returns everything (derivation filters). */
export class FakeTaskInputReader implements TaskInputReader {
  public calls: Array<{ method: 'forPerson' | 'all'; person?: TaskPerson }> = [];
  public failWith: Error | undefined;
  public constructor(public input: TaskInput = emptyTaskInput(), public skipped = 0) {}
  public async forPerson(person: TaskPerson): Promise<TaskInputResult> {
    this.calls.push({ method: 'forPerson', person });
    if (this.failWith) throw this.failWith;
    return { input: this.input, skipped: this.skipped };
  }
  public async all(): Promise<TaskInputResult> {
    this.calls.push({ method: 'all' });
    if (this.failWith) throw this.failWith;
    return { input: this.input, skipped: this.skipped };
  }
}

export class FakePeopleDirectory implements PeopleDirectory {
  public constructor(public readonly roles: Partial<Record<DirectoryRole, Person[]>> = {}) {}
  public async members(role: DirectoryRole): Promise<Person[]> {
    return (this.roles[role] ?? []).slice();
  }
}

export class FakeReminderLog implements ReminderLog {
  public readonly entries: ReminderLogEntry[] = [];
  public async has(key: string): Promise<boolean> {
    return this.entries.some((e) => e.key === key);
  }
  /** Like the real logs: a digest id recorded twice keeps its first outcome. */
  public async record(entry: ReminderLogEntry): Promise<void> {
    if (!this.entries.some((e) => e.key === entry.key)) this.entries.push(entry);
  }
  public async sentKeys(since: Date): Promise<Set<string>> {
    const keys = new Set<string>();
    this.entries
      .filter((e) => e.at >= since.toISOString())
      .forEach((e) => {
        keys.add(e.key);
        e.reminderKeys.forEach((k) => keys.add(k));
      });
    return keys;
  }
  public async recent(limit: number): Promise<ReminderLogEntry[]> {
    return this.entries.slice().reverse().slice(0, limit);
  }
}

/** A MailSender that "sends" into an outbox; addresses in `unresolvable` come back unresolved; `failWith` rejects. */
export class FakeOutbox implements MailSender, Outbox {
  public readonly mails: OutboxMail[] = [];
  public unresolvable = new Set<string>();
  public failWith: Error | undefined;
  public constructor(private readonly now: () => Date = () => new Date('2026-11-28T10:00:00Z')) {}
  public async sendDigests(messages: OutgoingMail[], onResult?: (result: SendResult) => Promise<void> | void): Promise<SendResult[]> {
    if (this.failWith) throw this.failWith;
    const results: SendResult[] = [];
    for (const mail of messages) {
      const result: SendResult = this.unresolvable.has(mail.to.address.toLowerCase())
        ? { id: mail.id, status: 'unresolved', reason: '404 ErrorInvalidRecipients' }
        : { id: mail.id, status: 'sent' };
      if (result.status === 'sent') this.mails.unshift({ ...mail, sentAt: this.now().toISOString() });
      if (onResult) await onResult(result);
      results.push(result);
    }
    return results;
  }
  public async list(): Promise<OutboxMail[]> {
    return this.mails.slice();
  }
  public async clear(): Promise<void> {
    this.mails.length = 0;
  }
}

/** The issue-5 services with empty fakes (override what a test needs). */
export function fakeReminderServices(
  overrides: Partial<Pick<Services, 'taskInputs' | 'people' | 'reminderLog' | 'mailSender' | 'outbox' | 'links'>> = {},
): Pick<Services, 'taskInputs' | 'people' | 'reminderLog' | 'mailSender' | 'outbox' | 'links'> {
  const outbox = new FakeOutbox();
  return {
    taskInputs: new FakeTaskInputReader(),
    people: new FakePeopleDirectory(),
    reminderLog: new FakeReminderLog(),
    mailSender: async () => outbox,
    outbox,
    links: previewLinks('http://localhost/'),
    ...overrides,
  };
}
