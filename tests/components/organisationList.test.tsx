/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreUnavailableError } from '../../src/data/ports';
import { FakeOrgUnitRepository } from './fakeOrgUnitRepository';
import { demoRepository, renderOrganisation } from './renderView';

/** The names in the list's row headers, top to bottom. */
function listedNames(): string[] {
  const grid = screen.getByRole('grid', { name: 'Organisationsenheter' });
  return within(grid)
    .queryAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

function rowOf(name: string): HTMLElement {
  const grid = screen.getByRole('grid', { name: 'Organisationsenheter' });
  const row = within(grid).getByRole('rowheader', { name }).closest('[role="row"]');
  if (!row) throw new Error(`no row for ${name}`);
  return row as HTMLElement;
}

describe('organisation list', () => {
  it('lists active units sorted in Swedish order with their details and a count', async () => {
    renderOrganisation(demoRepository());
    expect(await screen.findByRole('heading', { level: 2, name: 'Organisation' })).toBeInTheDocument();
    await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
    expect(listedNames()).toEqual([
      'Barn- och utbildningsnämnden',
      'Kommunledningskontoret',
      'Kommunstyrelsen',
      'Kultur- och fritidsnämnden',
      'Norrköping Vatten och Avfall AB',
      'Utbildningskontoret',
      'Äldrenämnden',
    ]);
    expect(screen.getByText('7 av 8 enheter')).toBeInTheDocument();
    const ks = within(rowOf('Kommunledningskontoret'));
    expect(ks.getByText('Förvaltning')).toBeInTheDocument();
    expect(ks.getByText('Kommunstyrelsen')).toBeInTheDocument();
    expect(ks.getByText('Aktiv')).toBeInTheDocument();
    const top = within(rowOf('Kommunstyrelsen'));
    expect(top.getByText('Toppnivå')).toBeInTheDocument();
    expect(top.getByText('Anna Berg')).toHaveAttribute('title', 'Anna Berg <anna.berg@kommun.se>');
    expect(top.getByText('Per Holm')).toHaveAttribute('title', 'Per Holm <per.holm@kommun.se>');
    expect(within(rowOf('Äldrenämnden')).getAllByText('Ingen angiven')).toHaveLength(2);
  });

  it('filters by free text over names and people', async () => {
    const user = userEvent.setup({ delay: null });
    renderOrganisation(demoRepository());
    await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
    const search = screen.getByRole('searchbox', { name: 'Sök enheter' });
    await user.type(search, 'vatten');
    await waitFor(() => expect(listedNames()).toEqual(['Norrköping Vatten och Avfall AB']));
    expect(screen.getByText('1 av 8 enheter')).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'lena.ek@');
    await waitFor(() => expect(listedNames()).toEqual(['Barn- och utbildningsnämnden']));

    await user.clear(search);
    await user.type(search, 'finns inte alls');
    await waitFor(() => expect(listedNames()).toEqual([]));
    expect(screen.getByText('Inga enheter matchar sökningen.')).toBeInTheDocument();
  });

  it('filters by kind', async () => {
    const user = userEvent.setup({ delay: null });
    renderOrganisation(demoRepository());
    await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
    await user.click(screen.getByRole('combobox', { name: /^Typ/ }));
    await user.click(await screen.findByRole('option', { name: 'Bolag' }));
    await waitFor(() => expect(listedNames()).toEqual(['Norrköping Vatten och Avfall AB']));
  });

  it('hides inactive units until "Visa inaktiva" is switched on, and marks them with text', async () => {
    const user = userEvent.setup({ delay: null });
    renderOrganisation(demoRepository());
    await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
    expect(screen.queryByText('Gamla fritidsnämnden')).not.toBeInTheDocument();

    await user.click(screen.getByRole('switch', { name: 'Visa inaktiva' }));
    await screen.findByText('Gamla fritidsnämnden');
    expect(within(rowOf('Gamla fritidsnämnden')).getByText('Inaktiv')).toBeInTheDocument();
    expect(screen.getByText('8 enheter')).toBeInTheDocument();
  });

  it('"Uppdatera" fetches the register again and shows units others added', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
    await repo.create({ name: 'Överförmyndarnämnden', kind: 'namnd', parentId: null, representatives: [], securityContact: null, active: true });
    expect(screen.queryByRole('rowheader', { name: 'Överförmyndarnämnden' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Uppdatera' }));
    expect(await screen.findByRole('rowheader', { name: 'Överförmyndarnämnden' })).toBeInTheDocument();
    expect(listedNames()[listedNames().length - 1]).toBe('Överförmyndarnämnden');
    expect(screen.getByText('8 av 9 enheter')).toBeInTheDocument();
  });

  it('virtualises a register of 5 000 units: all counted and searchable, few rows in the DOM', async () => {
    const user = userEvent.setup({ delay: null });
    const drafts = Array.from({ length: 5000 }, (_v, i) => ({
      name: `Enhet ${String(i).padStart(4, '0')}`,
      kind: 'forvaltning' as const,
      parentId: null,
      representatives: [{ displayName: `Person ${i}`, email: `person${i}@kommun.se` }],
      securityContact: null,
      active: true,
    }));
    renderOrganisation(new FakeOrgUnitRepository(drafts));
    expect(await screen.findByText('5000 enheter')).toBeInTheDocument();
    const rendered = within(screen.getByRole('grid', { name: 'Organisationsenheter' })).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(1);
    expect(rendered).toBeLessThan(200);
    await user.type(screen.getByRole('searchbox', { name: 'Sök enheter' }), 'person4999@');
    await waitFor(() => expect(listedNames()).toEqual(['Enhet 4999']));
  });

  it('shows a spinner while loading', async () => {
    const repo = demoRepository();
    let open: () => void = () => undefined;
    repo.listGate = new Promise<void>((resolve) => {
      open = resolve;
    });
    renderOrganisation(repo);
    expect(await screen.findByText('Laddar organisationen…')).toBeInTheDocument();
    open();
    await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
    expect(screen.queryByText('Laddar organisationen…')).not.toBeInTheDocument();
  });

  it('shows an empty state for an empty register', async () => {
    renderOrganisation(new FakeOrgUnitRepository());
    expect(await screen.findByText(/Det finns inga enheter ännu/)).toBeInTheDocument();
    expect(screen.getByText('0 enheter')).toBeInTheDocument();
  });

  it('explains a load failure in Swedish and recovers on "Försök igen"', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    repo.listError = new StoreUnavailableError('503', 503);
    renderOrganisation(repo);
    expect(await screen.findByText('LIS kunde inte nå sin datalagring just nu. Försök igen om en stund.')).toBeInTheDocument();
    repo.listError = undefined;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
    expect(screen.queryByText(/kunde inte nå sin datalagring/)).not.toBeInTheDocument();
  });

  it('lists items the store could not read in a warning, and still shows the rest', async () => {
    const repo = demoRepository();
    repo.broken = [
      { id: '42', reasons: ['Namn saknas', 'Okänd typ "xyz"'] },
      { id: '<b>43</b>', reasons: ['Överordnad enhet är inte ett tal'] },
    ];
    renderOrganisation(repo);
    expect(await screen.findByText('2 poster i listan kunde inte läsas och visas inte:')).toBeInTheDocument();
    expect(screen.getByText('Post 42: Namn saknas; Okänd typ "xyz"')).toBeInTheDocument();
    // Data is shown as text, never as markup.
    expect(screen.getByText('Post <b>43</b>: Överordnad enhet är inte ett tal')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Kommunstyrelsen' })).toBeInTheDocument();
  });

  it('speaks English when the locale is en-US', async () => {
    renderOrganisation(demoRepository(), 'en-US');
    await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
    expect(screen.getByRole('heading', { level: 2, name: 'Organisation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New unit' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search units' })).toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Organisation units' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Name' })).toBeInTheDocument();
    expect(screen.getByText('7 of 8 units')).toBeInTheDocument();
    expect(screen.getAllByText('Committee (nämnd)')).toHaveLength(3);
  });
});
