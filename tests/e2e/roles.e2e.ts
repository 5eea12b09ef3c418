/**
 * The permission model in the preview, one demo person per role (the shell's user switch; the local store enforces
 * each one's access like SharePoint): each sees and can change exactly what src/domain/access says. Also the
 * coordinator's setup and health check: findings, "Åtgärda", and a second run that has nothing left to fix.
 */
import type { Page } from 'playwright-core';
import { STEP_TIMEOUT, axeViolations, openPreview, waitUntil } from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const { page } = usePreviewPage();

async function actAs(p: Page, label: RegExp): Promise<void> {
  const select = p.locator('#lis-user');
  const options = await select.locator('option').allInnerTexts();
  const wanted = options.find((o) => label.test(o));
  if (!wanted) throw new Error(`no demo user matching ${label}: ${options.join(', ')}`);
  await select.selectOption({ label: wanted });
}

/** Opens the classification register as `who` and returns the names listed. */
async function classificationsAs(p: Page, who: RegExp): Promise<string[]> {
  await openPreview(p, 'classification');
  await actAs(p, who);
  const grid = p.getByRole('grid', { name: 'Klassningsobjekt' });
  await grid.getByRole('rowheader').first().waitFor({ timeout: STEP_TIMEOUT * 2 });
  return (await grid.getByRole('rowheader').allInnerTexts()).map((t) => t.trim()).sort();
}

describe('roles in the preview (sv-SE)', () => {
  it('a unit editor sees and creates only their own units’ classifications; a reader sees all and changes nothing', async () => {
    const p = page();
    const all = await classificationsAs(p, /^Samordnare Demo/);
    expect(await p.getByRole('button', { name: 'Nytt klassningsobjekt' }).isVisible()).toBe(true);

    const karin = await classificationsAs(p, /^Karin Ek/);
    expect(karin.length).toBeGreaterThan(0);
    expect(karin.length).toBeLessThan(all.length);
    expect(karin.every((name) => all.includes(name))).toBe(true);
    expect(await p.getByRole('button', { name: 'Nytt klassningsobjekt' }).isVisible()).toBe(true);

    const reader = await classificationsAs(p, /^Kerstin Läsare/);
    expect(reader).toEqual(all);
    expect(await p.getByRole('button', { name: 'Nytt klassningsobjekt' }).count()).toBe(0);
  });

  it('only the coordinator manages the organisation register', async () => {
    const p = page();
    await openPreview(p, 'organisation');
    await p.getByRole('button', { name: 'Ny enhet' }).waitFor({ timeout: STEP_TIMEOUT * 2 });
    for (const who of [/^Karin Ek/, /^Kerstin Läsare/, /^Ivar IT-tekniker/]) {
      await actAs(p, who);
      await p.getByRole('grid', { name: 'Organisationsenheter' }).getByRole('rowheader').first().waitFor();
      expect(await p.getByRole('button', { name: 'Ny enhet' }).count()).toBe(0);
    }
  });

  it('the IT unit works the queue; others only read it or get a message', async () => {
    const p = page();
    await openPreview(p, 'itQueue');
    await actAs(p, /^Ivar IT-tekniker/);
    await waitUntil('IT sees accept buttons', async () => (await p.getByRole('button', { name: /^Acceptera / }).count()) > 0, STEP_TIMEOUT * 2);
    await actAs(p, /^Kerstin Läsare/);
    await p.getByRole('heading', { level: 2 }).first().waitFor();
    await waitUntil('the reader has no accept buttons', async () => (await p.getByRole('button', { name: /^Acceptera / }).count()) === 0);
  });

  it('an employee with no LIS role sees the policy message instead of data, and Mina uppgifter still works', async () => {
    const p = page();
    await openPreview(p, 'risk');
    await actAs(p, /^Elin Medarbetare/);
    await p.getByText('LIS uppgifter visas bara för dem som arbetar med informationssäkerhet').waitFor({ timeout: STEP_TIMEOUT * 2 });
    expect(await p.getByRole('grid').count()).toBe(0);
    await p.waitForTimeout(300);
    expect(await axeViolations(p)).toEqual([]);
    await openPreview(p, 'myTasks');
    await p.getByText('Inga uppgifter just nu. När LIS behöver något från dig visas det här.').waitFor();
  });

  it('the coordinator’s health check finds the drift, fixes it, and a second run finds nothing', async () => {
    const p = page();
    await openPreview(p, 'setup');
    await p.getByRole('heading', { level: 2, name: 'Behörigheter och hälsokontroll' }).waitFor({ timeout: STEP_TIMEOUT * 2 });
    const fix = p.getByRole('button', { name: 'Åtgärda', exact: true });
    await waitUntil('findings are listed', async () => (await fix.isEnabled()) && (await p.getByRole('heading', { name: 'Avvikelser' }).count()) > 0, STEP_TIMEOUT * 2);
    await p.waitForTimeout(300);
    expect(await axeViolations(p)).toEqual([]);
    await fix.click();
    const dialog = p.getByRole('alertdialog', { name: 'Åtgärda avvikelserna?' }).or(p.getByRole('dialog', { name: 'Åtgärda avvikelserna?' }));
    await dialog.getByRole('button', { name: 'Åtgärda' }).click();
    await p.getByText(/problem åtgärdades:$/).waitFor({ timeout: STEP_TIMEOUT * 2 });
    await p.getByText('Allt stämmer med behörighetsmodellen och listornas schema.').waitFor();
    expect(await fix.isDisabled()).toBe(true);
    await p.getByRole('button', { name: 'Kör kontrollen igen' }).click();
    await p.getByText('Allt stämmer med behörighetsmodellen och listornas schema.').waitFor();

    // Nobody else may run it.
    await actAs(p, /^Karin Ek/);
    await p.getByText(/^Du har inte behörighet att köra behörighetsinställningen och hälsokontrollen\./).waitFor();
  });
});
