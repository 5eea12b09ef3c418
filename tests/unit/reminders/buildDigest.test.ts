import { buildDigest, defaultReminderConfig, planReminders, type DigestLinks } from '../../../src/domain/reminders';
import type { TaskLink } from '../../../src/domain/tasks';
import { anna, chef, task } from './fixtures';

const today = '2026-11-28';
const links: DigestLinks = {
  taskUrl: (link: TaskLink) =>
    `https://kommun.sharepoint.com/sites/lis/SitePages/LIS.aspx?view=${encodeURIComponent(link.view)}&${Object.keys(link.params)
      .map((k) => `${k}=${encodeURIComponent(link.params[k])}`)
      .join('&')}`,
  myTasksUrl: 'https://kommun.sharepoint.com/sites/lis/SitePages/Mina-uppgifter.aspx',
};

function itemsFor(tasks: ReturnType<typeof task>[], person = anna): ReturnType<typeof planReminders>[number]['items'] {
  const config = defaultReminderConfig({ u1: [chef] });
  return planReminders([{ person, tasks }], new Set(), today, config)[0].items;
}

describe('buildDigest', () => {
  it('writes a Swedish subject, text and HTML listing every item with its deep link', () => {
    const items = itemsFor([task('a1', '2026-11-27', today), task('a2', '2026-12-05', today)]);
    const mail = buildDigest(anna, items, links);
    expect(mail.subject).toBe('LIS: 2 uppgifter att göra (1 försenad)');
    expect(mail.html).toContain('<html lang="sv">');
    expect(mail.html).toContain('Hej Anna Berg!');
    expect(mail.html).toContain('<a href="https://kommun.sharepoint.com/sites/lis/SitePages/LIS.aspx?view=risk&amp;actionId=a1">Uppgift a1</a>');
    expect(mail.html).toContain('Försenad');
    expect(mail.html).toContain('Förfaller inom 7 dagar');
    expect(mail.html).toContain('href="https://kommun.sharepoint.com/sites/lis/SitePages/Mina-uppgifter.aspx"');
    expect(mail.text).toContain('- Uppgift a1 (förfaller 2026-11-27, Försenad, Försenad)');
    expect(mail.text).toContain('https://kommun.sharepoint.com/sites/lis/SitePages/LIS.aspx?view=risk&actionId=a2');
    expect(mail.text).toContain('Mina uppgifter: https://kommun.sharepoint.com/sites/lis/SitePages/Mina-uppgifter.aspx');
  });

  it('uses the singular for one item', () => {
    expect(buildDigest(anna, itemsFor([task('a1', '2026-12-05', today)]), links).subject).toBe('LIS: 1 uppgift att göra');
  });

  it('names the responsible person in an escalated item', () => {
    const config = defaultReminderConfig({ u1: [chef] });
    const digests = planReminders([{ person: anna, tasks: [task('a1', '2026-10-01', today)] }], new Set(), today, config);
    const chefDigest = digests.filter((d) => d.recipient.email === chef.email)[0];
    const mail = buildDigest(chef, chefDigest.items, links);
    expect(mail.text).toContain('Eskalerad till dig som informationsägarens företrädare; ansvarig: Anna Berg <anna.berg@norrkoping.se>');
    expect(mail.html).toContain('ansvarig: Anna Berg &lt;anna.berg@norrkoping.se&gt;');
  });

  it('escapes every value in the HTML and never links a non-http URL', () => {
    const hostile = '<script>alert("x")</script>\'`&';
    const evil = { ...task('a1', '2026-12-05', today), title: hostile, link: { view: '"><img src=x onerror=alert(1)>', params: {} } };
    const recipient = { displayName: '<b onmouseover="x">Eva</b>', email: 'eva@kommun.se' };
    const items = itemsFor([evil], recipient);
    const badLinks: DigestLinks = { taskUrl: () => 'javascript:alert(1)', myTasksUrl: 'data:text/html,<script>x</script>' };
    const mail = buildDigest(recipient, items, badLinks);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b onmouseover');
    expect(mail.html).not.toContain('javascript:');
    expect(mail.html).not.toContain('data:text');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;&#96;&amp;');
    expect(mail.html).toContain('Hej &lt;b onmouseover=&quot;x&quot;&gt;Eva&lt;/b&gt;!');
    // The only tags are the template's own.
    const tags = mail.html.match(/<\/?([a-z!]+)/gi) ?? [];
    const allowed = ['<!doctype', '<html', '<head', '<meta', '<title', '</title', '</head', '<body', '<p', '</p', '<table', '<thead', '<tr', '<th', '</th', '</tr', '</thead', '<tbody', '<td', '</td', '<br', '<small', '</small', '</tbody', '</table', '</body', '</html', '<a', '</a'];
    expect(tags.map((t) => t.toLowerCase()).filter((t) => allowed.indexOf(t) < 0)).toEqual([]);
    // Hostile links with quotes are escaped inside href.
    const quoteLinks: DigestLinks = { taskUrl: () => 'https://a.se/"onmouseover="x', myTasksUrl: 'https://a.se/' };
    expect(buildDigest(recipient, items, quoteLinks).html).toContain('href="https://a.se/&quot;onmouseover=&quot;x"');
  });
});
