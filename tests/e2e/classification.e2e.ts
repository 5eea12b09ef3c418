/**
 * Informationsklassning in the preview, in Swedish: a new object walked through the wizard from draft to approval,
 * still approved after a reload, with its detail (profile, history, handlingsplan). Data lives in IndexedDB.
 */
import type { Locator } from 'playwright-core';
import { openPreview, registerGrid, reloadPreview, STEP_TIMEOUT, unitRow, waitUntil } from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const GRID = 'Klassningsobjekt';
const OBJECT = 'Bibliotekets lånesystem';

const { page } = usePreviewPage();

async function openClassification(): Promise<void> {
  await openPreview(page(), 'classification');
  await page().getByRole('heading', { level: 2, name: 'Informationsklassning' }).waitFor();
  await registerGrid(page(), GRID).getByRole('rowheader').first().waitFor({ timeout: STEP_TIMEOUT * 2 });
}

function wizard(): Locator {
  return page().getByRole('dialog', { name: 'Nytt klassningsobjekt' });
}

async function currentStep(): Promise<string> {
  return ((await wizard().locator('[aria-current="step"]').textContent()) ?? '').trim();
}

async function next(expected: string): Promise<void> {
  await wizard().getByRole('button', { name: 'Nästa' }).click();
  await waitUntil(`step "${expected}" is shown`, async () => (await currentStep()) === expected);
}

/** Picks a radio with the keyboard (focus + Space), as a keyboard user would; Fluent's labels cover the inputs. */
async function pick(radio: Locator): Promise<void> {
  await radio.focus();
  await page().keyboard.press('Space');
  await waitUntil('the radio is checked', () => radio.isChecked());
}

async function assess(category: string, option: string, motivering: string): Promise<void> {
  await pick(wizard().getByRole('radiogroup', { name: `${category}: nivå` }).getByRole('radio', { name: option }));
  await wizard().getByRole('textbox', { name: /^Motivering/ }).fill(motivering);
}

describe('informationsklassning (sv-SE)', () => {
  it('classifies a new object in the wizard, approves it, and still shows it approved after a reload', async () => {
    await openClassification();
    expect(await page().getAttribute('html', 'lang')).toBe('sv');

    await page().getByRole('button', { name: 'Nytt klassningsobjekt' }).click();
    await wizard().getByRole('heading', { name: 'Nytt klassningsobjekt' }).waitFor();
    expect(await currentStep()).toBe('Objektet');

    // Step 1: the object (validation first).
    await wizard().getByRole('button', { name: 'Nästa' }).click();
    await wizard().getByText('Formuläret innehåller fel. Rätta de markerade fälten.').waitFor();
    expect(await currentStep()).toBe('Objektet (innehåller fel)');
    await wizard().getByRole('textbox', { name: /^Namn/ }).fill(OBJECT);
    await wizard().getByRole('combobox', { name: /^Ägande enhet/ }).click();
    await page().getByRole('option', { name: 'Kommunstyrelsen', exact: true }).click();
    await wizard().getByRole('textbox', { name: /^Beskrivning/ }).fill('Lån, reservationer och låntagarregister');
    await next('Informationsmängder');

    // Step 2: one information set.
    await wizard().getByRole('button', { name: 'Lägg till informationsmängd' }).click();
    await wizard().getByRole('textbox', { name: /^Namn på informationsmängden/ }).fill('Låntagare');
    await pick(wizard().getByRole('radio', { name: 'Personuppgifter', exact: true }));
    await next('Låntagare: Konfidentialitet');

    // One step per aspect: the worst consequence suggests the level.
    await pick(wizard().getByRole('radiogroup', { name: 'Ekonomi: nivå' }).getByRole('radio', { name: '1 – Måttlig skada' }));
    await assess('Individ och personlig integritet', '2 – Betydande skada', 'Lånehistorik röjer personliga intressen');
    await wizard().getByText('Föreslagen nivå: 2 – Betydande skada').waitFor();
    await next('Låntagare: Riktighet');
    await assess('Verksamhet', '1 – Måttlig skada', 'Fel i lån rättas vid disken');
    await next('Låntagare: Tillgänglighet');
    await assess('Verksamhet', '1 – Måttlig skada', 'Utlåning kan ske manuellt några dagar');
    await next('Låntagare: Spårbarhet');
    await assess('Lagkrav och avtal', '2 – Betydande skada', 'Åtkomst till personuppgifter ska kunna följas upp');
    await next('Sammanfattning');
    await waitUntil('the summary shows the profile', async () => (await wizard().getByTestId('lis-cls-profile').textContent()) === 'K2-R1-T1-S2');

    await wizard().getByRole('button', { name: 'Spara och stäng' }).click();
    await wizard().waitFor({ state: 'detached' });

    // The detail of the draft opens; approve it.
    const detail = page().getByRole('article', { name: OBJECT });
    await detail.getByText('Utkast, version 1').waitFor();
    await detail.getByRole('button', { name: 'Fastställ klassningen' }).click();
    await detail.getByText(`”${OBJECT}” är fastställd.`).waitFor();
    await detail.getByText(/^Fastställd av Samordnare Demo /).waitFor();
    await detail.getByText('Version 1 är fastställd och kan inte ändras. Välj ”Ny version” för att göra ändringar.').waitFor();
    expect(await detail.getByRole('button', { name: 'Redigera i guiden' }).count()).toBe(0);

    // After a reload the object is still approved, in the list and in its detail.
    await reloadPreview(page());
    await registerGrid(page(), GRID).getByRole('rowheader').first().waitFor({ timeout: STEP_TIMEOUT * 2 });
    const row = unitRow(page(), OBJECT, GRID);
    await row.waitFor();
    expect(await row.getByText('K2-R1-T1-S2', { exact: true }).count()).toBe(1);
    expect(await row.getByText('Fastställd (v1)', { exact: true }).count()).toBe(1);
    await row.getByRole('rowheader').dblclick();
    const reopened = page().getByRole('article', { name: OBJECT });
    await reopened.getByText('Fastställd, version 1').waitFor();
    await reopened.getByText(/^Version 1, fastställd av Samordnare Demo/).waitFor();
    // The handlingsplan of the approved object.
    await reopened.getByRole('region', { name: 'Handlingsplan' }).waitFor();
  });

  it('opens a demo object with its profile drivers, history and handlingsplan', async () => {
    await openClassification();
    const names = (await registerGrid(page(), GRID).getByRole('rowheader').allInnerTexts()).map((n) => n.trim());
    expect(names.length).toBeGreaterThan(3);
    const approved = registerGrid(page(), GRID)
      .getByRole('row')
      .filter({ hasText: 'Fastställd (v' })
      .first();
    const name = ((await approved.getByRole('rowheader').innerText()) ?? '').trim();
    await approved.getByRole('rowheader').dblclick();
    const detail = page().getByRole('article', { name });
    await detail.getByRole('region', { name: 'Klassning' }).getByRole('table', { name: 'Objektets klassning' }).waitFor();
    await detail.getByRole('region', { name: 'Historik', exact: true }).getByText(/^Version \d+, fastställd av /).first().waitFor();
    await detail.getByRole('region', { name: 'Handlingsplan' }).waitFor();
    await detail.getByRole('button', { name: 'Tillbaka till listan' }).click();
    await registerGrid(page(), GRID).waitFor();
  });
});
