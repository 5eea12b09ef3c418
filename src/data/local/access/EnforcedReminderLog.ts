import { canSendReminders } from '../../../domain/access/UserAccess';
import type { ReminderLog, ReminderLogEntry } from '../../ports/ReminderLog';
import { requireThat, type AccessSource } from './accessRules';

/** Who was reminded of what: coordinators only (PERMISSION_PLAN reminderLog). Others read nothing and cannot record. */
export class EnforcedReminderLog implements ReminderLog {
  public constructor(private readonly _inner: ReminderLog, private readonly _access: AccessSource) {}

  public async has(key: string): Promise<boolean> {
    return (await this._allowed()) ? this._inner.has(key) : false;
  }

  public async record(entry: ReminderLogEntry): Promise<void> {
    requireThat(await this._allowed(), 'record a reminder');
    return this._inner.record(entry);
  }

  public async sentKeys(since: Date): Promise<Set<string>> {
    return (await this._allowed()) ? this._inner.sentKeys(since) : new Set<string>();
  }

  public async recent(limit: number): Promise<ReminderLogEntry[]> {
    return (await this._allowed()) ? this._inner.recent(limit) : [];
  }

  private async _allowed(): Promise<boolean> {
    return canSendReminders(await this._access.currentAccess());
  }
}
