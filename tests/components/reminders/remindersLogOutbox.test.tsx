/** @jest-environment jsdom */
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDeniedError } from '../../../src/data/ports/errors';
import type { ReminderLogEntry } from '../../../src/data/ports/ReminderLog';
import { formatDateTime } from '../../../src/ui/shared/formatDateTime';
import { reminderServices, renderReminders } from './remindersFixtures';

function entry(i: number, overrides: Partial<ReminderLogEntry> = {}): ReminderLogEntry {
  const day = String(1 + i).padStart(2, '0');
  return {
    key: `digest:person${i}@kommun.se:2026-10-${day}:0000000${i % 10}`,
    status: 'sent',
    recipient: `person${i}@kommun.se`,
    subject: `LIS: ${i} uppgifter att göra`,
    at: `2026-10-${day}T05:00:00.000Z`,
    reminderKeys: [],
    ...overrides,
  };
}

describe('Påminnelser (RemindersView): log and outbox', () => {
  it('lists the latest 20 log entries, newest first, with time, recipient, subject, status as text and reason', async () => {
    const services = reminderServices();
    for (let i = 1; i <= 24; i++) services.reminderLog.entries.push(entry(i));
    services.reminderLog.entries.push(entry(25, { status: 'failed', reason: '500 ErrorInternalServerError', recipient: 'lena.ek@kommun.se' }));
    renderReminders(services);
    const table = await screen.findByRole('table', { name: 'Senast skickade påminnelser' });
    expect(screen.getByRole('heading', { level: 3, name: 'Senast skickade' })).toBeInTheDocument();
    const header = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toEqual(['Tid', 'Mottagare', 'Ämne', 'Status', 'Orsak']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(20);
    expect(Array.from(rows[0].querySelectorAll('td')).map((c) => c.textContent)).toEqual([
      formatDateTime('2026-10-26T05:00:00.000Z', 'sv-SE'),
      'lena.ek@kommun.se',
      'LIS: 25 uppgifter att göra',
      'Misslyckades',
      '500 ErrorInternalServerError',
    ]);
    expect(rows[1]).toHaveTextContent('person24@kommun.se');
    expect(rows[1]).toHaveTextContent('Skickat');
    expect(rows[19]).toHaveTextContent('person6@kommun.se');
  });

  it('shows a log error in its own section and still plans today’s run', async () => {
    const services = reminderServices();
    services.reminderLog.recent = async () => {
      throw new AccessDeniedError();
    };
    renderReminders(services);
    expect(await screen.findByText('Du saknar behörighet att se eller ändra detta i LIS. Kontakta informationssäkerhetssamordnaren om du behöver åtkomst.')).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Senast skickade påminnelser' })).not.toBeInTheDocument();
  });

  it('shows what "send now" put in the preview outbox as text, and empties it', async () => {
    const user = userEvent.setup({ delay: null });
    const services = reminderServices();
    renderReminders(services);
    expect(await screen.findByRole('heading', { level: 3, name: 'Utkorg (förhandsvisning)' })).toBeInTheDocument();
    expect(screen.getByText(/I förhandsvisningen lämnar inga mejl datorn/)).toBeInTheDocument();
    expect(screen.getByText('Utkorgen är tom.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Töm utkorgen' })).toBeDisabled();

    await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    await user.click(screen.getByRole('button', { name: 'Skicka nu' }));
    await user.click(await screen.findByRole('button', { name: 'Skicka 3 mejl' }));

    const list = await screen.findByRole('list', { name: 'Mejl i utkorgen' });
    const mails = within(list).getAllByRole('listitem');
    expect(mails).toHaveLength(3);
    const anna = mails.filter((m) => m.textContent?.includes('anna.berg@norrkoping.se'))[0];
    const toggle = within(anna).getByRole('button', { name: 'LIS: 2 uppgifter att göra (1 försenad) – till Anna Berg <anna.berg@norrkoping.se>' });
    expect(anna).toHaveTextContent(`Lagt i utkorgen ${formatDateTime('2026-11-28T10:00:00.000Z', 'sv-SE')}`);
    await user.click(toggle);
    const pre = within(anna).getByLabelText('Innehåll: LIS: 2 uppgifter att göra (1 försenad)');
    expect(pre.tagName).toBe('PRE');
    expect(pre.textContent).toContain('Hej Anna Berg!');
    expect(pre.textContent).toContain(
      'Ompröva klassningen av Objekt c1 (http://localhost/#/classification?objectId=c1) | 2026-12-05 | Snart | Förfaller inom 7 dagar'
    );
    expect(pre.textContent).toContain('Öppna Mina uppgifter (http://localhost/#/myTasks)');
    expect(pre.textContent).not.toMatch(/<(table|tr|td|a|p)\b/);

    await user.click(screen.getByRole('button', { name: 'Töm utkorgen' }));
    expect(await screen.findByText('Utkorgen är tom.')).toBeInTheDocument();
    expect(screen.getByText('Utkorgen är tömd.')).toHaveAttribute('role', 'status');
    expect(services.outbox.mails).toHaveLength(0);
    // Emptying the outbox does not touch the log: nothing is planned again.
    expect(services.reminderLog.entries).toHaveLength(3);
    await waitFor(() => expect(screen.getByText('Inga påminnelser att skicka i dag.')).toBeInTheDocument());
  });

  it('has no outbox section in SharePoint (no services.outbox)', async () => {
    const services = reminderServices();
    const { outbox: _outbox, ...withoutOutbox } = services;
    renderReminders(withoutOutbox);
    await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    expect(screen.queryByRole('heading', { name: 'Utkorg (förhandsvisning)' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Töm utkorgen' })).not.toBeInTheDocument();
  });
});
