/** @jest-environment jsdom */
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDeniedError, PermissionNotGrantedError } from '../../../src/data/ports/errors';
import { reminderServices, renderReminders, type ReminderTestServices } from './remindersFixtures';

type User = ReturnType<typeof userEvent.setup>;

async function sendNow(user: User, confirmLabel: string = 'Skicka 3 mejl'): Promise<void> {
  await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
  await user.click(screen.getByRole('button', { name: 'Skicka nu' }));
  await user.click(await screen.findByRole('button', { name: confirmLabel }));
}

function result(): HTMLElement {
  return screen.getByRole('region', { name: 'Resultat av sändningen' });
}

function logRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Senast skickade påminnelser' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent ?? ''));
}

describe('Påminnelser (RemindersView): send now', () => {
  it('asks first, naming the count, and sends nothing when cancelled', async () => {
    const user = userEvent.setup({ delay: null });
    const services = reminderServices();
    renderReminders(services);
    await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    await user.click(screen.getByRole('button', { name: 'Skicka nu' }));
    expect(await screen.findByText('Skicka påminnelserna nu?')).toBeInTheDocument();
    expect(screen.getByText('3 mejl med sammanlagt 4 påminnelser skickas nu från din e-post, ett mejl per mottagare.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByText('Skicka påminnelserna nu?')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Skicka nu' })).toHaveFocus());
    expect(services.outbox.mails).toHaveLength(0);
    expect(services.reminderLog.entries).toHaveLength(0);
  });

  it('sends one digest per recipient, logs each, focuses the result, re-plans to nothing due, and never sends twice', async () => {
    const user = userEvent.setup({ delay: null });
    const services = reminderServices();
    const { unmount } = renderReminders(services);
    await sendNow(user);

    await waitFor(() => expect(result()).toHaveTextContent('3 mejl skickade.'));
    expect(result()).toHaveFocus();
    expect(services.outbox.mails.map((m) => [m.to.address, m.subject]).sort()).toEqual([
      ['anna.berg@norrkoping.se', 'LIS: 2 uppgifter att göra (1 försenad)'],
      ['olle.annan@norrkoping.se', 'LIS: 1 uppgift att göra (1 försenad)'],
      ['sara.samordnare@kommun.se', 'LIS: 1 uppgift att göra (1 försenad)'],
    ]);
    const anna = services.outbox.mails.find((m) => m.to.address === 'anna.berg@norrkoping.se');
    expect(anna?.reminderKeys).toHaveLength(2);
    expect(services.reminderLog.entries.map((e) => [e.recipient, e.status])).toEqual([
      ['anna.berg@norrkoping.se', 'sent'],
      ['olle.annan@norrkoping.se', 'sent'],
      ['sara.samordnare@kommun.se', 'sent'],
    ]);

    // Re-planned: nothing is due any more, the log shows the mails.
    expect(await screen.findByText('Inga påminnelser att skicka i dag.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skicka nu' })).toBeDisabled();
    await waitFor(() => expect(logRows()).toHaveLength(3));
    expect(logRows()[0]).toEqual([expect.any(String), 'sara.samordnare@kommun.se', 'LIS: 1 uppgift att göra (1 försenad)', 'Skickat', '']);

    // A second run (a fresh view on the same log) plans and sends nothing.
    unmount();
    renderReminders(services);
    expect(await screen.findByText('Inga påminnelser att skicka i dag.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skicka nu' })).toBeDisabled();
    expect(services.outbox.mails).toHaveLength(3);
  });

  it('reports unresolved recipients with their reason and logs them as not found', async () => {
    const user = userEvent.setup({ delay: null });
    const services = reminderServices();
    services.outbox.unresolvable.add('olle.annan@norrkoping.se');
    renderReminders(services);
    await sendNow(user);

    await waitFor(() => expect(result()).toHaveTextContent('2 mejl skickade.'));
    expect(result()).toHaveTextContent('1 mottagare kunde inte hittas:');
    expect(within(result()).getByRole('listitem')).toHaveTextContent('Olle Annan <olle.annan@norrkoping.se>: 404 ErrorInvalidRecipients');
    expect(result()).toHaveTextContent('Misslyckade mejl och okända mottagare loggas och försöks inte igen i dag');
    expect(services.outbox.mails).toHaveLength(2);
    await waitFor(() => expect(logRows()).toHaveLength(3));
    expect(logRows().filter((r) => r[1] === 'olle.annan@norrkoping.se')).toEqual([
      [expect.any(String), 'olle.annan@norrkoping.se', 'LIS: 1 uppgift att göra (1 försenad)', 'Mottagaren hittades inte', '404 ErrorInvalidRecipients'],
    ]);
  });

  it('explains an unapproved Graph permission (Mail.Send) and where an administrator approves it; nothing is sent', async () => {
    const user = userEvent.setup({ delay: null });
    const services = reminderServices();
    services.mailSender = async () => {
      throw new PermissionNotGrantedError('Mail.Send');
    };
    renderReminders(services);
    await sendNow(user);

    await waitFor(() =>
      expect(result()).toHaveTextContent(
        'Microsoft Graph-behörigheten (scope) Mail.Send har inte godkänts för LIS, så inga mejl kunde skickas. En administratör godkänner den i SharePoint administrationscenter → Avancerat → API-åtkomst.'
      )
    );
    expect(result()).toHaveFocus();
    expect(services.reminderLog.entries).toHaveLength(0);
    // The plan is still there: nothing was sent.
    expect(await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skicka nu' })).toBeEnabled();
  });

  it('explains the permission error in English too', async () => {
    const user = userEvent.setup({ delay: null });
    const services = reminderServices();
    services.mailSender = async () => {
      throw new PermissionNotGrantedError('Mail.Send');
    };
    renderReminders(services, 'en-US');
    await screen.findByRole('list', { name: 'Recipients of today’s reminders' });
    await user.click(screen.getByRole('button', { name: 'Send now' }));
    await user.click(await screen.findByRole('button', { name: 'Send 3 mails' }));
    const region = await screen.findByRole('region', { name: 'Result of sending' });
    expect(region).toHaveTextContent(
      'The Microsoft Graph permission (scope) Mail.Send has not been approved for LIS, so no mail could be sent. An administrator approves it in the SharePoint admin center → Advanced → API access.'
    );
  });

  it('shows store errors from the sender through the common messages', async () => {
    const user = userEvent.setup({ delay: null });
    const services: ReminderTestServices = reminderServices();
    services.outbox.failWith = new AccessDeniedError();
    renderReminders(services);
    await sendNow(user);
    await waitFor(() =>
      expect(result()).toHaveTextContent('Du saknar behörighet att se eller ändra detta i LIS. Kontakta informationssäkerhetssamordnaren om du behöver åtkomst.')
    );
    expect(result()).toHaveTextContent('Det som hann skickas före felet är loggat och skickas inte igen.');
    await user.click(within(result()).getByRole('button', { name: 'Stäng meddelandet' }));
    expect(screen.queryByRole('region', { name: 'Resultat av sändningen' })).not.toBeInTheDocument();
  });
});
