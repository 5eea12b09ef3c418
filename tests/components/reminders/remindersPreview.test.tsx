/** @jest-environment jsdom */
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreUnavailableError } from '../../../src/data/ports/errors';
import { emptyTaskInput } from '../../../src/domain/tasks';
import { reminderServices, renderReminders } from './remindersFixtures';

function recipientItem(name: string): HTMLElement {
  const list = screen.getByRole('list', { name: 'Mottagare av dagens påminnelser' });
  const items = within(list)
    .getAllByRole('listitem')
    .filter((li) => within(li).queryByRole('button', { name }));
  if (items.length !== 1) throw new Error(`expected one recipient ${name}, found ${items.length}`);
  return items[0];
}

/** The value next to a term of the summary (a <dl>). */
function summaryValue(term: string): string | null | undefined {
  const dt = screen.getAllByRole('term').filter((t) => t.textContent === `${term}:`);
  if (dt.length !== 1) throw new Error(`expected one summary term ${term}, found ${dt.length}`);
  return dt[0].nextElementSibling?.textContent;
}

describe('Påminnelser (RemindersView): preview of today’s run', () => {
  it('shows the summary and one entry per recipient with e-mail, counts and escalations, without sending anything', async () => {
    const services = reminderServices();
    renderReminders(services);
    expect(await screen.findByRole('heading', { level: 2, name: 'Påminnelser' })).toBeInTheDocument();
    await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    expect(screen.getByRole('heading', { level: 3, name: 'Dagens påminnelser' })).toBeInTheDocument();

    expect(summaryValue('Mottagare')).toBe('3');
    expect(summaryValue('Påminnelser')).toBe('4');
    expect(summaryValue('Personer med uppgifter')).toBe('2');
    expect(summaryValue('Uppgifter')).toBe('2');

    const list = screen.getByRole('list', { name: 'Mottagare av dagens påminnelser' });
    const names = within(list)
      .getAllByRole('button', { expanded: false })
      .map((b) => b.textContent);
    expect(names).toEqual(['Anna Berg', 'Olle Annan', 'Sara Samordnare']);
    expect(recipientItem('Anna Berg')).toHaveTextContent('anna.berg@norrkoping.se · 2 påminnelser · 1 försenad · 1 eskalering');
    expect(recipientItem('Olle Annan')).toHaveTextContent('olle.annan@norrkoping.se · 1 påminnelse · 1 försenad');
    expect(recipientItem('Olle Annan')).not.toHaveTextContent('eskalering');
    expect(recipientItem('Sara Samordnare')).toHaveTextContent('sara.samordnare@kommun.se · 1 påminnelse · 1 försenad · 1 eskalering');

    // Reading the plan sends nothing and logs nothing.
    expect(services.outbox.mails).toHaveLength(0);
    expect(services.reminderLog.entries).toHaveLength(0);
    expect(services.taskInputs.calls).toEqual([{ method: 'all' }]);
    expect(screen.getByRole('button', { name: 'Skicka nu' })).toBeEnabled();
  });

  it('expands a recipient (keyboard) to the items of their digest: title, due date, state, step and role', async () => {
    const user = userEvent.setup({ delay: null });
    renderReminders(reminderServices());
    await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    expect(screen.queryByRole('table', { name: 'Påminnelser till Anna Berg' })).not.toBeInTheDocument();

    const anna = within(recipientItem('Anna Berg')).getByRole('button', { name: 'Anna Berg' });
    anna.focus();
    await user.keyboard('{Enter}');
    expect(anna).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table', { name: 'Påminnelser till Anna Berg' });
    expect(document.getElementById(anna.getAttribute('aria-controls') as string)).toContainElement(table);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.querySelectorAll('th,td')).map((c) => c.textContent))).toEqual([
      [
        'Genomför åtgärd: Åtgärd x1',
        '2026-10-15',
        'Försenad',
        'Försenad (påminnelse 7)',
        'Eskalerad till informationsägarens företrädareansvarig: Olle Annan <olle.annan@norrkoping.se>',
      ],
      ['Ompröva klassningen av Objekt c1', '2026-12-05', 'Snart', 'Förfaller inom 7 dagar', 'Ansvarig'],
    ]);
    // Task titles link to the task's view (preview links).
    expect(within(rows[1]).getByRole('link', { name: 'Ompröva klassningen av Objekt c1' })).toHaveAttribute(
      'href',
      'http://localhost/#/classification?objectId=c1'
    );

    await user.click(within(recipientItem('Sara Samordnare')).getByRole('button', { name: 'Sara Samordnare' }));
    expect(within(screen.getByRole('table', { name: 'Påminnelser till Sara Samordnare' })).getByText('Eskalerad till samordnare')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('table', { name: 'Påminnelser till Sara Samordnare' })).not.toBeInTheDocument();
  });

  it('shows the mail as plain text in a <pre> on request, never as HTML', async () => {
    const user = userEvent.setup({ delay: null });
    const services = reminderServices();
    // A title with markup must come out as text.
    const input = services.taskInputs.input;
    services.taskInputs.input = { ...input, classifications: [{ ...input.classifications[0], name: '<img src=x onerror=alert(1)>' }] };
    renderReminders(services);
    await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    const anna = recipientItem('Anna Berg');
    await user.click(within(anna).getByRole('button', { name: 'Anna Berg' }));
    await user.click(within(anna).getByRole('button', { name: 'Visa mejlet som text' }));
    const pre = within(anna).getByLabelText('Mejlet till Anna Berg som text');
    expect(pre.tagName).toBe('PRE');
    expect(pre.textContent).toContain('Hej Anna Berg!');
    expect(pre.textContent).toContain('- Ompröva klassningen av <img src=x onerror=alert(1)> (förfaller 2026-12-05, Snart, Förfaller inom 7 dagar)');
    expect(pre.textContent).toContain('Eskalerad till dig som informationsägarens företrädare; ansvarig: Olle Annan <olle.annan@norrkoping.se>');
    expect(document.querySelector('img')).toBeNull();
    expect(within(anna).getByRole('button', { name: 'Dölj mejlet som text' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows the empty state and disables "Skicka nu" when nothing is due, and reports unreadable items', async () => {
    renderReminders(reminderServices(emptyTaskInput(), 2));
    expect(await screen.findByText('Inga påminnelser att skicka i dag.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skicka nu' })).toBeDisabled();
    expect(await screen.findByText('2 poster i listorna kunde inte läsas och räknas inte med. Rätta dem i SharePoint-listorna.')).toBeInTheDocument();
    expect(summaryValue('Mottagare')).toBe('0');
  });

  it('shows a spinner while planning', async () => {
    const services = reminderServices();
    let release: () => void = () => undefined;
    const all = services.taskInputs.all.bind(services.taskInputs);
    services.taskInputs.all = () => new Promise((resolve) => (release = () => resolve(all())));
    renderReminders(services);
    expect(await screen.findByText('Planerar dagens påminnelser…')).toBeInTheDocument();
    release();
    await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    expect(screen.queryByText('Planerar dagens påminnelser…')).not.toBeInTheDocument();
  });

  it('explains a failed load, keeps the rest of the view, and recovers on retry', async () => {
    const user = userEvent.setup({ delay: null });
    const services = reminderServices();
    services.taskInputs.failWith = new StoreUnavailableError('503', 503);
    renderReminders(services);
    expect(await screen.findByText('LIS kunde inte nå sin datalagring just nu. Försök igen om en stund.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Senast skickade' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skicka nu' })).toBeDisabled();
    services.taskInputs.failWith = undefined;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    await waitFor(() => expect(screen.queryByText(/kunde inte nå sin datalagring/)).not.toBeInTheDocument());
  });

  it('speaks English in the en-US locale', async () => {
    const user = userEvent.setup({ delay: null });
    renderReminders(reminderServices(), 'en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'Reminders' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Recipients of today’s reminders' });
    expect(screen.getByRole('heading', { level: 3, name: 'Today’s reminders' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Recently sent' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Outbox (preview)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send now' })).toBeEnabled();
    expect(screen.getByText('No reminders have been sent yet.')).toBeInTheDocument();
    const anna = within(list).getAllByRole('listitem')[0];
    expect(anna).toHaveTextContent('anna.berg@norrkoping.se · 2 reminders · 1 overdue · 1 escalation');
    await user.click(within(anna).getByRole('button', { name: 'Anna Berg' }));
    const table = within(anna).getByRole('table', { name: 'Reminders to Anna Berg' });
    expect(within(table).getByText('Due within 7 days')).toBeInTheDocument();
    expect(within(table).getByText('Overdue (reminder 7)')).toBeInTheDocument();
    expect(within(table).getByText('Escalated to the information owner’s representative')).toBeInTheDocument();
    expect(within(table).getByText('Soon')).toBeInTheDocument();
  });
});
