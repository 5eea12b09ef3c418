/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createAnalysis } from '../../src/app/risk';
import { analysisDraft, choose, openAnalysis, openRisk, renderRisk, riskServices, storedAnalysis, storedRisk, typeInto } from './riskFixtures';
import { assessedSet, draftObject } from './classificationFixtures';
import { FakeClassificationRepository } from './fakeClassificationRepository';

describe('risk view: analyses', () => {
  it('lists the analyses and filters them by unit and status', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    await storedAnalysis(services, 'Elevregistret', { ownerUnitId: '3', status: 'pagar' });
    await storedAnalysis(services, 'Vattenverkets styrsystem', { ownerUnitId: '6', status: 'planerad' });
    renderRisk(services);
    const grid = await screen.findByRole('grid', { name: 'Riskanalyser' });
    expect(await within(grid).findByRole('rowheader', { name: 'Elevregistret' })).toBeInTheDocument();
    expect(within(grid).getByRole('rowheader', { name: 'Vattenverkets styrsystem' })).toBeInTheDocument();
    expect(screen.getByText('2 riskanalyser')).toBeInTheDocument();

    await choose(user, screen.getByRole('combobox', { name: /^Ägande enhet/ }), 'Norrköping Vatten och Avfall AB');
    expect(await screen.findByText('1 av 2 riskanalyser')).toBeInTheDocument();
    expect(within(grid).queryByRole('rowheader', { name: 'Elevregistret' })).not.toBeInTheDocument();

    await choose(user, screen.getByRole('combobox', { name: /^Status/ }), 'Pågår');
    expect(await screen.findByText('0 av 2 riskanalyser')).toBeInTheDocument();
    expect(screen.getByText('Inga riskanalyser matchar filtren.')).toBeInTheDocument();
  });

  it('creates an analysis: errors next to the fields, then the detail with the matrix version', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    renderRisk(services);
    await screen.findByText('Det finns inga riskanalyser ännu. Välj ”Ny riskanalys” för att börja.');
    await user.click(screen.getByRole('button', { name: 'Ny riskanalys' }));
    const panel = (): HTMLElement => screen.getByRole('dialog', { name: 'Ny riskanalys' });
    await screen.findByRole('dialog', { name: 'Ny riskanalys' });

    // A klassningsobjekt analysis needs a name, an owner and the object itself.
    await user.click(within(panel()).getByRole('button', { name: 'Spara analysen' }));
    expect(await within(panel()).findByText('Formuläret innehåller fel. Rätta de markerade fälten.')).toBeInTheDocument();
    expect(within(panel()).getByRole('textbox', { name: /^Namn på analysen/ })).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(within(panel()).getByRole('textbox', { name: /^Namn på analysen/ })).toHaveFocus();
    expect(services.riskAnalyses.calls.create).toBe(0);

    await typeInto(user, within(panel()).getByRole('textbox', { name: /^Namn på analysen/ }), 'Ransomware mot elevregistret');
    await choose(user, within(panel()).getByRole('combobox', { name: /^Typ av analysobjekt/ }), 'System', 'Ny riskanalys');
    await choose(user, within(panel()).getByRole('combobox', { name: /^Ägande enhet/ }), 'Barn- och utbildningsnämnden', 'Ny riskanalys');
    await typeInto(user, within(panel()).getByRole('textbox', { name: 'Syfte' }), 'Bedöma hotet från utpressningsvirus');
    await user.click(within(panel()).getByRole('button', { name: 'Lägg till deltagare' }));
    await typeInto(user, within(panel()).getByRole('textbox', { name: 'Namn, deltagare 1' }), 'Lena Ek');
    await typeInto(user, within(panel()).getByRole('textbox', { name: 'E-post, deltagare 1' }), 'lena.ek@');
    await user.click(within(panel()).getByRole('button', { name: 'Spara analysen' }));
    expect(await within(panel()).findByRole('textbox', { name: 'E-post, deltagare 1' })).toHaveAccessibleDescription(
      'Ange en giltig e-postadress, t.ex. fornamn.efternamn@kommun.se.',
    );
    await typeInto(user, within(panel()).getByRole('textbox', { name: 'E-post, deltagare 1' }), 'Lena.Ek@kommun.se');
    await user.click(within(panel()).getByRole('button', { name: 'Spara analysen' }));

    const detail = await screen.findByRole('article', { name: 'Ransomware mot elevregistret' });
    expect(within(detail).getByText('Status: Planerad · Riskmatris version 1')).toBeInTheDocument();
    expect(within(detail).getByText('Lena Ek')).toBeInTheDocument();
    expect(await within(detail).findByText('Analysen har inga risker ännu. Välj ”Ny risk” för att identifiera den första.')).toBeInTheDocument();
    const stored = (await services.riskAnalyses.list()).items;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      name: 'Ransomware mot elevregistret',
      subjectKind: 'system',
      ownerUnitId: '3',
      participants: [{ displayName: 'Lena Ek', email: 'lena.ek@kommun.se' }],
      date: '2026-11-28',
      matrixVersion: 1,
    });
  });

  it('edits an analysis without touching its matrix version', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    const analysis = await storedAnalysis(services, 'Elevregistret');
    renderRisk(services);
    const detail = await openAnalysis(user, 'Elevregistret');
    await user.click(within(detail).getByRole('button', { name: 'Redigera analysen' }));
    const panel = await screen.findByRole('dialog', { name: 'Redigera riskanalys' });
    await choose(user, within(panel).getByRole('combobox', { name: /^Status/ }), 'Klar', 'Redigera riskanalys');
    await user.click(within(panel).getByRole('button', { name: 'Spara analysen' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Redigera riskanalys' })).not.toBeInTheDocument());
    expect(await screen.findByText('Status: Klar · Riskmatris version 1')).toBeInTheDocument();
    expect(await services.riskAnalyses.get(analysis.id)).toMatchObject({ status: 'klar', matrixVersion: 1 });
  });
});

describe('createAnalysis', () => {
  it('stores the default matrix as version 1 on a site without a matrix, and only then', async () => {
    const services = riskServices([]);
    await createAnalysis(services, analysisDraft('Första analysen'));
    const versions = (await services.riskMatrices.list()).items;
    expect(versions.map((v) => v.version)).toEqual([1]);
    expect(versions[0].createdBy).toEqual(services.currentUser);
    await createAnalysis(services, analysisDraft('Andra analysen'));
    expect((await services.riskMatrices.list()).items).toHaveLength(1);
    expect((await services.riskAnalyses.list()).items.map((a) => a.matrixVersion)).toEqual([1, 1]);
  });
});

describe('risk view: a linked classification object', () => {
  it('shows the object’s K-R-T-S profile beside the risks and offers its handlingsplan codes for actions', async () => {
    const user = userEvent.setup({ delay: null });
    const object = draftObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 3, R: 2, T: 2, S: 1 })]);
    const services = { ...riskServices(), classifications: new FakeClassificationRepository([object]) };
    const [stored] = (await services.classifications.list()).items;
    await services.actionPlans.savePlan(stored.id, {
      entries: [{ requirementCode: 'TEK-04', status: 'ejBedomd', reason: '', how: '', responsible: null, targetDate: null }],
      retired: [],
    });
    const analysis = await storedAnalysis(services, 'Elevregistret', { subjectKind: 'klassningsobjekt', classificationObjectId: stored.id });
    await storedRisk(services, analysis.id);
    renderRisk(services);
    const detail = await openAnalysis(user, 'Elevregistret');
    const box = within(detail).getByRole('region', { name: 'Klassning av analysobjektet' });
    expect(within(box).getByText('Elevregister är klassat K3-R2-T2-S1.')).toBeInTheDocument();
    expect(within(box).getByText('K – Konfidentialitet: 3 – Allvarlig skada')).toBeInTheDocument();

    const panel = await openRisk(user, detail, 1);
    await user.click(within(panel).getByRole('button', { name: 'Ny åtgärd' }));
    const codes = within(panel).getByRole('group', { name: 'Krav i det kopplade objektets handlingsplan' });
    await user.click(within(codes).getByRole('button', { name: 'TEK-04' }));
    expect(within(panel).getByRole('textbox', { name: /^Krav i handlingsplanen/ })).toHaveValue('TEK-04');
    expect(within(codes).getByRole('button', { name: 'TEK-04' })).toHaveAttribute('aria-pressed', 'true');
  });
});
