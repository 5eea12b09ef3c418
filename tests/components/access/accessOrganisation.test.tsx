/** @jest-environment jsdom */
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDeniedError } from '../../../src/data/ports/errors';
import { demoRepository, services } from '../renderView';
import { FakeAccessReader } from '../fakeAccessServices';
import { DENIED, NO_ROLE_TITLE, renderAs, ROLES } from './accessFixtures';
import { render } from '@testing-library/react';
import * as React from 'react';
import { LisRoot } from '../../../src/ui/LisRoot';

function commands(): HTMLElement {
  return screen.getByRole('group', { name: 'Åtgärder för enheter' });
}

describe('Organisation follows the permissions', () => {
  it('shows new, edit and deactivate to the coordinator', async () => {
    renderAs(services(demoRepository()), ROLES.coordinator, 'organisation');
    await screen.findAllByText('Kommunstyrelsen');
    await waitFor(() => expect(within(commands()).getByRole('button', { name: 'Ny enhet' })).toBeInTheDocument());
    expect(within(commands()).getByRole('button', { name: 'Redigera' })).toBeInTheDocument();
    expect(within(commands()).getByRole('button', { name: 'Inaktivera' })).toBeInTheDocument();
  });

  it.each([
    ['a unit editor', ROLES.unitEditor],
    ['a reader', ROLES.reader],
    ['IT staff', ROLES.itStaff],
  ])('shows %s the register without any edit action', async (_who, access) => {
    renderAs(services(demoRepository()), access, 'organisation');
    await screen.findAllByText('Kommunstyrelsen');
    // Wait for the access to arrive: only then the coordinator's buttons would appear.
    await new Promise((r) => setTimeout(r, 0));
    expect(within(commands()).queryByRole('button', { name: 'Ny enhet' })).not.toBeInTheDocument();
    expect(within(commands()).queryByRole('button', { name: 'Redigera' })).not.toBeInTheDocument();
    expect(within(commands()).queryByRole('button', { name: 'Inaktivera' })).not.toBeInTheDocument();
    expect(within(commands()).getByRole('button', { name: 'Uppdatera' })).toBeInTheDocument();
    // Opening a row does not open the edit form.
    await userEvent.dblClick(screen.getAllByText('Kommunstyrelsen')[0]);
    expect(screen.queryByRole('dialog', { name: 'Redigera enhet' })).not.toBeInTheDocument();
  });

  it('shows no view and no edit actions while the access is still loading', async () => {
    let release: () => void = () => undefined;
    const reader = new FakeAccessReader(ROLES.coordinator);
    const gate = new Promise<void>((r) => (release = r));
    const slow = { currentAccess: async () => (await gate, reader.currentAccess()) };
    render(<LisRoot services={{ ...services(demoRepository()), access: slow }} locale="sv-SE" view="organisation" />);
    expect(await screen.findByText('Kontrollerar din behörighet…')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny enhet' })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('button', { name: 'Ny enhet' })).toBeInTheDocument();
  });

  it('tells a person without a LIS role what LIS data is for, instead of the register', async () => {
    renderAs(services(demoRepository()), ROLES.noRole, 'organisation');
    expect(await screen.findByText(NO_ROLE_TITLE)).toBeInTheDocument();
    expect(screen.getByText(/Läs informationssäkerhetspolicyn/)).toBeInTheDocument();
    expect(screen.queryByText('Kommunstyrelsen')).not.toBeInTheDocument();
  });

  it('says clearly when the access cannot be read (never a blank view)', async () => {
    const reader = new FakeAccessReader(ROLES.coordinator);
    reader.failWith = new Error('network');
    render(<LisRoot services={{ ...services(demoRepository()), access: reader }} locale="sv-SE" view="organisation" />);
    expect(await screen.findByText(/Din behörighet i LIS kunde inte läsas/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ny enhet' })).not.toBeInTheDocument();
  });

  it('shows the 403 message in place of the list when the load is denied', async () => {
    const repo = demoRepository();
    repo.listError = new AccessDeniedError('403');
    renderAs(services(repo), ROLES.reader, 'organisation');
    expect(await screen.findByText(DENIED)).toBeInTheDocument();
  });

  it('shows the 403 message in the form when a save is denied', async () => {
    const repo = demoRepository();
    renderAs(services(repo), ROLES.coordinator, 'organisation');
    await userEvent.click(await screen.findByRole('button', { name: 'Ny enhet' }));
    const panel = await screen.findByRole('dialog', { name: 'Ny enhet' });
    repo.create = async () => {
      throw new AccessDeniedError('403');
    };
    await userEvent.type(within(panel).getByRole('textbox', { name: 'Namn' }), 'Revisionen');
    await userEvent.click(within(panel).getByRole('button', { name: 'Spara' }));
    expect(await within(panel).findByText(DENIED)).toBeInTheDocument();
  });
});
