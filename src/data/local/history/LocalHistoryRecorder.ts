/**
 * Records a version of an audited item on every local create and update, by wrapping the repository the local store
 * hands out (no change to the adapters): the value the repository returned, who (LocalWriteContext.currentUser) and
 * when (the saved value's `modified`). Before the first recorded update of an item that has no history yet (the demo
 * data is written without it), its current value is recorded as the baseline, so the first change diffs correctly.
 * A failure to record never fails the write: the audit trail is the preview's, the data is what counts.
 */
import type { Versioned } from '../../../domain/shared/Versioned';
import type { AuditedEntity } from '../../ports/ItemHistory';
import type { LisPreviewDatabase } from '../database';
import type { LocalWriteContext } from '../LocalWriteContext';
import { versionOfEtag, type StoredHistoryRow } from './historyRows';

interface WritableRepository {
  create(...args: never[]): Promise<unknown>;
  update(id: string, etag: string, ...rest: never[]): Promise<unknown>;
  get?(id: string): Promise<unknown>;
}

function isVersioned(value: unknown): value is Versioned {
  return typeof value === 'object' && value !== null && typeof (value as Versioned).id === 'string' && typeof (value as Versioned).etag === 'string';
}

export class LocalHistoryRecorder {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  /** Stores one version of `value` (saved by `by` at `at`; default the current user, now). */
  public async record(entity: AuditedEntity, value: unknown, by?: string, at?: string): Promise<void> {
    if (!isVersioned(value)) return;
    const version = versionOfEtag(value.etag);
    const row: StoredHistoryRow = {
      id: `${entity}/${value.id}/${version}`,
      entity,
      itemId: value.id,
      version,
      at: at ?? (value.modified || this._context.now().toISOString()),
      by: by ?? this._context.currentUser().displayName,
      value,
    };
    await this._db.put('history', row);
  }

  /** `repository` with create and update recording a version; every other member unchanged. */
  public wrap<R extends WritableRepository>(entity: AuditedEntity, repository: R): R {
    const create = async (...args: never[]): Promise<unknown> => {
      const stored = await repository.create(...args);
      await this._recordQuietly(entity, stored);
      return stored;
    };
    const update = async (id: string, etag: string, ...rest: never[]): Promise<unknown> => {
      await this._baselineQuietly(entity, repository, id);
      const stored = await repository.update(id, etag, ...rest);
      await this._recordQuietly(entity, stored);
      return stored;
    };
    return new Proxy(repository, {
      get(target, property, receiver) {
        if (property === 'create') return create;
        if (property === 'update') return update;
        const member: unknown = Reflect.get(target, property, receiver);
        return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
      },
    });
  }

  private async _recordQuietly(entity: AuditedEntity, stored: unknown): Promise<void> {
    try {
      await this.record(entity, stored);
    } catch {
      // The write succeeded; a lost history row must not turn it into an error.
    }
  }

  private async _baselineQuietly(entity: AuditedEntity, repository: WritableRepository, id: string): Promise<void> {
    try {
      if (!repository.get || (await this._db.countFromIndex('history', 'byItem', [entity, id])) > 0) return;
      const current = await repository.get(id);
      if (isVersioned(current)) await this.record(entity, current, current.modifiedBy, current.modified);
    } catch {
      // Missing item or unreadable row: the update reports it.
    }
  }
}
