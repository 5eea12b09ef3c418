/** @jest-environment jsdom */
import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRisk, riskServices, storedAnalysis, typeInto, type User } from './riskFixtures';

async function openMatrix(user: User): Promise<void> {
  await user.click(await screen.findByRole('tab', { name: 'Riskmatris' }, { timeout: 10000 }));
  await screen.findByText(/^Gällande: version 1, ”Riskmatris \(MSB 4 × 4\)”/);
}

describe('risk view: the matrix editor', () => {
  it('shows errors next to the fields and saves nothing while the matrix is invalid', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    renderRisk(services);
    await openMatrix(user);

    await user.clear(screen.getByRole('textbox', { name: /^Benämning, sannolikhet 1/ }));
    await typeInto(user, screen.getByRole('spinbutton', { name: /^Till riskvärde, risknivå 2/ }), '5');
    await typeInto(user, screen.getByRole('textbox', { name: 'Textfärg, risknivå 2' }), '#FFFF00');
    await user.click(screen.getByRole('button', { name: 'Spara som ny version' }));

    expect(await screen.findByText('Matrisen kan inte sparas:')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Benämning, sannolikhet 1/ })).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(screen.getByRole('textbox', { name: /^Benämning, sannolikhet 1/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Textfärg, risknivå 2' })).toHaveAccessibleDescription(
      /^Texten syns för dåligt mot bakgrunden \(kontrast 1\.\d\d:1, minst 4\.5:1 krävs\)\.$/,
    );
    expect(screen.getAllByText('Riskvärdet 6 hör inte till någon nivå.').length).toBeGreaterThan(0);
    // The preview says which products fall in no level.
    expect(screen.getAllByText('6 ?').length).toBe(2);
    expect((await services.riskMatrices.list()).items).toHaveLength(1);
  }, 60000);

  it('saves the edit as a new version and leaves existing analyses on theirs', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    const analysis = await storedAnalysis(services, 'Elevregistret');
    renderRisk(services);
    await openMatrix(user);

    // A five-step likelihood scale: the new products (5, 10, 15, 20) need levels.
    await user.click(screen.getByRole('combobox', { name: /^Antal nivåer: Sannolikhetsskala/ }));
    await user.click(await screen.findByRole('option', { name: '5' }));
    await typeInto(user, await screen.findByRole('textbox', { name: /^Benämning, sannolikhet 5/ }), 'Nästan säker');
    await typeInto(user, screen.getByRole('spinbutton', { name: /^Till riskvärde, risknivå 3/ }), '15');
    await typeInto(user, screen.getByRole('spinbutton', { name: /^Till riskvärde, risknivå 4/ }), '20');
    await user.click(screen.getByRole('button', { name: 'Spara som ny version' }));
    expect(await screen.findByText(/^Riskmatrisen har sparats som version 2\./)).toBeInTheDocument();

    const versions = (await services.riskMatrices.list()).items;
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[1].likelihood).toHaveLength(5);
    expect(versions[1].likelihood[4]).toMatchObject({ value: 5, label: 'Nästan säker' });
    expect(versions[1].createdBy).toEqual({ displayName: 'Sara Samordnare', email: 'sara.samordnare@kommun.se' });
    expect(versions[0].likelihood).toHaveLength(4);
    expect(await services.riskAnalyses.get(analysis.id)).toMatchObject({ matrixVersion: 1 });
    expect(screen.getByText(/^Gällande: version 2/)).toBeInTheDocument();
    const preview = screen.getByRole('table', { name: 'Risknivå per kombination av sannolikhet och konsekvens' });
    expect(within(preview).getByText('20 Extremt hög')).toBeInTheDocument();
  }, 60000);
});
