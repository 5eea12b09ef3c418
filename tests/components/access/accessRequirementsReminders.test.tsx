/** @jest-environment jsdom */
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDeniedError } from '../../../src/data/ports/errors';
import type { HandoverItem } from '../../../src/domain/requirements';
import { FakeClassificationRepository } from '../fakeClassificationRepository';
import { objectWithProfile, requirementServices, type TestServices } from '../requirementsRender';
import { reminderServices } from '../reminders/remindersFixtures';
import { taskServices } from '../tasks/myTasksFixtures';
import { DENIED, NO_ROLE_TITLE, renderAs, ROLES } from './accessFixtures';

const OWNER = { displayName: 'Lena Ek', email: 'lena.ek@kommun.se' };

function handedOver(objectId: string, code: string): HandoverItem {
  return { objectId, requirementCode: code, status: 'overlamnad', reason: '', history: [{ status: 'overlamnad', by: OWNER, at: '2026-11-20T08:00:00Z', reason: '' }] };
}

async function queue(): Promise<TestServices> {
  const services = requirementServices();
  services.classifications = new FakeClassificationRepository([objectWithProfile({ K: 2, R: 2, T: 2, S: 1 }, { name: 'Elevregister', ownerUnitId: '3' })]);
  await services.handovers.create(handedOver('1', 'TEK-01'));
  return services;
}

function queueTable(): Promise<HTMLElement> {
  return screen.findByRole('table', { name: 'Överlämnade krav' }, { timeout: 10000 });
}

describe('IT-överlämningar follows the permissions', () => {
  it.each([
    ['IT staff', ROLES.itStaff],
    ['the coordinator', ROLES.coordinator],
  ])('lets %s accept and reject', async (_who, access) => {
    renderAs(await queue(), access, 'itQueue');
    const table = await queueTable();
    expect(await within(table).findByRole('button', { name: /^Acceptera/ })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: /^Avvisa/ })).toBeInTheDocument();
  });

  it.each([
    ['a unit editor', ROLES.unitEditor],
    ['a reader', ROLES.reader],
  ])('shows %s the queue without actions', async (_who, access) => {
    renderAs(await queue(), access, 'itQueue');
    const table = await queueTable();
    await within(table).findByText('Elevregister');
    await new Promise((r) => setTimeout(r, 0));
    expect(within(table).queryByRole('button', { name: /^Acceptera/ })).not.toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /^Avvisa/ })).not.toBeInTheDocument();
  });

  it('shows the 403 message next to the action when accepting is denied', async () => {
    const services = await queue();
    renderAs(services, ROLES.itStaff, 'itQueue');
    const table = await queueTable();
    const accept = await within(table).findByRole('button', { name: /^Acceptera/ });
    services.handovers.update = async () => {
      throw new AccessDeniedError('403');
    };
    await userEvent.click(accept);
    expect(await screen.findByText(DENIED)).toBeInTheDocument();
  });

  it('tells a person without a LIS role why they see nothing', async () => {
    renderAs(await queue(), ROLES.noRole, 'itQueue');
    expect(await screen.findByText(NO_ROLE_TITLE)).toBeInTheDocument();
  });
});

describe('Kravkatalog follows the permissions', () => {
  it('lets the coordinator import and reset', async () => {
    renderAs(requirementServices(), ROLES.coordinator, 'catalogue');
    const commands = await screen.findByRole('group', { name: 'Åtgärder för kravkatalogen' }, { timeout: 10000 });
    await waitFor(() => expect(within(commands).getByLabelText('Importera (CSV eller Excel)')).toBeInTheDocument());
    expect(within(commands).getByRole('button', { name: 'Återställ standardkatalogen' })).toBeInTheDocument();
  });

  it.each([
    ['a unit editor', ROLES.unitEditor],
    ['a reader', ROLES.reader],
    ['IT staff', ROLES.itStaff],
  ])('lets %s read and export, but not import or reset', async (_who, access) => {
    renderAs(requirementServices(), access, 'catalogue');
    const commands = await screen.findByRole('group', { name: 'Åtgärder för kravkatalogen' }, { timeout: 10000 });
    await screen.findByRole('table', { name: 'Krav i katalogen' });
    expect(within(commands).queryByLabelText('Importera (CSV eller Excel)')).not.toBeInTheDocument();
    expect(within(commands).queryByRole('button', { name: 'Återställ standardkatalogen' })).not.toBeInTheDocument();
    expect(within(commands).getByRole('button', { name: /CSV/ })).toBeInTheDocument();
  });

  it('tells a person without a LIS role why they see nothing', async () => {
    renderAs(requirementServices(), ROLES.noRole, 'catalogue');
    expect(await screen.findByText(NO_ROLE_TITLE)).toBeInTheDocument();
  });
});

describe('Påminnelser and Mina uppgifter', () => {
  it.each([
    ['a unit editor', ROLES.unitEditor],
    ['a reader', ROLES.reader],
    ['a person without a role', ROLES.noRole],
  ])('tells %s they may not send reminders, and plans nothing', async (_who, access) => {
    const services = reminderServices();
    renderAs(services, access, 'reminders');
    expect(await screen.findByText(/Du har inte behörighet att förhandsgranska eller skicka påminnelser/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Skicka/ })).not.toBeInTheDocument();
  });

  it('shows the coordinator the reminders view', async () => {
    renderAs(reminderServices(), ROLES.coordinator, 'reminders');
    expect(await screen.findByRole('heading', { name: 'Påminnelser' }, { timeout: 10000 })).toBeInTheDocument();
  });

  it('shows Mina uppgifter to everyone, also without a LIS role', async () => {
    renderAs(taskServices(), ROLES.noRole, 'myTasks');
    expect(await screen.findByRole('heading', { name: 'Mina uppgifter' }, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.queryByText(NO_ROLE_TITLE)).not.toBeInTheDocument();
  });
});
