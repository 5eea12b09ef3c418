/**
 * Requirements in the preview, in Swedish: an approved demo object's handlingsplan (statuses, ej tillämpligt with a
 * reason, handover to IT), the IT queue accepting a handed-over requirement, and a catalogue import that reports
 * every bad row without importing anything.
 */
import type { Locator } from 'playwright-core';
import { STEP_TIMEOUT, axeViolations, chooseDropdownOption, openPreview, registerGrid, waitUntil } from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const { page } = usePreviewPage();

const OBJECT = 'Elevregister (skoladministrativt system)';

/** Opens the classification view and the object's detail, and waits for its handlingsplan. */
async function openPlan(name: string): Promise<void> {
  await openPreview(page(), 'classification');
  const grid = registerGrid(page(), 'Klassningsobjekt');
  const header = grid.getByRole('rowheader', { name, exact: true });
  await header.waitFor({ state: 'visible', timeout: STEP_TIMEOUT * 2 });
  await header.dblclick();
  await page().getByRole('heading', { level: 4, name: 'Handlingsplan' }).waitFor();
  await page().getByRole('table', { name: 'Tekniska krav' }).waitFor();
}

function planRow(code: string): Locator {
  return page().getByRole('row').filter({ has: page().getByRole('rowheader', { name: new RegExp(`^${code} `) }) });
}

/** The codes of a kind's table, in order. */
async function codesIn(table: string): Promise<string[]> {
  const headers = await page().getByRole('table', { name: table }).getByRole('rowheader').allInnerTexts();
  return headers.map((h) => h.trim().split(' ')[0]);
}

describe('requirements (sv-SE)', () => {
  it('fills in a handlingsplan, hands technical requirements over, and IT accepts one', async () => {
    await openPlan(OBJECT);
    await page().getByText(/^Handlingsplanen bygger på profilen K\d-R\d-T\d-S\d\.$/).waitFor();
    const technical = await codesIn('Tekniska krav');
    const administrative = await codesIn('Administrativa krav');
    expect(technical.length).toBeGreaterThan(3);
    expect(administrative.length).toBeGreaterThan(3);

    // An assessment with how, responsible person and date.
    const first = technical[0];
    await page().getByRole('button', { name: `Redigera ${first}` }).click();
    let panel = page().getByRole('dialog');
    await panel.getByRole('radio', { name: 'Delvis uppfyllt' }).check();
    await panel.getByRole('textbox', { name: 'Hur uppfylls kravet?' }).fill('Kontona skapas automatiskt från HR-systemet.');
    await panel.getByRole('textbox', { name: 'Ansvarig, namn' }).fill('Petra Holmgren');
    await panel.getByRole('textbox', { name: 'Ansvarig, e-post' }).fill('petra.holmgren@norrkoping.example');
    await panel.getByLabel('Klart senast').fill('2027-03-31');
    await panel.getByRole('button', { name: 'Spara' }).click();
    await page().getByText(`${first} har sparats.`).waitFor();
    await planRow(first).getByText('Delvis uppfyllt').waitFor();
    expect(await planRow(first).innerText()).toContain('Petra Holmgren (petra.holmgren@norrkoping.example)');

    // Ej tillämpligt needs a reason.
    const second = administrative[0];
    await page().getByRole('button', { name: `Redigera ${second}` }).click();
    panel = page().getByRole('dialog');
    await panel.getByRole('radio', { name: 'Ej tillämpligt' }).check();
    await panel.getByRole('textbox', { name: /^Motivering/ }).fill('');
    await panel.getByRole('button', { name: 'Spara' }).click();
    await panel.getByText('Formuläret innehåller fel. Rätta de markerade fälten.').waitFor();
    await panel.getByText('Fältet måste fyllas i.').waitFor();
    await panel.getByRole('textbox', { name: /^Motivering/ }).fill('Hanteras av kommunens gemensamma rutin.');
    await panel.getByRole('button', { name: 'Spara' }).click();
    await page().getByText(`${second} har sparats.`).waitFor();
    await planRow(second).getByText('Ej tillämpligt').waitFor();

    // The entries survive a reload (stored in the browser).
    await page().reload();
    await page().waitForSelector('html[data-lis-preview="ready"]');
    await openPlan(OBJECT);
    await planRow(first).getByText('Delvis uppfyllt').waitFor();
    await planRow(second).getByText('Hanteras av kommunens gemensamma rutin.').waitFor();

    // Handover: the demo plan's technical requirements are with IT already, new ones would be added.
    await page().getByRole('button', { name: 'Lämna över tekniska krav till IT' }).click();
    await page().getByText(/tekniska krav har lämnats över till IT\.|Alla tekniska krav finns redan hos IT\./).waitFor();
    expect(await planRow(first).innerText()).toMatch(/Överlämnad|Accepterad|Genomförd|Avvisad/);

    // The IT queue shows the object's handed-over requirements; IT accepts one.
    await openPreview(page(), 'itQueue');
    await page().getByRole('heading', { level: 2, name: 'IT-överlämningar' }).waitFor();
    const queue = page().getByRole('table', { name: 'Överlämnade krav' });
    await queue.waitFor();
    await chooseDropdownOption(page(), page().getByRole('combobox', { name: /^Status/ }), 'Överlämnad');
    await waitUntil('the queue shows only handed-over items', async () => {
      const statuses = await queue.getByRole('row').allInnerTexts();
      return statuses.length > 1 && statuses.slice(1).every((r) => r.indexOf('Överlämnad') >= 0);
    });
    const accept = queue.getByRole('button', { name: new RegExp(`^Acceptera TEK-\\d+ för ${OBJECT.replace(/[()]/g, '\\$&')}$`) }).first();
    const label = (await accept.getAttribute('aria-label')) ?? '';
    const code = label.split(' ')[1];
    await accept.click();
    await page().getByText(`${code} är nu accepterad.`).waitFor();

    await chooseDropdownOption(page(), page().getByRole('combobox', { name: /^Status/ }), 'Accepterad');
    const acceptedRow = queue
      .getByRole('row')
      .filter({ has: page().getByRole('rowheader', { name: OBJECT, exact: true }) })
      .filter({ hasText: `${code} ` });
    await acceptedRow.first().getByText('Accepterad', { exact: true }).waitFor();

    // Back in the handlingsplan the IT status is shown.
    await openPlan(OBJECT);
    await planRow(code).getByText('Accepterad').waitFor();
  });

  it('reports every bad row of an imported catalogue CSV with its row number and imports nothing', async () => {
    await openPreview(page(), 'catalogue');
    await page().getByRole('heading', { level: 2, name: 'Kravkatalog' }).waitFor();
    const table = page().getByRole('table', { name: 'Krav i katalogen' });
    await table.waitFor();
    const before = await table.getByRole('rowheader').count();
    expect(before).toBeGreaterThanOrEqual(60);

    const csv = [
      'kod;titel;ar_krav;ska_krav;typ;aspekter;lagsta_niva;grundskydd;referens',
      'ADM-90;Rubrik;Är-text;Ska-text;administrativ;K;1;ja;Policy',
      'ADM-91;;Är-text;Ska-text;administrativ;K;1;ja;Policy',
      'ADM-92;Rubrik;Är-text;Ska-text;okänd;Q;7;ja;Policy',
    ].join('\r\n');
    await page().getByLabel('Importera (CSV eller Excel)').setInputFiles({ name: 'egen-katalog.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf-8') });
    await page().getByText('”egen-katalog.csv” importerades inte: 4 fel hittades.', { exact: false }).waitFor();
    const errors = page().getByRole('table', { name: 'Fel i importfilen' });
    const rows = (await errors.getByRole('row').allInnerTexts()).slice(1).map((r) => r.split('\t').map((c) => c.trim()));
    expect(rows).toEqual([
      ['3', 'titel', 'Fältet måste fyllas i.'],
      ['4', 'typ', 'Värdet ”okänd” är inte tillåtet.'],
      ['4', 'aspekter', 'Värdet ”Q” är inte tillåtet.'],
      ['4', 'lagsta_niva', 'Värdet ”7” är inte tillåtet.'],
    ]);
    expect(await page().getByRole('alertdialog').count()).toBe(0);
    expect(await table.getByRole('rowheader').count()).toBe(before);
  });

  it('exports the catalogue to Excel and imports that file back after confirmation; downloads a kravlista', async () => {
    await openPreview(page(), 'catalogue');
    const table = page().getByRole('table', { name: 'Krav i katalogen' });
    await table.waitFor();
    const before = await table.getByRole('rowheader').allInnerTexts();

    const [download] = await Promise.all([page().waitForEvent('download'), page().getByRole('button', { name: 'Exportera Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('Kravkatalog.xlsx');
    const file = await download.path();
    expect(file).toBeTruthy();
    // The saved download has no .xlsx name: the import recognises the workbook by its content.
    await page().getByLabel('Importera (CSV eller Excel)').setInputFiles(file as string);
    const dialog = page().getByRole('alertdialog', { name: 'Ersätta katalogen?' });
    await dialog.getByText(`innehåller ${before.length} giltiga krav`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Ersätt katalogen' }).click();
    await page().getByText(`Katalogen har ersatts med ${before.length} krav.`).waitFor();
    expect(await table.getByRole('rowheader').allInnerTexts()).toEqual(before);

    await openPlan(OBJECT);
    await page().getByRole('button', { name: 'Kravlista för upphandling' }).click();
    const list = page().getByRole('dialog', { name: /^Kravlista för upphandling/ });
    await list.getByRole('table').waitFor();
    const [kravlista] = await Promise.all([page().waitForEvent('download'), list.getByRole('button', { name: 'Ladda ned som Excel' }).click()]);
    expect(kravlista.suggestedFilename()).toBe(`Kravlista ${OBJECT}.xlsx`);
  });

  it.each([['sharepoint-light'], ['teams-dark'], ['teams-contrast']])(
    'axe finds nothing in the handlingsplan, its editor, the kravlista, the reject dialog and the import errors (%s)',
    async (theme) => {
      const settle = (): Promise<void> => page().waitForTimeout(400);
      const check = async (state: string): Promise<void> => {
        await settle();
        expect({ state, violations: await axeViolations(page()) }).toEqual({ state, violations: [] });
      };
      await openPreview(page(), 'classification');
      await page().locator('#lis-theme').selectOption(theme);
      await openPlan(OBJECT);
      await check('handlingsplan');

      const code = (await codesIn('Tekniska krav'))[0];
      await page().getByRole('button', { name: `Redigera ${code}` }).click();
      const panel = page().getByRole('dialog');
      await panel.getByRole('radio', { name: 'Ej tillämpligt' }).check();
      await panel.getByRole('textbox', { name: /^Motivering/ }).fill('');
      await panel.getByRole('button', { name: 'Spara' }).click();
      await panel.getByText('Fältet måste fyllas i.').waitFor();
      await check('entry editor with errors');
      await panel.getByRole('button', { name: 'Avbryt' }).click();
      await panel.waitFor({ state: 'detached' });

      await page().getByRole('button', { name: 'Kravlista för upphandling' }).click();
      const list = page().getByRole('dialog', { name: /^Kravlista för upphandling/ });
      await list.getByRole('table').waitFor();
      await check('kravlista');
      await list.getByRole('button', { name: 'Stäng' }).first().click();
      await list.waitFor({ state: 'detached' });

      await openPreview(page(), 'itQueue');
      const queue = page().getByRole('table', { name: 'Överlämnade krav' });
      await queue.waitFor();
      await queue.getByRole('button', { name: /^Avvisa / }).first().click();
      const dialog = page().getByRole('alertdialog', { name: 'Avvisa kravet?' });
      await dialog.getByRole('button', { name: 'Avvisa' }).click();
      await dialog.getByText('Fältet måste fyllas i.').waitFor();
      await check('reject dialog with error');
      await dialog.getByRole('button', { name: 'Avbryt' }).click();
      await dialog.waitFor({ state: 'detached' });

      await openPreview(page(), 'catalogue');
      await page().getByRole('table', { name: 'Krav i katalogen' }).waitFor();
      await page().getByLabel('Importera (CSV eller Excel)').setInputFiles({ name: 'fel.csv', mimeType: 'text/csv', buffer: Buffer.from('kod;titel\r\nA;B', 'utf-8') });
      await page().getByRole('table', { name: 'Fel i importfilen' }).waitFor();
      await check('import errors');
      await page().getByRole('button', { name: 'Krav ADM-01' }).click();
      await page().getByRole('dialog', { name: /^ADM-01 / }).getByText('SKA-krav (upphandling)').waitFor();
      await check('requirement detail');
    }
  );
});
