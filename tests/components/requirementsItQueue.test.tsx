/** @jest-environment jsdom */
import './setup';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LisRoot } from '../../src/ui/LisRoot';
import type { HandoverItem, HandoverStatus } from '../../src/domain/requirements';
import { FakeClassificationRepository } from './fakeClassificationRepository';
import { objectWithProfile, requirementServices, storedHandovers, type TestServices } from './requirementsRender';

type User = ReturnType<typeof userEvent.setup>;

const OWNER = { displayName: 'Lena Ek', email: 'lena.ek@kommun.se' };

function item(objectId: string, code: string, status: HandoverStatus = 'overlamnad', reason: string = ''): HandoverItem {
  return {
    objectId,
    requirementCode: code,
    status,
    reason,
    history: [{ status: 'overlamnad', by: OWNER, at: '2026-11-20T08:00:00Z', reason: '' }],
  };
}

async function setup(): Promise<TestServices> {
  const services = requirementServices();
  // Object 1 belongs to Barn- och utbildningsnämnden (3), object 2 to Norrköping Vatten och Avfall AB (6).
  services.classifications = new FakeClassificationRepository([
    objectWithProfile({ K: 2, R: 2, T: 2, S: 1 }, { name: 'Elevregister', ownerUnitId: '3' }),
    objectWithProfile({ K: 1, R: 3, T: 3, S: 2 }, { name: 'Driftövervakning SCADA', ownerUnitId: '6' }),
  ]);
  await services.handovers.create(item('1', 'TEK-01'));
  await services.handovers.create(item('1', 'TEK-04', 'accepterad'));
  await services.handovers.create(item('2', 'TEK-16'));
  await services.handovers.create(item('2', 'TEK-01', 'genomford'));
  return services;
}

function renderQueue(services: TestServices): void {
  render(<LisRoot services={services} locale="sv-SE" view="itQueue" />);
}

function table(): HTMLElement {
  return screen.getByRole('table', { name: 'Överlämnade krav' });
}

function rowFor(object: string, code: string): HTMLElement {
  const rows = within(table()).getAllByRole('row').filter((r) => within(r).queryByRole('rowheader', { name: object }) && r.textContent?.includes(code));
  if (rows.length !== 1) throw new Error(`expected one row for ${object} ${code}, found ${rows.length}`);
  return rows[0];
}

async function choose(user: User, label: string, option: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: new RegExp(`^${label}`) }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('IT queue (ItQueueView)', () => {
  it('lists every handed-over requirement with object, owner unit, requirement and status as text', async () => {
    const services = await setup();
    renderQueue(services);
    await screen.findByRole('heading', { level: 2, name: 'IT-överlämningar' });
    await screen.findByRole('table', { name: 'Överlämnade krav' });
    expect(screen.getByText('4 överlämnade krav')).toBeInTheDocument();
    const row = rowFor('Elevregister', 'TEK-01');
    expect(within(row).getByText('Barn- och utbildningsnämnden')).toBeInTheDocument();
    expect(within(row).getByText('TEK-01 Personliga användaridentiteter')).toBeInTheDocument();
    expect(within(row).getByText('Överlämnad')).toBeInTheDocument();
    expect(within(row).getByText(/Lena Ek$/)).toBeInTheDocument();
    // Only the allowed actions are offered.
    expect(within(row).getByRole('button', { name: 'Acceptera TEK-01 för Elevregister' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: /som genomförd/ })).not.toBeInTheDocument();
    const done = rowFor('Driftövervakning SCADA', 'TEK-01');
    expect(within(done).getByText('Genomförd')).toBeInTheDocument();
    expect(within(done).queryAllByRole('button')).toHaveLength(0);
  });

  it('filters by status and by owner unit', async () => {
    const user = userEvent.setup({ delay: null });
    const services = await setup();
    renderQueue(services);
    await screen.findByRole('table', { name: 'Överlämnade krav' });
    await choose(user, 'Status', 'Överlämnad');
    await screen.findByText('2 av 4 överlämnade krav');
    await choose(user, 'Ägande enhet', 'Norrköping Vatten och Avfall AB');
    await screen.findByText('1 av 4 överlämnade krav');
    expect(rowFor('Driftövervakning SCADA', 'TEK-16')).toBeInTheDocument();
  });

  it('accepts and then completes an item, recording who and when', async () => {
    const user = userEvent.setup({ delay: null });
    const services = await setup();
    renderQueue(services);
    await screen.findByRole('table', { name: 'Överlämnade krav' });
    await user.click(screen.getByRole('button', { name: 'Acceptera TEK-01 för Elevregister' }));
    await screen.findByText('TEK-01 är nu accepterad.');
    await user.click(await screen.findByRole('button', { name: 'Markera TEK-01 för Elevregister som genomförd' }));
    await screen.findByText('TEK-01 är nu genomförd.');
    const stored = (await storedHandovers(services)).find((i) => i.objectId === '1' && i.requirementCode === 'TEK-01');
    expect(stored?.status).toBe('genomford');
    expect(stored?.history.map((h) => [h.status, h.by.email, h.at])).toEqual([
      ['overlamnad', 'lena.ek@kommun.se', '2026-11-20T08:00:00Z'],
      ['accepterad', 'ivar.it@kommun.se', '2026-11-28T10:00:00.000Z'],
      ['genomford', 'ivar.it@kommun.se', '2026-11-28T10:00:00.000Z'],
    ]);
  });

  it('rejects only with a reason', async () => {
    const user = userEvent.setup({ delay: null });
    const services = await setup();
    renderQueue(services);
    await screen.findByRole('table', { name: 'Överlämnade krav' });
    await user.click(screen.getByRole('button', { name: 'Avvisa TEK-16 för Driftövervakning SCADA' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Avvisa kravet?' });
    await user.click(within(dialog).getByRole('button', { name: 'Avvisa' }));
    expect(await within(dialog).findByText('Fältet måste fyllas i.')).toBeInTheDocument();
    expect((await storedHandovers(services)).find((i) => i.requirementCode === 'TEK-16')?.status).toBe('overlamnad');

    await user.type(within(dialog).getByRole('textbox', { name: /Motivering/ }), 'Styrsystemet ägs av leverantören.');
    await user.click(within(dialog).getByRole('button', { name: 'Avvisa' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Avvisa kravet?' })).not.toBeInTheDocument());
    await screen.findByText('TEK-16 är nu avvisad.');
    const stored = (await storedHandovers(services)).find((i) => i.requirementCode === 'TEK-16');
    expect(stored).toMatchObject({ status: 'avvisad', reason: 'Styrsystemet ägs av leverantören.' });
    expect(within(rowFor('Driftövervakning SCADA', 'TEK-16')).getByText('Styrsystemet ägs av leverantören.')).toBeInTheDocument();
  });

  it('reports a conflict when someone else changed the item, and shows the stored state', async () => {
    const user = userEvent.setup({ delay: null });
    const services = await setup();
    renderQueue(services);
    await screen.findByRole('table', { name: 'Överlämnade krav' });
    const target = (await storedHandovers(services)).find((i) => i.objectId === '1' && i.requirementCode === 'TEK-04')!;
    // Meanwhile a colleague completed it.
    await services.handovers.update(target.id, target.etag, { ...target, status: 'genomford' });
    await user.click(screen.getByRole('button', { name: 'Markera TEK-04 för Elevregister som genomförd' }));
    expect(await screen.findByText(/Någon annan har ändrat detta/)).toBeInTheDocument();
    await waitFor(() => expect(within(rowFor('Elevregister', 'TEK-04')).getByText('Genomförd')).toBeInTheDocument());
    expect((await storedHandovers(services)).find((i) => i.id === target.id)?.history).toHaveLength(1);
  });
});
