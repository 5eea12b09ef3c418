/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoRepository, renderOrganisation } from './renderView';

type User = ReturnType<typeof userEvent.setup>;

function grid(): HTMLElement {
  return screen.getByRole('grid', { name: 'Organisationsenheter' });
}

async function select(user: User, name: string): Promise<void> {
  await screen.findByRole('grid', { name: 'Organisationsenheter' });
  await user.click(await within(grid()).findByRole('rowheader', { name }));
}

describe('deactivating and activating units', () => {
  it('asks for confirmation, deactivates, and hides the unit from the default list', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await select(user, 'Kultur- och fritidsnämnden');
    await user.click(screen.getByRole('button', { name: 'Inaktivera' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Inaktivera enhet?' });
    expect(within(dialog).getByText(/”Kultur- och fritidsnämnden” visas inte längre/)).toBeInTheDocument();
    expect(repo.calls.update).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Inaktivera' }));

    expect(await screen.findByText('”Kultur- och fritidsnämnden” har inaktiverats.')).toBeInTheDocument();
    expect(repo.byName('Kultur- och fritidsnämnden').active).toBe(false);
    await waitFor(() => expect(within(grid()).queryByRole('rowheader', { name: 'Kultur- och fritidsnämnden' })).not.toBeInTheDocument());
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await select(user, 'Äldrenämnden');
    await user.click(screen.getByRole('button', { name: 'Inaktivera' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Inaktivera enhet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(repo.calls.update).toBe(0);
    expect(repo.byName('Äldrenämnden').active).toBe(true);
  });

  it('explains that a unit with active sub-units cannot be deactivated', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await select(user, 'Kommunstyrelsen');
    await user.click(screen.getByRole('button', { name: 'Inaktivera' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Inaktivera enhet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Inaktivera' }));

    expect(
      await within(dialog).findByText('Enheten har aktiva underenheter (Kommunledningskontoret). Flytta eller inaktivera dem först.'),
    ).toBeInTheDocument();
    expect(repo.calls.update).toBe(0);
    expect(repo.byName('Kommunstyrelsen').active).toBe(true);
  });

  it('shows the same rule next to the "Aktiv" switch when deactivating in the form', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await screen.findByRole('grid', { name: 'Organisationsenheter' });
    await user.dblClick(await within(grid()).findByRole('rowheader', { name: 'Barn- och utbildningsnämnden' }));
    const panel = await screen.findByRole('dialog', { name: 'Redigera enhet' });
    const toggle = within(panel).getByRole('switch', { name: 'Aktiv' });
    await user.click(toggle);
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));
    expect(await within(panel).findByText(/Enheten har aktiva underenheter \(Utbildningskontoret\)/)).toBeInTheDocument();
    await waitFor(() => expect(toggle).toHaveFocus());
    expect(toggle).not.toBeChecked();
    expect(repo.calls.update).toBe(0);
  });

  it('activates an inactive unit again without a dialog', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await user.click(await screen.findByRole('switch', { name: 'Visa inaktiva' }));
    await select(user, 'Gamla fritidsnämnden');
    await user.click(screen.getByRole('button', { name: 'Aktivera' }));
    expect(await screen.findByText('”Gamla fritidsnämnden” är aktiv igen.')).toBeInTheDocument();
    expect(repo.byName('Gamla fritidsnämnden').active).toBe(true);
    const row = within(grid()).getByRole('rowheader', { name: 'Gamla fritidsnämnden' }).closest('[role="row"]') as HTMLElement;
    await waitFor(() => expect(within(row).getByText('Aktiv')).toBeInTheDocument());
  });

  it('reports a conflict when the unit changed since the list was loaded', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await select(user, 'Äldrenämnden');
    repo.changeBehindTheScenes(repo.byName('Äldrenämnden').id, { kind: 'styrelse' });
    await user.click(screen.getByRole('button', { name: 'Inaktivera' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Inaktivera enhet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Inaktivera' }));
    expect(await within(dialog).findByText(/Någon annan har ändrat detta/)).toBeInTheDocument();
    expect(repo.byName('Äldrenämnden').active).toBe(true);
  });
});
