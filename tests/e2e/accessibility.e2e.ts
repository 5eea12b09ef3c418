/**
 * axe finds no WCAG 2.1 A/AA violations in the preview: every view in every theme (sv-SE), with the unit form open
 * (also showing validation errors) and with the confirm dialogs open; and once in en-US.
 */
import type { Page } from 'playwright-core';
import { LIS_THEME_NAMES } from '../../src/ui/theme/themes';
import { VIEWS } from '../../src/ui/views';
import { axeViolations, openOrganisation, openPreview, selectUnit, waitUntil } from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const { page } = usePreviewPage();

async function chooseTheme(themeId: string): Promise<void> {
  const select = page().locator('#lis-theme');
  await select.selectOption(themeId);
  await waitUntil(`theme ${themeId} is applied`, async () => (await select.inputValue()) === themeId);
}

/** Fluent animates panels and dialogs in; axe must see the settled colours. */
async function settle(): Promise<void> {
  await page().waitForTimeout(400);
}

describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  // One test per view and theme, so a slow machine never pushes a whole theme past the test timeout.
  const viewsByTheme = LIS_THEME_NAMES.flatMap((themeId) => VIEWS.map((view) => [themeId, view.key] as const));
  it.each(viewsByTheme)('sv-SE, theme %s: view %s', async (themeId, viewKey) => {
    await openPreview(page(), viewKey);
    await chooseTheme(themeId);
    await page().getByRole('main').getByRole('heading', { level: 2 }).first().waitFor();
    await settle();
    expect({ view: viewKey, violations: await axeViolations(page()) }).toEqual({ view: viewKey, violations: [] });
  });

  it.each(LIS_THEME_NAMES.map((t) => [t]))('sv-SE, theme %s: the unit form and the dialogs', async (themeId) => {
    await openOrganisation(page());
    await chooseTheme(themeId);
    // The unit form, empty and then with validation errors next to the fields.
    await page().getByRole('button', { name: 'Ny enhet' }).click();
    const form = page().getByRole('dialog', { name: 'Ny enhet' });
    await form.getByRole('heading', { name: 'Ny enhet' }).waitFor();
    await settle();
    expect({ state: 'form', violations: await axeViolations(page()) }).toEqual({ state: 'form', violations: [] });

    await form.getByRole('textbox', { name: 'E-post, företrädare 1' }).fill('fel@');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.getByText('Formuläret innehåller fel. Rätta de markerade fälten.').waitFor();
    await settle();
    expect({ state: 'form with errors', violations: await axeViolations(page()) }).toEqual({
      state: 'form with errors',
      violations: [],
    });
    await form.getByRole('button', { name: 'Avbryt' }).click();
    await form.waitFor({ state: 'detached' });

    // The deactivate confirmation, and the reset confirmation.
    await selectUnit(page(), 'Valnämnden');
    await page().getByRole('button', { name: 'Inaktivera' }).click();
    const deactivate = page().getByRole('alertdialog', { name: 'Inaktivera enhet?' });
    await deactivate.getByRole('button', { name: 'Avbryt' }).waitFor();
    await settle();
    expect({ state: 'deactivate dialog', violations: await axeViolations(page()) }).toEqual({
      state: 'deactivate dialog',
      violations: [],
    });
    await deactivate.getByRole('button', { name: 'Avbryt' }).click();
    await deactivate.waitFor({ state: 'detached' });

    await page().getByRole('button', { name: 'Återställ demodata' }).click();
    const reset = page().getByRole('alertdialog', { name: 'Återställ demodata?' });
    await reset.getByRole('button', { name: 'Avbryt' }).waitFor();
    await settle();
    expect({ state: 'reset dialog', violations: await axeViolations(page()) }).toEqual({ state: 'reset dialog', violations: [] });
  });

  it.each(LIS_THEME_NAMES.map((t) => [t]))('sv-SE, theme %s: the classification wizard, its steps and an object detail', async (themeId) => {
    await openPreview(page(), 'classification');
    await chooseTheme(themeId);
    await page().getByRole('grid', { name: 'Klassningsobjekt' }).getByRole('rowheader').first().waitFor();

    // An object's detail (profile, sets, approval, history, handlingsplan).
    await page().getByRole('grid', { name: 'Klassningsobjekt' }).getByRole('rowheader').first().dblclick();
    await page().getByRole('region', { name: 'Historik', exact: true }).waitFor();
    await settle();
    expect({ state: 'classification detail', violations: await axeViolations(page()) }).toEqual({ state: 'classification detail', violations: [] });
    await page().getByRole('button', { name: 'Tillbaka till listan' }).click();

    // The wizard: the first step with validation errors, the sets step and an aspect step.
    await page().getByRole('button', { name: 'Nytt klassningsobjekt' }).click();
    const wizard = page().getByRole('dialog', { name: 'Nytt klassningsobjekt' });
    await wizard.getByRole('button', { name: 'Nästa' }).click();
    await wizard.getByText('Formuläret innehåller fel. Rätta de markerade fälten.').waitFor();
    await settle();
    expect({ state: 'wizard with errors', violations: await axeViolations(page()) }).toEqual({ state: 'wizard with errors', violations: [] });

    await wizard.getByRole('textbox', { name: /^Namn/ }).fill('Axe-objekt');
    await wizard.getByRole('combobox', { name: /^Ägande enhet/ }).click();
    await page().getByRole('option', { name: 'Kommunstyrelsen', exact: true }).click();
    await wizard.getByRole('button', { name: 'Nästa' }).click();
    await wizard.getByRole('button', { name: 'Lägg till informationsmängd' }).click();
    await wizard.getByRole('textbox', { name: /^Namn på informationsmängden/ }).fill('Mängd');
    await settle();
    expect({ state: 'wizard sets step', violations: await axeViolations(page()) }).toEqual({ state: 'wizard sets step', violations: [] });

    await wizard.getByRole('button', { name: 'Nästa' }).click();
    await wizard.getByRole('radiogroup', { name: 'Verksamhet: nivå' }).waitFor();
    await settle();
    expect({ state: 'wizard aspect step', violations: await axeViolations(page()) }).toEqual({ state: 'wizard aspect step', violations: [] });
  });

  it('en-US: the organisation view and the unit form', async () => {
    await openOrganisation(page());
    await page().locator('#lis-locale').selectOption('en-US');
    await page().getByRole('button', { name: 'New unit' }).waitFor();
    await settle();
    expect({ state: 'view', violations: await axeViolations(page()) }).toEqual({ state: 'view', violations: [] });

    await page().getByRole('button', { name: 'New unit' }).click();
    await page().getByRole('dialog', { name: 'New unit' }).getByRole('heading', { name: 'New unit' }).waitFor();
    await settle();
    expect({ state: 'form', violations: await axeViolations(page()) }).toEqual({ state: 'form', violations: [] });
  });
});
