/**
 * "Mina uppgifter" in the preview: each demo person sees exactly their own work, grouped by urgency; a task's link
 * opens the item in its view; the view fits a 320 px Teams tab in the Teams themes and passes axe there.
 */
import type { Page } from 'playwright-core';
import { STEP_TIMEOUT, axeViolations, openPreview, waitUntil } from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const { page } = usePreviewPage(async (p: Page) => {
  await openPreview(p, 'myTasks');
  await p.getByRole('heading', { level: 2, name: 'Mina uppgifter' }).waitFor({ timeout: STEP_TIMEOUT * 2 });
});

function group(p: Page, name: 'Försenade' | 'Snart' | 'Kommande') {
  return p.getByRole('region', { name: new RegExp(`^${name} \\(`) });
}

async function actAs(p: Page, label: RegExp): Promise<void> {
  const select = p.locator('#lis-user');
  const options = await select.locator('option').allInnerTexts();
  const wanted = options.find((o) => label.test(o));
  if (!wanted) throw new Error(`no demo user matching ${label}: ${options.join(', ')}`);
  await select.selectOption({ label: wanted });
  await p.getByRole('heading', { level: 2, name: 'Mina uppgifter' }).waitFor();
}

async function taskTitles(p: Page): Promise<string[]> {
  await p.getByRole('status').filter({ hasText: /uppgift/ }).first().waitFor();
  return (await p.getByRole('main').getByRole('link').allInnerTexts()).map((t) => t.trim());
}

describe('Mina uppgifter (sv-SE)', () => {
  it('shows the coordinator’s work in all three urgency groups with counts', async () => {
    const p = page();
    for (const name of ['Försenade', 'Snart', 'Kommande'] as const) {
      await group(p, name).getByRole('listitem').first().waitFor();
    }
    const total = await p.getByRole('main').getByRole('listitem').count();
    await p.getByRole('main').getByText(new RegExp(`^${total} uppgifter$`)).waitFor();
    // Every task names its state in words, not only by colour.
    expect(await group(p, 'Försenade').getByText(/Försenad$/).count()).toBeGreaterThan(0);
  });

  it('shows each person only their own work when the user is switched', async () => {
    const p = page();
    const coordinator = await taskTitles(p);
    await actAs(p, /^Karin Ek/);
    const karin = await taskTitles(p);
    await actAs(p, /^Ivar IT-tekniker/);
    await waitUntil('the IT technician’s queue is shown', async () => (await p.getByRole('main').getByText('Typ: Överlämnat krav till IT').count()) > 0);
    const it = await taskTitles(p);

    expect(karin.length).toBeGreaterThan(0);
    expect(karin.filter((t) => coordinator.includes(t))).toEqual([]);
    expect(it.every((t) => /^(Ta ställning till|Genomför) krav /.test(t))).toBe(true);
    expect(await p.getByRole('main').getByText(/^Typ: (?!Överlämnat krav till IT)/).count()).toBe(0);
  });

  it('filters by kind and opens a task in its view through the deep link', async () => {
    const p = page();
    await p.getByRole('combobox', { name: 'Typ av uppgift' }).click();
    await p.getByRole('option', { name: 'Krav i handlingsplan' }).click();
    await waitUntil('only handlingsplan tasks', async () => (await p.getByRole('main').getByText(/^Typ: (?!Krav i handlingsplan)/).count()) === 0);
    const link = group(p, 'Försenade').getByRole('link').first();
    const title = (await link.innerText()).trim();
    const code = /krav (\S+) för/.exec(title)?.[1];
    expect(code).toBeDefined();
    expect(await link.getAttribute('href')).toMatch(/#\/classification\?objectId=\d+&requirementCode=/);
    await link.click();
    await p.getByText(`Uppgiften gäller krav ${code} i handlingsplanen nedan.`).waitFor();
    expect(p.url()).toMatch(/#\/classification\?objectId=\d+/);
  });

  it('fits a 320 px Teams tab in the Teams dark theme and passes axe', async () => {
    const p = page();
    await p.setViewportSize({ width: 320, height: 800 });
    await p.locator('#lis-theme').selectOption('teams-dark');
    await group(p, 'Snart').getByRole('listitem').first().waitFor();
    const main = p.getByRole('main');
    const overflow = await main.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await p.waitForTimeout(400);
    expect(await axeViolations(p)).toEqual([]);
  });
});
