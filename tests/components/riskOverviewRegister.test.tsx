/** @jest-environment jsdom */
import './setup';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LisRoot } from '../../src/ui/LisRoot';
import { riskWorld, type RiskTestServices } from './riskOverviewFixtures';

type User = ReturnType<typeof userEvent.setup>;

async function renderRegister(services: RiskTestServices): Promise<void> {
  render(<LisRoot services={services} locale="sv-SE" view="riskRegister" />);
  await screen.findByRole('table', { name: 'Risker' });
}

function heatTable(caption: RegExp): HTMLElement {
  return screen.getByRole('table', { name: caption });
}

function cell(caption: RegExp, name: string): HTMLElement {
  return within(heatTable(caption)).getByRole('button', { name });
}

/** The events of the register's rows, in order. */
function events(): string[] {
  const table = screen.queryByRole('table', { name: 'Risker' });
  if (!table) return [];
  return within(table)
    .getAllByRole('rowheader')
    .map((h) => h.querySelector('span')?.textContent ?? '');
}

function rowFor(event: string): HTMLElement {
  const header = within(screen.getByRole('table', { name: 'Risker' })).getByRole('rowheader', { name: new RegExp(`^${event}`) });
  return header.closest('tr') as HTMLElement;
}

async function choose(user: User, label: string, option: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: new RegExp(`^${label}`) }));
  await user.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
}

const INHERENT = /^Inneboende risk/;
const RESIDUAL = /^Kvarstående risk/;

describe('risk register view (RiskRegisterView)', () => {
  it('shows inherent and residual heat maps side by side with counts, level text and full cell labels', async () => {
    const { services } = await riskWorld();
    await renderRegister(services);
    expect(screen.getByRole('heading', { level: 2, name: 'Riskregister' })).toBeInTheDocument();

    // Inherent: Krypterade journaler and Borttappad dator at S3 K4, Läckt säkerhetskopia at S4 K4, Pumpstopp at S1 K1.
    const high = cell(INHERENT, 'Sannolikhet 3 Stor, konsekvens 4 Allvarlig: nivå Hög, 2 risker');
    expect(high).toHaveTextContent('Hög 2');
    expect(high).toHaveAttribute('aria-pressed', 'false');
    expect(cell(INHERENT, 'Sannolikhet 4 Mycket stor, konsekvens 4 Allvarlig: nivå Extremt hög, 1 risk')).toHaveTextContent('Extremt hög 1');
    expect(cell(INHERENT, 'Sannolikhet 1 Mycket liten, konsekvens 1 Försumbar: nivå Låg, 1 risk')).toBeInTheDocument();
    expect(cell(INHERENT, 'Sannolikhet 2 Liten, konsekvens 4 Allvarlig: nivå Hög, 0 risker')).toHaveTextContent('Hög 0');
    expect(within(heatTable(INHERENT)).getAllByRole('button')).toHaveLength(16);
    expect(screen.getByText('1 risk saknar bedömning')).toBeInTheDocument();

    // Residual: Krypterade journaler at S2 K4 and Läckt säkerhetskopia at S1 K2; three risks have no residual.
    expect(cell(RESIDUAL, 'Sannolikhet 2 Liten, konsekvens 4 Allvarlig: nivå Hög, 1 risk')).toBeInTheDocument();
    expect(cell(RESIDUAL, 'Sannolikhet 1 Mycket liten, konsekvens 2 Måttlig: nivå Låg, 1 risk')).toBeInTheDocument();
    expect(cell(RESIDUAL, 'Sannolikhet 3 Stor, konsekvens 4 Allvarlig: nivå Hög, 0 risker')).toBeInTheDocument();
    expect(screen.getByText('3 risker saknar bedömning')).toBeInTheDocument();

    // Axis labels come from the matrix.
    expect(within(heatTable(INHERENT)).getByRole('rowheader', { name: /4 Mycket stor/ })).toBeInTheDocument();
    expect(within(heatTable(INHERENT)).getByRole('columnheader', { name: /4 Allvarlig/ })).toBeInTheDocument();
  });

  it('filters the register to a heat map cell chosen with the keyboard, and clears it again', async () => {
    const user = userEvent.setup({ delay: null });
    const { services } = await riskWorld();
    await renderRegister(services);
    expect(screen.getByText('5 risker')).toBeInTheDocument();

    const high = cell(INHERENT, 'Sannolikhet 3 Stor, konsekvens 4 Allvarlig: nivå Hög, 2 risker');
    high.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText('2 av 5 risker')).toBeInTheDocument();
    expect(events().sort()).toEqual(['Borttappad dator', 'Krypterade journaler']);
    expect(high).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Filtrerat på inneboende risk, sannolikhet 3 och konsekvens 4.')).toBeInTheDocument();

    // A residual cell replaces the selection.
    const low = cell(RESIDUAL, 'Sannolikhet 1 Mycket liten, konsekvens 2 Måttlig: nivå Låg, 1 risk');
    low.focus();
    await user.keyboard(' ');
    expect(events()).toEqual(['Läckt säkerhetskopia']);
    expect(high).toHaveAttribute('aria-pressed', 'false');
    expect(low).toHaveAttribute('aria-pressed', 'true');

    // Choosing the selected cell again shows every risk.
    await user.keyboard('{Enter}');
    expect(screen.getByText('5 risker')).toBeInTheDocument();
    expect(low).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows levels, treatment, actions and acceptance as text, highest current risk first', async () => {
    const { services } = await riskWorld();
    await renderRegister(services);
    // Current value: residual if assessed, else inherent: 12, 8, 2, 1, unassessed last.
    expect(events()).toEqual(['Borttappad dator', 'Krypterade journaler', 'Läckt säkerhetskopia', 'Pumpstopp', 'Obedömd risk']);
    const encrypted = rowFor('Krypterade journaler');
    expect(within(encrypted).getByText('På grund av en phishinglänk inträffar Krypterade journaler vilket leder till att vården inte når journalerna.')).toBeInTheDocument();
    expect(within(encrypted).getByText('Ransomware i journalsystemet')).toBeInTheDocument();
    expect(within(encrypted).getByText('Barn- och utbildningsnämnden')).toBeInTheDocument();
    expect(within(encrypted).getByText('12 Hög')).toBeInTheDocument();
    expect(within(encrypted).getByText('8 Hög')).toBeInTheDocument();
    expect(within(encrypted).getByText('Reducera')).toBeInTheDocument();
    expect(within(encrypted).getByText('2 åtgärder, varav 1 försenad')).toBeInTheDocument();
    expect(within(encrypted).getByText('Ej accepterad')).toBeInTheDocument();
    expect(within(rowFor('Läckt säkerhetskopia')).getByText('Acceptansen gäller inte längre: risken har ändrats')).toBeInTheDocument();
    const pump = rowFor('Pumpstopp');
    expect(within(pump).getByText('Accepterad till 2027-06-30')).toBeInTheDocument();
    expect(within(pump).getByText('Ingen riskägare')).toBeInTheDocument();
    expect(within(pump).getByText('1 åtgärd')).toBeInTheDocument();
    expect(within(rowFor('Obedömd risk')).getAllByText('Ej bedömd')).toHaveLength(2);
  });

  it('filters by level, owner, analysis status, overdue actions and unit (with the units under it)', async () => {
    const user = userEvent.setup({ delay: null });
    const { services } = await riskWorld();
    await renderRegister(services);

    await choose(user, 'Risknivå', 'Hög');
    expect(events()).toEqual(['Borttappad dator', 'Krypterade journaler']);
    await choose(user, 'Risknivå', 'Alla nivåer');

    await choose(user, 'Riskägare', 'Omar Said');
    expect(events()).toEqual(['Läckt säkerhetskopia']);
    await choose(user, 'Riskägare', 'Ingen riskägare');
    expect(events()).toEqual(['Pumpstopp', 'Obedömd risk']);
    await choose(user, 'Riskägare', 'Alla riskägare');

    await choose(user, 'Analysens status', 'Klar');
    expect(events()).toEqual(['Borttappad dator']);
    await choose(user, 'Analysens status', 'Alla statusar');

    await user.click(screen.getByRole('checkbox', { name: 'Bara risker med försenade åtgärder' }));
    expect(events()).toEqual(['Krypterade journaler']);
    await user.click(screen.getByRole('checkbox', { name: 'Bara risker med försenade åtgärder' }));
    expect(screen.getByText('5 risker')).toBeInTheDocument();

    // Per analysis.
    await choose(user, 'Riskanalys', 'Styrsystem vattenverket');
    expect(events()).toEqual(['Pumpstopp', 'Obedömd risk']);
    await choose(user, 'Riskanalys', 'Alla analyser');

    // A nämnd's register includes its förvaltning's analyses.
    await choose(user, 'Enhet', 'Barn- och utbildningsnämnden');
    expect(events()).toEqual(['Borttappad dator', 'Krypterade journaler', 'Läckt säkerhetskopia']);
    await choose(user, 'Enhet', 'Utbildningskontoret');
    expect(events()).toEqual(['Borttappad dator']);

    // The heat map follows the filters: only the water company's risks are counted.
    await choose(user, 'Enhet', 'Norrköping Vatten och Avfall AB');
    expect(events()).toEqual(['Pumpstopp', 'Obedömd risk']);
    expect(cell(INHERENT, 'Sannolikhet 3 Stor, konsekvens 4 Allvarlig: nivå Hög, 0 risker')).toBeInTheDocument();
    expect(cell(INHERENT, 'Sannolikhet 1 Mycket liten, konsekvens 1 Försumbar: nivå Låg, 1 risk')).toBeInTheDocument();

    // Filters combine.
    await choose(user, 'Riskägare', 'Lena Ek');
    expect(screen.getByText('Inga risker matchar filtren.')).toBeInTheDocument();
  });

  it('says so when there are no risks and no matrix', async () => {
    const { services } = await riskWorld();
    const empty: RiskTestServices = { ...services, ...(await import('./fakeRiskRepositories')).fakeRiskRepositories([]) };
    render(<LisRoot services={empty} locale="sv-SE" view="riskRegister" />);
    expect(await screen.findByText('Det finns inga risker ännu.')).toBeInTheDocument();
    expect(await screen.findByText(/Det finns ingen riskmatris ännu/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Värmekarta' })).not.toBeInTheDocument();
  });

  it('shows a load error with a retry', async () => {
    const { services } = await riskWorld();
    services.risks.listError = new Error('boom');
    render(<LisRoot services={services} locale="sv-SE" view="riskRegister" />);
    expect(await screen.findByText('Något gick fel. Försök igen.')).toBeInTheDocument();
    services.risks.listError = undefined;
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('table', { name: 'Risker' })).toBeInTheDocument();
  });
});
