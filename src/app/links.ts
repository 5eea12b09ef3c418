import type { DigestLinks } from '../domain/reminders/buildDigest';
import type { TaskLink } from '../domain/tasks/Task';

/**
 * Where LIS views live on the data site: one page per view, `SitePages/lis-<view>.aspx` (the admin guide creates
 * them). A task's deep link is that page with the task's parameters in the query string; the web part on the page
 * reads them (src/webparts/shared/viewParams.ts) and opens the item.
 */
export function viewPageName(view: string): string {
  return `lis-${view.replace(/[^A-Za-z0-9]/g, '').toLowerCase()}.aspx`;
}

function query(params: Readonly<Record<string, string>>): string {
  const keys = Object.keys(params).sort();
  return keys.length === 0 ? '' : `?${keys.map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k])}`).join('&')}`;
}

/** Deep links to the pages of the LIS data site (web parts, mails from the job and from "send now"). */
export function sharePointPageLinks(dataSiteUrl: string): DigestLinks {
  const site = dataSiteUrl.replace(/\/+$/, '');
  return {
    taskUrl: (link: TaskLink) => `${site}/SitePages/${viewPageName(link.view)}${query(link.params)}`,
    myTasksUrl: `${site}/SitePages/${viewPageName('myTasks')}`,
  };
}

/** Deep links inside the preview: `<base>#/<view>?<params>` (the preview's shell reads the hash). */
export function previewLinks(baseUrl: string): DigestLinks {
  const base = baseUrl.replace(/#.*$/, '');
  return {
    taskUrl: (link: TaskLink) => `${base}#/${link.view}${query(link.params)}`,
    myTasksUrl: `${base}#/myTasks`,
  };
}
