/**
 * Helpers for the browser tests: open the preview in a fresh browser context, find the register's parts by role
 * and label, run axe. Every wait is bounded.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

/** How long a single UI step may take (a cold Vite server transforms modules on first request). */
export const STEP_TIMEOUT = 20_000;

export function previewUrl(): string {
  const url = process.env.LIS_PREVIEW_URL;
  if (!url) throw new Error('LIS_PREVIEW_URL is not set: run the browser tests through tests/e2e/jest.config.js');
  return url;
}

/** A fresh context: its own, empty IndexedDB and localStorage, so the demo register is seeded anew. */
export async function newPreviewContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT * 2);
  return context;
}

/** Loads the preview at `#/<view>` and waits until the shell is mounted. */
export async function openPreview(page: Page, view: string = 'organisation'): Promise<void> {
  await page.goto(`${previewUrl()}#/${view}`);
  await page.waitForSelector('html[data-lis-preview="ready"]', { timeout: STEP_TIMEOUT * 2 });
}

/** Reloads and waits for the shell again. */
export async function reloadPreview(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('html[data-lis-preview="ready"]', { timeout: STEP_TIMEOUT * 2 });
}

export function registerGrid(page: Page, label: string = 'Organisationsenheter'): Locator {
  return page.getByRole('grid', { name: label });
}

/** The grid row whose row header (the unit's name) is exactly `name`. */
export function unitRow(page: Page, name: string, gridLabel?: string): Locator {
  return registerGrid(page, gridLabel)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** Opens the organisation view and waits for the register's rows. */
export async function openOrganisation(page: Page): Promise<void> {
  await openPreview(page, 'organisation');
  await unitRow(page, 'Kommunstyrelsen').waitFor({ state: 'visible', timeout: STEP_TIMEOUT * 2 });
}

/** Names in the row headers currently rendered in the register. */
export async function listedUnitNames(page: Page, gridLabel?: string): Promise<string[]> {
  const names = await registerGrid(page, gridLabel).getByRole('rowheader').allInnerTexts();
  return names.map((n) => n.trim());
}

/** Waits until `condition` holds, polling; fails with `what` after `timeout`. */
export async function waitUntil(what: string, condition: () => Promise<boolean>, timeout: number = STEP_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The text of the elements that describe `field` (aria-describedby): where Fluent puts a field's error. */
export async function descriptionOf(field: Locator): Promise<string> {
  return field.evaluate((element) => {
    const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  });
}

/** Selects the unit's row (a click on its name) so the command bar acts on it. */
export async function selectUnit(page: Page, name: string): Promise<void> {
  const row = unitRow(page, name);
  await row.getByRole('rowheader').click();
  await waitUntil(`row ${name} is selected`, async () => (await row.getAttribute('aria-selected')) === 'true');
}

/** Picks an option in a Fluent Dropdown (a combobox button with a listbox). */
export async function chooseDropdownOption(page: Page, dropdown: Locator, option: string): Promise<void> {
  await dropdown.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe with the WCAG 2.1 A/AA rules and returns the violations in a readable shape. */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => `${n.target.join(' ')} :: ${n.failureSummary ?? ''}`.slice(0, 300)),
  }));
}
