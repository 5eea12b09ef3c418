/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_MATRIX, type RiskMatrix } from '../../src/domain/risk';
import { assess, openAnalysis, openRisk, renderRisk, riskServices, storedAnalysis, storedRisk, typeInto } from './riskFixtures';

const NEW_RISK = 'Ny risk';

/** Version 2: a 3×3 matrix with other labels (Låg 1–2, Medel 3–4, Hög 6–9). */
const MATRIX_V2: RiskMatrix = {
  ...DEFAULT_MATRIX,
  version: 2,
  name: 'Riskmatris 3 × 3',
  likelihood: [
    { value: 1, label: 'Osannolik', description: 'Sällan' },
    { value: 2, label: 'Möjlig', description: 'Ibland' },
    { value: 3, label: 'Trolig', description: 'Ofta' },
  ],
  consequence: [
    { value: 1, label: 'Liten', description: 'Liten skada' },
    { value: 2, label: 'Märkbar', description: 'Märkbar skada' },
    { value: 3, label: 'Svår', description: 'Svår skada' },
  ],
  levels: [
    { ...DEFAULT_MATRIX.levels[0], min: 1, max: 2 },
    { ...DEFAULT_MATRIX.levels[1], key: 'medel', label: 'Medel', min: 3, max: 4 },
    { ...DEFAULT_MATRIX.levels[2], min: 6, max: 9 },
  ],
  createdAt: '2026-11-20T10:00:00.000Z',
};

describe('risk view: the risk editor', () => {
  it('adds a risk with the three-part wording, S and K from the matrix, and shows value and level in words', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    const analysis = await storedAnalysis(services, 'Elevregistret');
    renderRisk(services);
    const detail = await openAnalysis(user, 'Elevregistret');
    await user.click(await within(detail).findByRole('button', { name: 'Ny risk' }));
    const panel = (): HTMLElement => screen.getByRole('dialog', { name: NEW_RISK });
    await screen.findByRole('dialog', { name: NEW_RISK });

    // Empty: the three parts are required, next to each field; nothing is stored.
    await user.click(within(panel()).getByRole('button', { name: 'Spara risken' }));
    expect(await within(panel()).findByText('Formuläret innehåller fel. Rätta de markerade fälten.')).toBeInTheDocument();
    for (const name of [/^På grund av \(orsak\)/, /^inträffar \(händelse\)/, /^vilket leder till \(konsekvens\)/]) {
      expect(within(panel()).getByRole('textbox', { name })).toHaveAccessibleDescription('Fältet måste fyllas i.');
    }
    expect(within(panel()).getByRole('textbox', { name: /^På grund av \(orsak\)/ })).toHaveFocus();
    expect(services.risks.calls.create).toBe(0);

    await typeInto(user, within(panel()).getByRole('textbox', { name: /^På grund av \(orsak\)/ }), 'en phishinglänk');
    await typeInto(user, within(panel()).getByRole('textbox', { name: /^inträffar \(händelse\)/ }), 'skadlig kod krypterar servern');
    await typeInto(user, within(panel()).getByRole('textbox', { name: /^vilket leder till \(konsekvens\)/ }), 'att skolorna inte når elevuppgifterna');
    expect(
      within(panel()).getByText('På grund av en phishinglänk inträffar skadlig kod krypterar servern vilket leder till att skolorna inte når elevuppgifterna'),
    ).toBeInTheDocument();
    await user.click(within(panel()).getByRole('checkbox', { name: 'T – Tillgänglighet' }));

    // S and K are the matrix' own scale: labels and descriptions.
    const likelihood = within(panel()).getAllByRole('radiogroup', { name: /^Sannolikhet \(S\)/ })[0];
    expect(within(likelihood).getAllByRole('radio').map((r) => r.getAttribute('aria-label') ?? r.closest('div')?.textContent)).toHaveLength(4);
    expect(within(likelihood).getByText('Kan inträffa någon gång per år.')).toBeInTheDocument();
    await user.click(within(likelihood).getByRole('radio', { name: /^3 – Stor/ }));
    const consequence = within(panel()).getAllByRole('radiogroup', { name: /^Konsekvens \(K\)/ })[0];
    await user.click(within(consequence).getByRole('radio', { name: /^4 – Allvarlig/ }));
    expect(within(panel()).getByText('Riskvärde 12: Hög')).toBeInTheDocument();
    await user.click(within(panel()).getByRole('radio', { name: /^Reducera/ }));

    // A residual assessment that is started must be completed.
    await user.click(within(panel()).getByRole('button', { name: 'Värdera kvarstående risk' }));
    await user.click(within(panel()).getByRole('button', { name: 'Spara risken' }));
    const residualS = within(panel()).getAllByRole('radiogroup', { name: /^Sannolikhet \(S\)/ })[1];
    expect(await within(residualS).findByRole('radio', { name: /^1 – Mycket liten/ })).toHaveAccessibleDescription('Välj ett värde mellan 1 och 4.');
    await user.click(within(residualS).getByRole('radio', { name: /^2 – Liten/ }));
    const residualK = within(panel()).getAllByRole('radiogroup', { name: /^Konsekvens \(K\)/ })[1];
    await user.click(within(residualK).getByRole('radio', { name: /^3 – Betydande/ }));
    await user.click(within(panel()).getByRole('button', { name: 'Spara risken' }));

    const saved = await screen.findByRole('dialog', { name: 'Risk 1' });
    expect(await within(saved).findByText('Risken har lagts till.')).toBeInTheDocument();
    const stored = (await services.risks.list({ analysisId: analysis.id })).items;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      cause: 'en phishinglänk',
      event: 'skadlig kod krypterar servern',
      aspects: ['T'],
      inherent: { likelihood: 3, consequence: 4 },
      treatment: 'reducera',
      residual: { likelihood: 2, consequence: 3 },
    });

    await user.click(within(saved).getAllByRole('button', { name: 'Stäng' })[0]);
    const table = await within(detail).findByRole('table', { name: 'Risker i analysen' });
    const row = within(table).getAllByRole('row')[1];
    expect(within(row).getByText('12 Hög (S3 × K4)')).toBeInTheDocument();
    expect(within(row).getByText('6 Medelhög (S2 × K3)')).toBeInTheDocument();
    expect(within(row).getByText('Reducera')).toBeInTheDocument();
    expect(within(row).getByText('Ej accepterad')).toBeInTheDocument();
    // Many fields are typed into under jsdom: a generous budget.
  }, 60000);

  it('scores with the analysis’ own matrix version and rescores only when asked', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices([DEFAULT_MATRIX, MATRIX_V2]);
    const analysis = await storedAnalysis(services, 'Elevregistret');
    const risk = await storedRisk(services, analysis.id, { inherent: assess(4, 4) });
    renderRisk(services);
    const detail = await openAnalysis(user, 'Elevregistret');
    expect(await within(detail).findByText(/Analysen värderades med riskmatrisens version 1\. Senaste versionen är 2\./)).toBeInTheDocument();
    expect(await within(detail).findByText('16 Extremt hög (S4 × K4)')).toBeInTheDocument();

    // The editor offers version 1's scale, not version 2's.
    const panel = await openRisk(user, detail, 1);
    const likelihood = within(panel).getAllByRole('radiogroup', { name: /^Sannolikhet \(S\)/ })[0];
    expect(within(likelihood).getByRole('radio', { name: /^4 – Mycket stor/ })).toBeChecked();
    expect(within(likelihood).queryByRole('radio', { name: /^3 – Trolig/ })).not.toBeInTheDocument();
    await user.click(within(panel).getAllByRole('button', { name: 'Stäng' })[0]);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Risk 1' })).not.toBeInTheDocument());
    expect(services.risks.calls.update).toBe(0);

    await user.click(within(detail).getByRole('button', { name: 'Räkna om med senaste matrisen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Räkna om analysen?' });
    expect(within(dialog).getByText(/1 värdering ändras/)).toBeInTheDocument();
    expect(within(dialog).getByText('Risk 1, inneboende risk: 16 Extremt hög (S4 × K4) → 9 Hög (S3 × K3)')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Räkna om' }));

    expect(await screen.findByText('Analysen är omräknad till riskmatrisens version 2. 1 värdering ändrades.')).toBeInTheDocument();
    expect(await screen.findByText('9 Hög (S3 × K3)')).toBeInTheDocument();
    expect(await services.risks.get(risk.id)).toMatchObject({ inherent: { likelihood: 3, consequence: 3 } });
    expect(await services.riskAnalyses.get(analysis.id)).toMatchObject({ matrixVersion: 2 });
    expect(screen.queryByRole('button', { name: 'Räkna om med senaste matrisen' })).not.toBeInTheDocument();
  });

  it('plans actions linked to handlingsplan codes and says which are overdue', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    const analysis = await storedAnalysis(services, 'Elevregistret');
    const risk = await storedRisk(services, analysis.id, { treatment: 'reducera' });
    await services.riskActions.create({
      riskId: risk.id,
      description: 'Återläsningsövning',
      kind: 'hanterande',
      securityKind: 'teknisk',
      responsible: null,
      targetDate: '2026-10-01',
      status: 'pagar',
      requirementCodes: [],
    });
    renderRisk(services);
    const detail = await openAnalysis(user, 'Elevregistret');
    expect(await within(detail).findByText('0 av 1 klara, 1 försenade')).toBeInTheDocument();
    const panel = await openRisk(user, detail, 1);
    const actions = within(panel).getByRole('table', { name: 'Åtgärder för risken' });
    expect(within(actions).getByText('Försenad')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Ny åtgärd' }));
    const form = within(panel).getByRole('group', { name: 'Ny åtgärd' });
    await user.click(within(form).getByRole('button', { name: 'Spara åtgärden' }));
    expect(await within(form).findByRole('textbox', { name: /^Beskrivning av åtgärden/ })).toHaveAccessibleDescription('Fältet måste fyllas i.');

    await typeInto(user, within(form).getByRole('textbox', { name: /^Beskrivning av åtgärden/ }), 'Inför flerfaktorsautentisering');
    await typeInto(user, within(form).getByRole('textbox', { name: 'Åtgärdsansvarig, namn' }), 'Ivar IT');
    await typeInto(user, within(form).getByRole('textbox', { name: 'Åtgärdsansvarig, e-post' }), 'ivar.it@kommun.se');
    await typeInto(user, within(form).getByLabelText('Klart senast'), '2027-03-31');
    await typeInto(user, within(form).getByRole('textbox', { name: /^Krav i handlingsplanen/ }), 'TEK-04, ogiltig kod!');
    await user.click(within(form).getByRole('button', { name: 'Spara åtgärden' }));
    expect(await within(form).findByRole('textbox', { name: /^Krav i handlingsplanen/ })).toHaveAccessibleDescription(/Koden får innehålla bokstäver/);
    await typeInto(user, within(form).getByRole('textbox', { name: /^Krav i handlingsplanen/ }), 'TEK-04, adm-01');
    await user.click(within(form).getByRole('button', { name: 'Spara åtgärden' }));

    expect(await within(panel).findByText('Åtgärd 2 har sparats.')).toBeInTheDocument();
    const stored = (await services.riskActions.list({ riskId: risk.id })).items;
    expect(stored[1]).toMatchObject({
      description: 'Inför flerfaktorsautentisering',
      kind: 'forebyggande',
      responsible: { displayName: 'Ivar IT', email: 'ivar.it@kommun.se' },
      targetDate: '2027-03-31',
      status: 'ejPaborjad',
      requirementCodes: ['TEK-04', 'ADM-01'],
    });
    expect(within(within(panel).getByRole('table', { name: 'Åtgärder för risken' })).getByText('TEK-04, ADM-01')).toBeInTheDocument();
  });
});
