/** @jest-environment jsdom */
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDeniedError } from '../../../src/data/ports/errors';
import { openAnalysis, riskServices, storedAnalysis, storedRisk, assess } from '../riskFixtures';
import { riskWorld } from '../riskOverviewFixtures';
import { DENIED, NO_ROLE_TITLE, renderAs, ROLES } from './accessFixtures';

type RiskServices = ReturnType<typeof riskServices>;

/** One analysis of unit 3 (the unit editor's) and one of unit 6, each with one assessed risk. */
async function world(): Promise<RiskServices> {
  const services = riskServices();
  const own = await storedAnalysis(services, 'Elevregistret', { ownerUnitId: '3' });
  const other = await storedAnalysis(services, 'Vattenverket', { ownerUnitId: '6' });
  await storedRisk(services, own.id, { inherent: assess(2, 3) });
  await storedRisk(services, other.id, { inherent: assess(2, 3) });
  return services;
}

function commands(): HTMLElement {
  return screen.getByRole('group', { name: 'Åtgärder för riskanalyser' });
}

describe('Riskanalys follows the permissions', () => {
  it('gives the coordinator new, edit, new risk, open and the matrix editor', async () => {
    const user = userEvent.setup({ delay: null });
    renderAs(await world(), ROLES.coordinator, 'risk');
    const detail = await openAnalysis(user, 'Vattenverket');
    expect(within(detail).getByRole('button', { name: 'Redigera analysen' })).toBeInTheDocument();
    expect(await within(detail).findByRole('button', { name: 'Ny risk' })).toBeInTheDocument();
    expect(within(detail).getByRole('button', { name: 'Öppna risk 1' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Riskmatris' })).toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: /Tillbaka/ }));
    expect(within(commands()).getByRole('button', { name: 'Ny riskanalys' })).toBeInTheDocument();
  });

  it('lets a unit editor work only on their unit and never shows the matrix editor', async () => {
    const user = userEvent.setup({ delay: null });
    renderAs(await world(), ROLES.unitEditor, 'risk');
    const detail = await openAnalysis(user, 'Elevregistret');
    expect(within(detail).getByRole('button', { name: 'Redigera analysen' })).toBeInTheDocument();
    expect(await within(detail).findByRole('button', { name: 'Ny risk' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Riskmatris' })).not.toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: /Tillbaka/ }));
    expect(screen.queryByRole('rowheader', { name: 'Vattenverket' })).not.toBeInTheDocument();
    expect(within(commands()).getByRole('button', { name: 'Ny riskanalys' })).toBeInTheDocument();
  });

  it('shows a reader every analysis read-only', async () => {
    const user = userEvent.setup({ delay: null });
    renderAs(await world(), ROLES.reader, 'risk');
    const detail = await openAnalysis(user, 'Vattenverket');
    expect(within(detail).getByText(/Du kan läsa uppgifterna men inte ändra dem/)).toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: 'Redigera analysen' })).not.toBeInTheDocument();
    await within(detail).findByRole('region', { name: 'Risker' });
    expect(within(detail).queryByRole('button', { name: 'Ny risk' })).not.toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: 'Öppna risk 1' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Riskmatris' })).not.toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: /Tillbaka/ }));
    expect(within(commands()).queryByRole('button', { name: 'Ny riskanalys' })).not.toBeInTheDocument();
  });

  it('tells a person without a LIS role why they see nothing', async () => {
    renderAs(await world(), ROLES.noRole, 'risk');
    expect(await screen.findByText(NO_ROLE_TITLE)).toBeInTheDocument();
  });

  it('shows the 403 message when the analyses cannot be loaded', async () => {
    const services = await world();
    (services.riskAnalyses as unknown as { listError: unknown }).listError = new AccessDeniedError('403');
    renderAs(services, ROLES.unitEditor, 'risk');
    expect(await screen.findByText(DENIED, undefined, { timeout: 10000 })).toBeInTheDocument();
  });
});

describe('Riskregister follows the permissions', () => {
  async function events(): Promise<string[]> {
    const table = await screen.findByRole('table', { name: 'Risker' }, { timeout: 10000 });
    return within(table)
      .getAllByRole('rowheader')
      .map((h) => h.querySelector('span')?.textContent ?? '');
  }

  it('shows a reader the whole municipality', async () => {
    const { services } = await riskWorld();
    renderAs(services, ROLES.reader, 'riskRegister');
    await waitFor(async () => expect(await events()).toContain('Borttappad dator'));
    expect(await events()).toContain('Krypterade journaler');
  });

  it("shows a unit editor only their own unit's rows, and says so", async () => {
    const { services } = await riskWorld();
    renderAs(services, ROLES.unitEditor, 'riskRegister');
    expect(await screen.findByText(/Du ser din egen enhets rader/)).toBeInTheDocument();
    await waitFor(async () => expect(await events()).toContain('Krypterade journaler'));
    expect(await events()).not.toContain('Borttappad dator');
    expect(await events()).not.toContain('Pumpstopp');
  });

  it('tells a person without a LIS role why they see nothing', async () => {
    const { services } = await riskWorld();
    renderAs(services, ROLES.noRole, 'riskRegister');
    expect(await screen.findByText(NO_ROLE_TITLE)).toBeInTheDocument();
  });
});
