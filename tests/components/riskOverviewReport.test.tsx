/** @jest-environment jsdom */
import './setup';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StringsProvider, type Locale } from '../../src/ui/strings';
import { AnalysisReport } from '../../src/ui/risk/overview';
import { MATRIX, riskWorld, type RiskWorld } from './riskOverviewFixtures';

async function renderReport(world: RiskWorld, locale: Locale = 'sv-SE'): Promise<void> {
  const analysis = world.analyses.ransomware;
  const risks = (await world.services.risks.list({ analysisId: analysis.id })).items;
  const actions = (await world.services.riskActions.list({ analysisId: analysis.id })).items;
  render(
    <StringsProvider locale={locale}>
      <AnalysisReport analysis={analysis} matrix={MATRIX} risks={risks} actions={actions} unitName="Barn- och utbildningsnämnden" today="2026-11-28" />
    </StringsProvider>
  );
}

describe('printable analysis report (AnalysisReport)', () => {
  it('shows the analysis facts and the matrix version with its levels and acceptance rules', async () => {
    await renderReport(await riskWorld());
    const report = screen.getByRole('article', { name: 'Riskanalys: Ransomware i journalsystemet' });
    expect(within(report).getByRole('heading', { level: 2, name: 'Riskanalys: Ransomware i journalsystemet' })).toBeInTheDocument();
    expect(within(report).getByText('Syftet med Ransomware i journalsystemet')).toBeInTheDocument();
    expect(within(report).getByText('Barn- och utbildningsnämnden')).toBeInTheDocument();
    expect(within(report).getByText('Lena Ek, Omar Said')).toBeInTheDocument();
    expect(within(report).getByText('Pågår', { selector: 'dd' })).toBeInTheDocument();
    expect(within(report).getByText('2027-11-01')).toBeInTheDocument();
    expect(within(report).getByText('Riskmatris (MSB 4 × 4), version 1')).toBeInTheDocument();
    const levels = within(report).getByRole('table', { name: 'Risknivåer och acceptans' });
    const extreme = within(levels).getByRole('rowheader', { name: 'Extremt hög' }).closest('tr') as HTMLElement;
    expect(within(extreme).getByText('Extremt hög: 16')).toBeInTheDocument();
    expect(within(extreme).getByText('Nämnden. Kommunstyrelsen ska informeras')).toBeInTheDocument();
    expect(within(levels).getByText('Medelhög: 3–6')).toBeInTheDocument();
  });

  it('contains both heat maps as static grids with counts and level text', async () => {
    await renderReport(await riskWorld());
    const inherent = screen.getByRole('table', { name: /^Inneboende risk/ });
    const residual = screen.getByRole('table', { name: /^Kvarstående risk/ });
    // Static in the report: nothing to press, but the counts and levels are text.
    expect(within(inherent).queryAllByRole('button')).toHaveLength(0);
    const topRow = within(inherent).getByRole('rowheader', { name: /4 Mycket stor/ }).closest('tr') as HTMLElement;
    expect(within(topRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Medelhög 0', 'Hög 0', 'Hög 0', 'Extremt hög 1']);
    const row3 = within(inherent).getByRole('rowheader', { name: /3 Stor/ }).closest('tr') as HTMLElement;
    expect(within(row3).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Medelhög 0', 'Medelhög 0', 'Hög 0', 'Hög 1']);
    const row1 = within(residual).getByRole('rowheader', { name: /1 Mycket liten/ }).closest('tr') as HTMLElement;
    expect(within(row1).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Låg 0', 'Låg 1', 'Medelhög 0', 'Medelhög 0']);
  });

  it('lists every risk with its wording, scores, motivering, treatment and actions (overdue marked)', async () => {
    await renderReport(await riskWorld());
    expect(screen.getByRole('heading', { level: 4, name: 'Risk 1: Krypterade journaler' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Risk 2: Läckt säkerhetskopia' })).toBeInTheDocument();
    expect(screen.queryByText(/Borttappad dator/)).not.toBeInTheDocument();
    expect(
      screen.getByText('På grund av en phishinglänk inträffar Krypterade journaler vilket leder till att vården inte når journalerna.')
    ).toBeInTheDocument();
    expect(screen.getByText('Sannolikhet 3 × konsekvens 4 = 12, Hög. Motivering: Bedömt i workshop')).toBeInTheDocument();
    expect(screen.getByText('Sannolikhet 2 × konsekvens 4 = 8, Hög. Motivering: Efter återläsningsövning')).toBeInTheDocument();
    expect(screen.getByText('Sannolikhet 4 × konsekvens 4 = 16, Extremt hög. Motivering: Bedömt i workshop')).toBeInTheDocument();
    const actions = screen.getByRole('table', { name: 'Åtgärder: Krypterade journaler' });
    const drill = within(actions).getByRole('rowheader', { name: 'Öva återläsning' }).closest('tr') as HTMLElement;
    expect(within(drill).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Hanterande',
      'Teknisk',
      'Lena Ek',
      '2026-10-01 (Försenad)',
      'Pågår',
      'TEK-16',
    ]);
    const training = within(actions).getByRole('rowheader', { name: 'Utbilda i phishing' }).closest('tr') as HTMLElement;
    expect(within(training).getByText('2026-09-01')).toBeInTheDocument();
    expect(within(training).getByText('Klar')).toBeInTheDocument();
    expect(screen.getByText('Inga åtgärder planerade.')).toBeInTheDocument();
  });

  it('lists the acceptances with who, role, until when and whether they still hold', async () => {
    await renderReport(await riskWorld());
    const table = screen.getByRole('table', { name: 'Riskacceptanser' });
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual(['Läckt säkerhetskopia']);
    const row = rows[0].closest('tr') as HTMLElement;
    expect(within(row).getByText('Omar Said')).toBeInTheDocument();
    expect(within(row).getByText('Riskägaren')).toBeInTheDocument();
    expect(within(row).getByText('2027-06-30')).toBeInTheDocument();
    expect(within(row).getByText('Acceptansen gäller inte längre: risken har ändrats')).toBeInTheDocument();
  });

  it('prints from the print button and hides everything but the report when printing', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    try {
      await renderReport(await riskWorld());
      const button = screen.getByRole('button', { name: 'Skriv ut rapporten för Ransomware i journalsystemet' });
      expect(button).toHaveClass('lis-no-print');
      await userEvent.setup({ delay: null }).click(button);
      expect(print).toHaveBeenCalledTimes(1);
      const css = document.querySelector('.lis-analysis-report style')?.textContent ?? '';
      expect(css).toContain('@media print');
      expect(css).toContain('body *{visibility:hidden');
      expect(css).toContain('.lis-no-print{display:none');
    } finally {
      print.mockRestore();
    }
  });

  it('can sit one heading level lower inside a view section', async () => {
    const world = await riskWorld();
    const analysis = world.analyses.laptop;
    const risks = (await world.services.risks.list({ analysisId: analysis.id })).items;
    render(
      <StringsProvider locale="sv-SE">
        <AnalysisReport analysis={analysis} matrix={MATRIX} risks={risks} actions={[]} unitName="Utbildningskontoret" today="2026-11-28" headingLevel={3} />
      </StringsProvider>
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Riskanalys: Förlorad bärbar dator' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Risker' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 5, name: 'Risk 1: Borttappad dator' })).toBeInTheDocument();
    expect(screen.getByText('Inga risker är accepterade.')).toBeInTheDocument();
    expect(screen.getByText('Ej bedömd')).toBeInTheDocument();
  });

  it('follows the locale', async () => {
    await renderReport(await riskWorld(), 'en-US');
    expect(screen.getByRole('heading', { level: 2, name: 'Risk analysis: Ransomware i journalsystemet' })).toBeInTheDocument();
    expect(screen.getByText('Likelihood 3 × consequence 4 = 12, Hög. Rationale: Bedömt i workshop')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print the report for Ransomware i journalsystemet' })).toBeInTheDocument();
  });
});
