/**
 * Risk analysis in the preview, in Swedish: create an analysis, score a risk on the matrix, plan an action, accept
 * the risk, and see the heat map change (and filter the risks by a cell).
 */
import type { Locator, Page } from 'playwright-core';
import { LIS_THEME_NAMES } from '../../src/ui/theme/themes';
import { STEP_TIMEOUT, axeViolations, chooseDropdownOption, openPreview, waitUntil } from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const { page } = usePreviewPage(async (p: Page) => {
  await openPreview(p, 'risk');
  await p.getByRole('grid', { name: 'Riskanalyser' }).getByRole('rowheader').first().waitFor({ timeout: STEP_TIMEOUT * 2 });
});

/** The inherent grid's cell for S3 Stor × K4 Allvarlig (the button's label says count and level in words). */
function inherentCell(count: string): Locator {
  return page()
    .getByRole('table', { name: 'Inneboende risk (före behandling)' })
    .getByRole('button', { name: `Sannolikhet 3 Stor, konsekvens 4 Allvarlig: nivå Hög, ${count}` });
}

/** Chooses a radio with the keyboard (focus, Space): the panel's footer may cover the lowest options. */
async function pick(radio: Locator): Promise<void> {
  await radio.focus();
  await page().keyboard.press('Space');
  expect(await radio.isChecked()).toBe(true);
}

describe('risk analysis (sv-SE)', () => {
  it('creates an analysis, scores a risk, plans an action, accepts the risk and sees the heat map change', async () => {
    const p = page();
    // The demo analyses are listed.
    await p.getByRole('rowheader', { name: 'Ransomware mot verksamhetssystemet för vård och omsorg' }).waitFor();

    await p.getByRole('button', { name: 'Ny riskanalys' }).click();
    let panel = p.getByRole('dialog', { name: 'Ny riskanalys' });
    await panel.getByRole('textbox', { name: /^Namn på analysen/ }).fill('Nätverksintrång i skolans system');
    await chooseDropdownOption(p, panel.getByRole('combobox', { name: /^Typ av analysobjekt/ }), 'System');
    await chooseDropdownOption(p, panel.getByRole('combobox', { name: /^Ägande enhet/ }), 'Kommunstyrelsen');
    await panel.getByRole('textbox', { name: 'Syfte' }).fill('Bedöma risken för intrång via fjärråtkomst');
    await panel.getByRole('button', { name: 'Spara analysen' }).click();

    const detail = p.getByRole('article', { name: 'Nätverksintrång i skolans system' });
    await detail.getByText('Status: Planerad · Riskmatris version 1').waitFor();
    await detail.getByText('Analysen har inga risker ännu. Välj ”Ny risk” för att identifiera den första.').waitFor();
    await inherentCell('0 risker').waitFor();

    // A risk worded in three parts and scored S3 × K4 = 12 Hög.
    await detail.getByRole('button', { name: 'Ny risk' }).click();
    panel = p.getByRole('dialog', { name: 'Ny risk' });
    await panel.getByRole('textbox', { name: /^På grund av \(orsak\)/ }).fill('ett oskyddat fjärrskrivbord');
    await panel.getByRole('textbox', { name: /^inträffar \(händelse\)/ }).fill('ett intrång i elevregistret');
    await panel.getByRole('textbox', { name: /^vilket leder till \(konsekvens\)/ }).fill('att elevers personuppgifter röjs');
    await panel.getByText('K – Konfidentialitet', { exact: true }).click();
    expect(await panel.getByRole('checkbox', { name: 'K – Konfidentialitet' }).isChecked()).toBe(true);
    await pick(panel.getByRole('radiogroup', { name: /^Sannolikhet \(S\)/ }).getByRole('radio', { name: /^3 – Stor/ }));
    await pick(panel.getByRole('radiogroup', { name: /^Konsekvens \(K\)/ }).getByRole('radio', { name: /^4 – Allvarlig/ }));
    await panel.getByText('Riskvärde 12: Hög').waitFor();
    await pick(panel.getByRole('radio', { name: /^Reducera/ }));
    await panel.getByRole('button', { name: 'Spara risken' }).click();

    panel = p.getByRole('dialog', { name: 'Risk 1' });
    await panel.getByText('Risken har lagts till.').waitFor();

    // An action against it.
    await panel.getByRole('button', { name: 'Ny åtgärd' }).click();
    const form = panel.getByRole('group', { name: 'Ny åtgärd' });
    await form.getByRole('textbox', { name: /^Beskrivning av åtgärden/ }).fill('Stäng fjärrskrivbordet mot internet och kräv VPN med flerfaktor');
    await chooseDropdownOption(p, form.getByRole('combobox', { name: /^Säkerhetsslag/ }), 'Teknisk');
    await form.getByRole('textbox', { name: 'Åtgärdsansvarig, namn' }).fill('Petra Holmgren');
    await form.getByRole('textbox', { name: 'Åtgärdsansvarig, e-post' }).fill('petra.holmgren@norrkoping.example');
    await form.getByLabel('Klart senast').fill('2027-03-31');
    await form.getByRole('textbox', { name: /^Krav i handlingsplanen/ }).fill('TEK-04');
    await form.getByRole('button', { name: 'Spara åtgärden' }).click();
    await panel.getByText('Åtgärd 1 har sparats.').waitFor();
    expect(await panel.getByRole('table', { name: 'Åtgärder för risken' }).innerText()).toContain('Petra Holmgren');

    // Accepting a Hög risk needs the nämnd: the risk owner is refused, the nämnd accepts.
    const acceptance = panel.getByRole('region', { name: 'Riskacceptans' });
    await acceptance.getByText('Får accepteras av: Nämnden, Kommunstyrelsen.').waitFor();
    await chooseDropdownOption(p, acceptance.getByRole('combobox', { name: /^Du accepterar i egenskap av/ }), 'Riskägaren');
    await acceptance.getByRole('button', { name: 'Acceptera risken' }).click();
    await acceptance.getByText('Risker på nivån Hög får bara accepteras av nämnden eller högre.').waitFor();
    await chooseDropdownOption(p, acceptance.getByRole('combobox', { name: /^Du accepterar i egenskap av/ }), 'Nämnden');
    await acceptance.getByRole('button', { name: 'Acceptera risken' }).click();
    await acceptance.getByText(/Accepterad av Samordnare Demo \(Nämnden\)/).waitFor();
    await panel.getByRole('button', { name: 'Stäng' }).first().click();
    await panel.waitFor({ state: 'detached' });

    // The heat map now counts the risk, and a click on its cell filters the risks.
    const risks = detail.getByRole('table', { name: 'Risker i analysen' });
    expect(await risks.innerText()).toContain(
      'På grund av ett oskyddat fjärrskrivbord inträffar ett intrång i elevregistret vilket leder till att elevers personuppgifter röjs',
    );
    expect(await risks.innerText()).toContain('12 Hög (S3 × K4)');
    expect(await risks.innerText()).toContain('Accepterad');
    await inherentCell('1 risk').click();
    expect(await inherentCell('1 risk').getAttribute('aria-pressed')).toBe('true');
    await detail.getByText('1 av 1 risker visas (filtrerat på en cell i riskkartan).').waitFor();
    await detail.getByRole('button', { name: 'Visa alla risker' }).click();
    expect(await inherentCell('1 risk').getAttribute('aria-pressed')).toBe('false');
  });

  it.each(LIS_THEME_NAMES.map((t) => [t]))('theme %s: a demo analysis, its risk panel and the matrix editor pass axe', async (themeId) => {
    const p = page();
    const select = p.locator('#lis-theme');
    await select.selectOption(themeId);
    await waitUntil(`theme ${themeId} is applied`, async () => (await select.inputValue()) === themeId);

    await p.getByRole('rowheader', { name: 'Ransomware mot verksamhetssystemet för vård och omsorg' }).dblclick();
    const detail = p.getByRole('article', { name: 'Ransomware mot verksamhetssystemet för vård och omsorg' });
    await detail.getByRole('table', { name: 'Risker i analysen' }).waitFor();
    await detail.getByRole('table', { name: 'Inneboende risk (före behandling)' }).waitFor();
    await p.waitForTimeout(400);
    expect({ state: 'analysis detail', violations: await axeViolations(p) }).toEqual({ state: 'analysis detail', violations: [] });

    await detail.getByRole('button', { name: 'Öppna risk 1' }).click();
    const panel = p.getByRole('dialog', { name: 'Risk 1' });
    await panel.getByRole('region', { name: 'Riskacceptans' }).waitFor();
    await panel.getByRole('textbox', { name: /^På grund av \(orsak\)/ }).fill('');
    await panel.getByRole('button', { name: 'Spara risken' }).click();
    await panel.getByText('Formuläret innehåller fel. Rätta de markerade fälten.').waitFor();
    await p.waitForTimeout(400);
    expect({ state: 'risk panel with errors', violations: await axeViolations(p) }).toEqual({ state: 'risk panel with errors', violations: [] });
    await panel.getByRole('button', { name: 'Stäng' }).first().click();
    await panel.waitFor({ state: 'detached' });

    await p.getByRole('button', { name: 'Tillbaka till listan' }).click();
    await p.getByRole('tab', { name: 'Riskmatris' }).click();
    await p.getByRole('button', { name: 'Spara som ny version' }).waitFor();
    await p.getByRole('textbox', { name: /^Benämning, sannolikhet 1/ }).fill('');
    await p.getByRole('button', { name: 'Spara som ny version' }).click();
    await p.getByText('Matrisen kan inte sparas:').waitFor();
    await p.waitForTimeout(400);
    expect({ state: 'matrix editor with errors', violations: await axeViolations(p) }).toEqual({ state: 'matrix editor with errors', violations: [] });
  });
});
