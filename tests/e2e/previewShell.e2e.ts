/**
 * The preview's shell: navigation from the view registry, language and theme switches that persist across reloads,
 * the skip link, and "Återställ demodata".
 */
import type { Page } from 'playwright-core';
import {
  listedUnitNames,
  openOrganisation,
  previewUrl,
  reloadPreview,
  selectUnit,
  unitRow,
  waitUntil,
} from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const { page } = usePreviewPage(openOrganisation);

/** The shell's background colour as [r, g, b]. */
async function shellBackground(p: Page): Promise<number[]> {
  const color = await p.locator('.lis-shell').evaluate((el) => getComputedStyle(el).backgroundColor);
  return (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

function isDark(rgb: number[]): boolean {
  return rgb.length === 3 && rgb.every((c) => c < 80);
}

describe('preview shell', () => {
  it('has landmarks, a skip link and a navigation that marks the current view', async () => {
    await page().getByRole('banner').getByRole('heading', { level: 1, name: /LIS/ }).waitFor();
    const nav = page().getByRole('navigation', { name: 'Vyer' });
    const current = nav.getByRole('link', { name: 'Organisation' });
    expect(await current.getAttribute('aria-current')).toBe('page');
    expect(await current.getAttribute('href')).toBe('#/organisation');
    expect(await page().getByRole('main').count()).toBe(1);
    await page().getByText('Lokal förhandsvisning med demodata.', { exact: false }).waitFor();
    await page().getByText('Inloggad som Samordnare Demo (demo)').waitFor();

    // The skip link is the first stop on the keyboard and moves focus to the main content.
    await page().locator('body').focus();
    await page().keyboard.press('Tab');
    const skip = page().getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page().keyboard.press('Enter');
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('lis-main');
  });

  it('switches the language to English, and keeps it after a reload', async () => {
    await page().getByRole('combobox', { name: 'Språk' }).selectOption('en-US');
    await page().getByRole('button', { name: 'New unit' }).waitFor();
    await page().getByRole('searchbox', { name: 'Search units' }).waitFor();
    expect(await page().getAttribute('html', 'lang')).toBe('en');
    expect(await page().title()).toBe('LIS – preview');
    await page().getByRole('navigation', { name: 'Views' }).waitFor();
    await page().getByRole('button', { name: 'Reset demo data' }).waitFor();
    expect(await page().getByRole('button', { name: 'Ny enhet' }).count()).toBe(0);

    await reloadPreview(page());
    await page().getByRole('button', { name: 'New unit' }).waitFor();
    expect(await page().getByRole('combobox', { name: 'Language' }).inputValue()).toBe('en-US');
    expect(page().url()).toContain('#/organisation');

    await page().getByRole('combobox', { name: 'Language' }).selectOption('sv-SE');
    await page().getByRole('button', { name: 'Ny enhet' }).waitFor();
    expect(await page().getAttribute('html', 'lang')).toBe('sv');
  });

  it('switches the theme, and keeps it after a reload', async () => {
    expect(isDark(await shellBackground(page()))).toBe(false);
    const theme = page().getByRole('combobox', { name: 'Tema' });
    expect(await theme.locator('option').allInnerTexts()).toEqual([
      'SharePoint ljust',
      'SharePoint mörkt',
      'Teams ljust',
      'Teams mörkt',
      'Teams hög kontrast',
    ]);
    await theme.selectOption({ label: 'Teams mörkt' });
    await waitUntil('the shell turns dark', async () => isDark(await shellBackground(page())));
    // The view follows the theme too (same LisRoot as the web parts).
    const viewBackground = await page().locator('.lis-root').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(viewBackground).not.toBe('rgb(255, 255, 255)');

    await reloadPreview(page());
    await unitRow(page(), 'Kommunstyrelsen').waitFor();
    expect(await page().getByRole('combobox', { name: 'Tema' }).inputValue()).toBe('teams-dark');
    expect(isDark(await shellBackground(page()))).toBe(true);
  });

  it('opens the view named in the URL hash and falls back to the first view for an unknown one', async () => {
    await page().goto(`${previewUrl()}#/finns-inte`);
    await page().waitForSelector('html[data-lis-preview="ready"]');
    await unitRow(page(), 'Kommunstyrelsen').waitFor();
    await waitUntil('the hash names the shown view', async () => page().url().endsWith('#/organisation'));
  });

  it('?seed=N replaces the register with N generated units once, for benchmarks', async () => {
    await page().goto(`${previewUrl()}?seed=120#/organisation`);
    await page().waitForSelector('html[data-lis-preview="ready"]');
    await page().getByRole('status').filter({ hasText: /120 enheter$/ }).waitFor();
    expect(page().url()).not.toContain('seed=');
    expect(await listedUnitNames(page())).not.toContain('Valnämnden');

    // The parameter is gone, so a reload keeps the register as it is.
    await reloadPreview(page());
    await page().getByRole('status').filter({ hasText: /120 enheter$/ }).waitFor();
  });

  it('"Återställ demodata" asks first, then brings the demo register back', async () => {
    // Change the register: deactivate a unit.
    await selectUnit(page(), 'Valnämnden');
    await page().getByRole('button', { name: 'Inaktivera' }).click();
    const deactivate = page().getByRole('alertdialog', { name: 'Inaktivera enhet?' });
    await deactivate.getByRole('button', { name: 'Inaktivera' }).click();
    await deactivate.waitFor({ state: 'detached' });
    await unitRow(page(), 'Valnämnden').waitFor({ state: 'detached' });

    // Cancelling the reset changes nothing.
    await page().getByRole('button', { name: 'Återställ demodata' }).click();
    const confirm = page().getByRole('alertdialog', { name: 'Återställ demodata?' });
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await listedUnitNames(page())).not.toContain('Valnämnden');

    await page().getByRole('button', { name: 'Återställ demodata' }).click();
    await confirm.getByRole('button', { name: 'Återställ' }).click();
    await page().getByRole('status').filter({ hasText: 'Demodata har återställts.' }).waitFor();
    await unitRow(page(), 'Valnämnden').waitFor();

    await reloadPreview(page());
    await unitRow(page(), 'Valnämnden').waitFor();
  });
});
