import type { Person } from '../shared/Person';
import { TASK_STATE_LABELS_SV, type TaskLink } from '../tasks/Task';
import { escapeHtml, safeHttpUrl } from './escapeHtml';
import type { PlannedReminder, ReminderRole } from './planReminders';

/** Turns a task's deep link into an absolute URL (SharePoint page or Teams tab), and the "Mina uppgifter" page. */
export interface DigestLinks {
  taskUrl(link: TaskLink): string;
  myTasksUrl: string;
}

export interface DigestMail {
  subject: string;
  html: string;
  text: string;
}

const ROLE_NOTES_SV: Readonly<Record<ReminderRole, string>> = {
  ansvarig: '',
  foretradare: 'Eskalerad till dig som informationsägarens företrädare',
  samordnare: 'Eskalerad till dig som samordnare',
};

function stepLabel(step: string): string {
  const before = /^fore-(\d+)$/.exec(step);
  if (before) return before[1] === '1' ? 'Förfaller i morgon eller i dag' : `Förfaller inom ${before[1]} dagar`;
  const overdue = /^forsenad-(\d+)$/.exec(step);
  if (overdue) return overdue[1] === '1' ? 'Försenad' : `Försenad (påminnelse ${overdue[1]})`;
  return step;
}

function note(item: PlannedReminder): string {
  const role = ROLE_NOTES_SV[item.role];
  return role ? `${role}; ansvarig: ${item.responsible.displayName} <${item.responsible.email}>` : '';
}

/** The Swedish digest mail for one recipient: subject, HTML (every value escaped) and plain text, with deep links. */
export function buildDigest(recipient: Person, items: readonly PlannedReminder[], links: DigestLinks): DigestMail {
  const overdue = items.filter((i) => i.task.state === 'forsenad').length;
  const count = items.length === 1 ? '1 uppgift' : `${items.length} uppgifter`;
  const late = overdue === 1 ? '1 försenad' : `${overdue} försenade`;
  const subject = `LIS: ${count} att göra${overdue > 0 ? ` (${late})` : ''}`;
  const greeting = `Hej ${recipient.displayName}!`;
  const intro = 'Här är det som väntar på dig i LIS (informationssäkerhet).';
  const myTasks = safeHttpUrl(links.myTasksUrl);

  const rows = items.map((item) => {
    const url = safeHttpUrl(links.taskUrl(item.task.link));
    const title = escapeHtml(item.task.title);
    const titleHtml = url ? `<a href="${escapeHtml(url)}">${title}</a>` : title;
    const extra = note(item);
    return (
      `<tr><td>${titleHtml}${extra ? `<br><small>${escapeHtml(extra)}</small>` : ''}</td>` +
      `<td>${escapeHtml(item.task.dueDate)}</td>` +
      `<td>${escapeHtml(TASK_STATE_LABELS_SV[item.task.state] ?? item.task.state)}</td>` +
      `<td>${escapeHtml(stepLabel(item.step))}</td></tr>`
    );
  });
  const html =
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>` +
    `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>` +
    '<table><thead><tr><th scope="col">Uppgift</th><th scope="col">Förfallodatum</th><th scope="col">Läge</th>' +
    `<th scope="col">Påminnelse</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
    (myTasks ? `<p><a href="${escapeHtml(myTasks)}">Öppna Mina uppgifter</a></p>` : '') +
    '<p>Det här är ett automatiskt meddelande från LIS.</p></body></html>';

  const lines = items.map((item) => {
    const url = safeHttpUrl(links.taskUrl(item.task.link));
    const extra = note(item);
    const state = TASK_STATE_LABELS_SV[item.task.state] ?? item.task.state;
    return (
      `- ${item.task.title} (förfaller ${item.task.dueDate}, ${state}, ${stepLabel(item.step)})` +
      (extra ? `\n  ${extra}` : '') +
      (url ? `\n  ${url}` : '')
    );
  });
  const text = [greeting, '', intro, '', ...lines, '', ...(myTasks ? [`Mina uppgifter: ${myTasks}`, ''] : []), 'Det här är ett automatiskt meddelande från LIS.'].join('\n');
  return { subject, html, text };
}
