/**
 * The coordinator's reminders in the preview: today's plan per recipient, "Skicka nu" into the local outbox with one
 * digest per recipient, the unresolvable demo address reported, the log filled, and nothing sent twice (also after a
 * reload). axe passes with a recipient expanded and with the result shown.
 */
import type { Page } from 'playwright-core';
import { STEP_TIMEOUT, axeViolations, openPreview, reloadPreview } from './support/preview';
import { usePreviewPage } from './support/usePreviewPage';

const { page } = usePreviewPage(async (p: Page) => {
  await openPreview(p, 'reminders');
  await p.getByRole('heading', { level: 2, name: 'Påminnelser' }).waitFor({ timeout: STEP_TIMEOUT * 2 });
});

function recipients(p: Page) {
  return p.getByRole('list', { name: 'Mottagare av dagens påminnelser' });
}

describe('Påminnelser (sv-SE)', () => {
  it('previews today’s digests per recipient and shows one recipient’s items', async () => {
    const p = page();
    await recipients(p).getByRole('listitem').first().waitFor();
    const count = await recipients(p).getByRole('listitem').count();
    expect(count).toBeGreaterThan(2);
    await recipients(p).getByRole('button', { name: 'Gustav Okänd' }).waitFor();

    await recipients(p).getByRole('button', { name: 'Samordnare Demo' }).click();
    const table = p.getByRole('table', { name: 'Påminnelser till Samordnare Demo' });
    await table.getByRole('row').nth(1).waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Uppgift', 'Förfallodatum', 'Läge', 'Påminnelse', 'Roll']);
    await p.waitForTimeout(400);
    expect(await axeViolations(p)).toEqual([]);
  });

  it('sends one digest per recipient into the outbox, reports the unresolved one, and never sends twice', async () => {
    const p = page();
    await recipients(p).getByRole('listitem').first().waitFor();
    const planned = await recipients(p).getByRole('listitem').count();

    await p.getByRole('button', { name: 'Skicka nu' }).click();
    const dialog = p.getByRole('alertdialog', { name: 'Skicka påminnelserna nu?' });
    await dialog.getByRole('button', { name: `Skicka ${planned} mejl` }).click();

    await p.getByText(`${planned - 1} mejl skickade.`).waitFor();
    await p.getByText('1 mottagare kunde inte hittas:').waitFor();
    await p.getByText(/^Gustav Okänd <gustav\.okand@norrkoping\.invalid>: Mottagaren finns inte/).waitFor();
    await p.getByText('Inga påminnelser att skicka i dag.').waitFor();
    expect(await p.getByRole('button', { name: 'Skicka nu' }).isDisabled()).toBe(true);

    const outbox = p.getByRole('list', { name: 'Mejl i utkorgen' });
    expect(await outbox.getByRole('listitem').count()).toBe(planned - 1);
    const log = p.getByRole('table', { name: 'Senast skickade påminnelser' });
    await log.getByRole('cell', { name: 'Mottagaren hittades inte' }).waitFor();
    expect(await log.getByRole('cell', { name: 'Skickat', exact: true }).count()).toBe(planned - 1);
    await p.waitForTimeout(400);
    expect(await axeViolations(p)).toEqual([]);

    // The log is durable: after a reload nothing is due again.
    await reloadPreview(p);
    await p.getByRole('heading', { level: 2, name: 'Påminnelser' }).waitFor();
    await p.getByText('Inga påminnelser att skicka i dag.').waitFor();
    expect(await p.getByRole('list', { name: 'Mejl i utkorgen' }).getByRole('listitem').count()).toBe(planned - 1);
  });
});
