/** @jest-environment jsdom */
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { reminderServices, renderReminders } from './remindersFixtures';

async function violations(): Promise<string[]> {
  // The browser tests' WCAG 2.1 A/AA rules; colour contrast needs real layout and is checked in the browser.
  const results = await axe.run(document.body, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('Påminnelser (RemindersView): accessibility', () => {
  it('has no axe violations with a recipient and its mail text expanded, after sending, with the outbox open', async () => {
    const user = userEvent.setup({ delay: null });
    renderReminders(reminderServices());
    const list = await screen.findByRole('list', { name: 'Mottagare av dagens påminnelser' });
    const anna = within(list).getAllByRole('listitem')[0];
    await user.click(within(anna).getByRole('button', { name: 'Anna Berg' }));
    await user.click(within(anna).getByRole('button', { name: 'Visa mejlet som text' }));
    expect(await violations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Skicka nu' }));
    await user.click(await screen.findByRole('button', { name: 'Skicka 3 mejl' }));
    await screen.findByText('Inga påminnelser att skicka i dag.');
    const outbox = await screen.findByRole('list', { name: 'Mejl i utkorgen' });
    await user.click(within(outbox).getAllByRole('button')[0]);
    await waitFor(() => expect(screen.getByRole('table', { name: 'Senast skickade påminnelser' })).toBeInTheDocument());
    expect(await violations()).toEqual([]);
  });
});
