import type { SPFI } from '@pnp/sp';
import type { ItemHistory } from '../../data/ports/ItemHistory';
import type { PermissionAdmin } from '../../data/ports/PermissionAdmin';
import type { ReminderLog } from '../../data/ports/ReminderLog';
import type { TaskInputReader } from '../../data/ports/TaskInputReader';

/**
 * Adapters only some views need, loaded on first use so they stay out of every web part's initial JavaScript
 * (budget 200 KB gzip, `npm run bench`): the setup and health check (coordinator), item history (opened on demand),
 * and the task/reminder readers ("Mina uppgifter", "Påminnelser"). Each module is created once per host.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    if (!loaded) {
      const attempt = load();
      loaded = attempt;
      attempt.catch(() => {
        if (loaded === attempt) loaded = undefined;
      });
    }
    return loaded;
  };
}

export function lazyPermissionAdmin(sp: SPFI, siteUrl: string): PermissionAdmin {
  const admin = once(() =>
    import(/* webpackChunkName: 'lis-sp-setup' */ '../../data/sharepoint/permissions/SharePointPermissionAdmin').then(
      (m) => new m.SharePointPermissionAdmin(sp, siteUrl),
    ),
  );
  return { check: async (units) => (await admin()).check(units), fix: async (units) => (await admin()).fix(units) };
}

export function lazyItemHistory(sp: SPFI, siteUrl: string): ItemHistory {
  const history = once(() =>
    import(/* webpackChunkName: 'lis-sp-history' */ '../../data/sharepoint/history/SharePointItemHistory').then(
      (m) => new m.SharePointItemHistory(sp, siteUrl),
    ),
  );
  return { history: async (entity, id) => (await history()).history(entity, id) };
}

export function lazyTaskInputs(sp: SPFI, siteUrl: string): TaskInputReader {
  const reader = once(() =>
    import(/* webpackChunkName: 'lis-sp-tasks' */ '../../data/sharepoint/SharePointTaskInputReader').then(
      (m) => new m.SharePointTaskInputReader(sp, siteUrl),
    ),
  );
  return { forPerson: async (person) => (await reader()).forPerson(person), all: async () => (await reader()).all() };
}

export function lazyReminderLog(sp: SPFI, siteUrl: string): ReminderLog {
  const log = once(() =>
    import(/* webpackChunkName: 'lis-sp-reminder-log' */ '../../data/sharepoint/SharePointReminderLog').then(
      (m) => new m.SharePointReminderLog(sp, siteUrl),
    ),
  );
  return {
    has: async (key) => (await log()).has(key),
    record: async (entry) => (await log()).record(entry),
    sentKeys: async (since) => (await log()).sentKeys(since),
    recent: async (limit) => (await log()).recent(limit),
  };
}
