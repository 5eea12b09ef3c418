/** @jest-environment jsdom */
import './setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_MATRIX, acceptRisk } from '../../src/domain/risk';
import { withoutRiskStoreFields } from '../../src/app/risk';
import { assess, choose, LENA, openAnalysis, openRisk, renderRisk, riskServices, storedAnalysis, storedRisk, typeInto } from './riskFixtures';

describe('risk view: acceptance', () => {
  it('says who may accept the level, refuses a role below it, and records the acceptance', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    const analysis = await storedAnalysis(services, 'Elevregistret');
    // Inherent 16 Extremt hög; residual 3 × 3 = 9 Hög decides: the nämnd may accept.
    const risk = await storedRisk(services, analysis.id, { inherent: assess(4, 4), treatment: 'reducera', residual: assess(3, 3) });
    renderRisk(services);
    const detail = await openAnalysis(user, 'Elevregistret');
    const panel = await openRisk(user, detail, 1);
    const section = within(panel).getByRole('region', { name: 'Riskacceptans' });
    expect(within(section).getByText('Risknivå: Hög (kvarstående risk).')).toBeInTheDocument();
    expect(within(section).getByText('Får accepteras av: Nämnden, Kommunstyrelsen.')).toBeInTheDocument();
    expect(within(section).getByText('Risken är inte accepterad.')).toBeInTheDocument();

    await choose(user, within(section).getByRole('combobox', { name: /^Du accepterar i egenskap av/ }), 'Riskägaren', 'Risk 1');
    await user.click(within(screen.getByRole('dialog', { name: 'Risk 1' })).getByRole('button', { name: 'Acceptera risken' }));
    expect(
      await within(screen.getByRole('dialog', { name: 'Risk 1' })).findByRole('combobox', { name: /^Du accepterar i egenskap av/ }),
    ).toHaveAccessibleDescription('Risker på nivån Hög får bara accepteras av nämnden eller högre.');
    expect((await services.risks.get(risk.id)).acceptance).toBeNull();

    const dialog = (): HTMLElement => screen.getByRole('dialog', { name: 'Risk 1' });
    await choose(user, within(dialog()).getByRole('combobox', { name: /^Du accepterar i egenskap av/ }), 'Nämnden', 'Risk 1');
    await typeInto(user, within(dialog()).getByLabelText('Acceptansen gäller till och med'), '2027-06-30');
    await user.click(within(dialog()).getByRole('button', { name: 'Acceptera risken' }));
    expect(await within(dialog()).findByText(/^Accepterad av Sara Samordnare \(Nämnden\) .*\. Gäller till och med 2027-06-30\.$/)).toBeInTheDocument();
    const stored = await services.risks.get(risk.id);
    expect(stored.acceptance).toMatchObject({
      acceptedBy: { displayName: 'Sara Samordnare', email: 'sara.samordnare@kommun.se' },
      role: 'namnd',
      validUntil: '2027-06-30',
      snapshot: { event: 'skadlig kod krypterar servern', residual: { likelihood: 3, consequence: 3 } },
    });
    expect(within(dialog()).queryByRole('button', { name: 'Acceptera risken' })).not.toBeInTheDocument();
  });

  it('warns that a material change voids the acceptance, and shows it void with the reason after saving', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    const analysis = await storedAnalysis(services, 'Elevregistret');
    const plain = await storedRisk(services, analysis.id, { inherent: assess(1, 2), treatment: 'acceptera' });
    const accepted = acceptRisk(withoutRiskStoreFields(plain), DEFAULT_MATRIX, LENA, 'riskOwner', new Date('2026-11-01T10:00:00Z'), '2027-10-31');
    await services.risks.update(plain.id, plain.etag, accepted);
    renderRisk(services);
    const detail = await openAnalysis(user, 'Elevregistret');
    const table = await within(detail).findByRole('table', { name: 'Risker i analysen' });
    expect(within(table).getByText('Accepterad (2027-10-31)')).toBeInTheDocument();

    const panel = await openRisk(user, detail, 1);
    expect(within(panel).getByText(/^Accepterad av Lena Ek \(Riskägaren\)/)).toBeInTheDocument();
    // Wording of the motivering is not material; the event is.
    await typeInto(user, within(panel).getByRole('textbox', { name: /^inträffar \(händelse\)/ }), 'skadlig kod krypterar alla servrar');
    expect(await within(panel).findByText('Ändringen gör att acceptansen upphör att gälla (händelse har ändrats).')).toBeInTheDocument();
    expect(within(panel).getByText('Spara ändringarna i risken innan du hanterar åtgärder och acceptans.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Spara risken' }));

    expect(await within(panel).findByText(/^Risken har ändrats sedan den accepterades \(händelse\)\. Acceptansen gäller inte längre/)).toBeInTheDocument();
    expect(within(panel).getByText(/Tidigare accepterad av Lena Ek/)).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Acceptera risken' })).toBeEnabled();
    const stored = await services.risks.get(plain.id);
    expect(stored.event).toBe('skadlig kod krypterar alla servrar');
    expect(stored.acceptance?.snapshot.event).toBe('skadlig kod krypterar servern');
    await user.click(within(panel).getAllByRole('button', { name: 'Stäng' })[0]);
    expect(await within(table).findByText('Acceptansen gäller inte längre')).toBeInTheDocument();
  }, 60000);

  it('shows an expired acceptance as expired', async () => {
    const user = userEvent.setup({ delay: null });
    const services = riskServices();
    const analysis = await storedAnalysis(services, 'Elevregistret');
    const plain = await storedRisk(services, analysis.id, { inherent: assess(1, 1), treatment: 'acceptera' });
    const accepted = acceptRisk(withoutRiskStoreFields(plain), DEFAULT_MATRIX, LENA, 'riskOwner', new Date('2025-06-01T10:00:00Z'), '2026-06-30');
    await services.risks.update(plain.id, plain.etag, accepted);
    renderRisk(services);
    const detail = await openAnalysis(user, 'Elevregistret');
    const table = await within(detail).findByRole('table', { name: 'Risker i analysen' });
    expect(within(table).getByText('Acceptansen har gått ut')).toBeInTheDocument();
    const panel = await openRisk(user, detail, 1);
    expect(
      within(panel).getByText('Acceptansen gällde till och med 2026-06-30 och har gått ut. Risken behöver accepteras på nytt.'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Acceptera risken' })).toBeEnabled();
  });
});
