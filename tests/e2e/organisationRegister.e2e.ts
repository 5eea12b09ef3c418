/**
 * The organisation register in the preview, in Swedish: list, search, create, validate, edit, deactivate; data
 * persists in the browser's IndexedDB across reloads.
 */
import type { Locator } from 'playwright-core';
import {
  chooseDropdownOption,
  descriptionOf,
  listedUnitNames,
  openOrganisation,
  registerGrid,
  reloadPreview,
  selectUnit,
  unitRow,
  waitUntil,
} from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const { page, context } = usePreviewPage(openOrganisation);

/** The name field's label carries a required marker ("Namn *"). */
const NAME_FIELD = /^Namn( \*)?$/;

function panel(title: string = 'Ny enhet'): Locator {
  return page().getByRole('dialog', { name: title });
}

describe('organisation register (sv-SE)', () => {
  it('lists the demo units in Swedish and narrows the list when searching', async () => {
    expect(await page().getAttribute('html', 'lang')).toBe('sv');
    await page().getByRole('heading', { level: 2, name: 'Organisation' }).waitFor();
    const all = await listedUnitNames(page());
    expect(all).toEqual(expect.arrayContaining(['Kommunstyrelsen', 'Socialnämnden', 'Norrköpings Energi AB']));
    // Inactive units are hidden by default.
    expect(all).not.toContain('Äldrenämnden');
    expect(await unitRow(page(), 'Norrköpings Energi AB').getByText('Bolag', { exact: true }).count()).toBe(1);

    await page().getByRole('searchbox', { name: 'Sök enheter' }).fill('energi');
    await waitUntil('the list is filtered', async () => (await listedUnitNames(page())).length < all.length);
    const found = await listedUnitNames(page());
    expect(found.sort()).toEqual(['Norrköpings Energi AB', 'Styrelsen för Norrköpings Energi AB']);
    expect(await page().getByRole('status').filter({ hasText: 'av' }).first().innerText()).toMatch(/^2 av \d+ enheter/);
  });

  it('creates a unit with a parent and a representative, and keeps it after a reload', async () => {
    await page().getByRole('button', { name: 'Ny enhet' }).click();
    const form = panel();
    await form.getByRole('textbox', { name: NAME_FIELD }).fill('Familjerättsenheten');
    await chooseDropdownOption(page(), form.getByRole('combobox', { name: /^Typ/ }), 'Förvaltning');
    await form.getByRole('combobox', { name: 'Överordnad enhet' }).click();
    await page().getByRole('option', { name: 'Socialnämnden › Socialkontoret', exact: true }).click();
    // A new unit's form starts with one empty representative row.
    await form.getByRole('textbox', { name: 'Namn, företrädare 1' }).fill('Greta Familj');
    await form.getByRole('textbox', { name: 'E-post, företrädare 1' }).fill('greta.familj@norrkoping.example');
    await form.getByRole('button', { name: 'Spara' }).click();

    await form.waitFor({ state: 'detached' });
    await page().getByText('”Familjerättsenheten” har sparats.').waitFor();
    const row = unitRow(page(), 'Familjerättsenheten');
    await row.waitFor();
    expect(await row.innerText()).toContain('Socialkontoret');
    expect(await row.innerText()).toContain('Greta Familj');

    await reloadPreview(page());
    await unitRow(page(), 'Kommunstyrelsen').waitFor();
    const persisted = unitRow(page(), 'Familjerättsenheten');
    await persisted.waitFor();
    expect(await persisted.innerText()).toContain('Förvaltning');
    expect(await persisted.innerText()).toContain('Greta Familj');
  });

  it('shows Swedish validation messages next to the fields and keeps what was typed', async () => {
    await page().getByRole('button', { name: 'Ny enhet' }).click();
    const form = panel();
    const name = form.getByRole('textbox', { name: NAME_FIELD });

    // Required name.
    await form.getByRole('button', { name: 'Spara' }).click();
    await waitUntil('the name error is shown', async () => (await descriptionOf(name)).includes('Fältet måste fyllas i.'));
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await form.getByText('Formuläret innehåller fel. Rätta de markerade fälten.').waitFor();

    // Duplicate name (among active units, case-insensitive) and an invalid e-mail address in one go.
    await name.fill('kommunstyrelsen');
    // Saving dropped the blank representative row the form started with: add one.
    await form.getByRole('button', { name: 'Lägg till företrädare' }).click();
    const repName = form.getByRole('textbox', { name: 'Namn, företrädare 1' });
    const repEmail = form.getByRole('textbox', { name: 'E-post, företrädare 1' });
    await repName.fill('Olle Fel');
    await repEmail.fill('olle.fel@');
    await form.getByRole('button', { name: 'Spara' }).click();

    await waitUntil('the duplicate-name error is shown', async () =>
      (await descriptionOf(name)).includes('Det finns redan en aktiv enhet som heter ”Kommunstyrelsen”.'),
    );
    await waitUntil('the e-mail error is shown', async () =>
      (await descriptionOf(repEmail)).includes('Ange en giltig e-postadress'),
    );
    expect(await descriptionOf(repName)).toBe('');
    expect(await repEmail.getAttribute('aria-invalid')).toBe('true');

    // Nothing typed was lost, and nothing was saved.
    expect(await name.inputValue()).toBe('kommunstyrelsen');
    expect(await repName.inputValue()).toBe('Olle Fel');
    expect(await repEmail.inputValue()).toBe('olle.fel@');
    await form.getByRole('button', { name: 'Avbryt' }).click();
    await form.waitFor({ state: 'detached' });
    expect((await listedUnitNames(page())).filter((n) => n.toLowerCase() === 'kommunstyrelsen')).toHaveLength(1);
  });

  it('edits a unit and shows the change after a reload', async () => {
    await selectUnit(page(), 'Valnämnden');
    await page().getByRole('button', { name: 'Redigera' }).click();
    const form = panel('Redigera enhet');
    const name = form.getByRole('textbox', { name: NAME_FIELD });
    expect(await name.inputValue()).toBe('Valnämnden');
    await name.fill('Valnämnden i Norrköping');
    await form.getByRole('textbox', { name: 'Namn, kontakt informationssäkerhet' }).fill('Vera Val');
    await form.getByRole('textbox', { name: 'E-post, kontakt informationssäkerhet' }).fill('vera.val@norrkoping.example');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.waitFor({ state: 'detached' });

    await reloadPreview(page());
    const row = unitRow(page(), 'Valnämnden i Norrköping');
    await row.waitFor();
    expect(await row.innerText()).toContain('Vera Val');
    expect(await listedUnitNames(page())).not.toContain('Valnämnden');

    // The stored unit, as the form shows it again.
    await row.getByRole('rowheader').dblclick();
    const again = panel('Redigera enhet');
    expect(await again.getByRole('textbox', { name: 'E-post, kontakt informationssäkerhet' }).inputValue()).toBe(
      'vera.val@norrkoping.example',
    );
  });

  it('deactivates a unit after confirming; it reappears with "Visa inaktiva"', async () => {
    await selectUnit(page(), 'Krisledningsnämnden');
    await page().getByRole('button', { name: 'Inaktivera' }).click();
    const dialog = page().getByRole('alertdialog', { name: 'Inaktivera enhet?' });
    await dialog.getByRole('button', { name: 'Inaktivera' }).click();
    await dialog.waitFor({ state: 'detached' });

    await unitRow(page(), 'Krisledningsnämnden').waitFor({ state: 'detached' });
    expect(await listedUnitNames(page())).not.toContain('Krisledningsnämnden');

    await page().getByRole('switch', { name: 'Visa inaktiva' }).click();
    const row = unitRow(page(), 'Krisledningsnämnden');
    await row.waitFor();
    expect(await row.innerText()).toContain('Inaktiv');

    // Still inactive after a reload.
    await reloadPreview(page());
    await unitRow(page(), 'Kommunstyrelsen').waitFor();
    expect(await listedUnitNames(page())).not.toContain('Krisledningsnämnden');
  });

  it('refuses to deactivate a unit with active sub-units and says why', async () => {
    await selectUnit(page(), 'Socialnämnden');
    await page().getByRole('button', { name: 'Inaktivera' }).click();
    const dialog = page().getByRole('alertdialog', { name: 'Inaktivera enhet?' });
    await dialog.getByRole('button', { name: 'Inaktivera' }).click();
    await dialog.getByText('Enheten har aktiva underenheter (Socialkontoret).', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect(await listedUnitNames(page())).toContain('Socialnämnden');
  });

  it('tells the second of two concurrent editors that someone else changed the unit, and reloads it', async () => {
    const other = await context().newPage();
    await openOrganisation(other);

    for (const p of [page(), other]) {
      await p.getByRole('searchbox', { name: 'Sök enheter' }).fill('Revisionskontoret');
      await unitRow(p, 'Revisionskontoret').getByRole('rowheader').dblclick();
      await p.getByRole('dialog', { name: 'Redigera enhet' }).getByRole('heading', { name: 'Redigera enhet' }).waitFor();
    }

    const first = page().getByRole('dialog', { name: 'Redigera enhet' });
    await first.getByRole('textbox', { name: NAME_FIELD }).fill('Revisionskontoret (första)');
    await first.getByRole('button', { name: 'Spara' }).click();
    await first.waitFor({ state: 'detached' });

    const second = other.getByRole('dialog', { name: 'Redigera enhet' });
    await second.getByRole('textbox', { name: NAME_FIELD }).fill('Revisionskontoret (andra)');
    await second.getByRole('button', { name: 'Spara' }).click();
    await second.getByText('Någon annan har ändrat detta sedan du öppnade det. Ladda om och gör din ändring igen.').waitFor();
    expect(await second.getByRole('textbox', { name: NAME_FIELD }).inputValue()).toBe('Revisionskontoret (andra)');

    await second.getByRole('button', { name: 'Ladda om' }).click();
    await second.getByText('Enheten har laddats om med de senaste ändringarna.', { exact: false }).waitFor();
    expect(await second.getByRole('textbox', { name: NAME_FIELD }).inputValue()).toBe('Revisionskontoret (första)');

    // After the reload the second editor's change goes through.
    await second.getByRole('textbox', { name: NAME_FIELD }).fill('Revisionskontoret (andra)');
    await second.getByRole('button', { name: 'Spara' }).click();
    await second.waitFor({ state: 'detached' });
    await other.getByRole('searchbox', { name: 'Sök enheter' }).fill('Revisionskontoret');
    await unitRow(other, 'Revisionskontoret (andra)').waitFor();
    await registerGrid(other).waitFor();
  });
});
