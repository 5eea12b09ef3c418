/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demoRepository, renderOrganisation } from './renderView';

type User = ReturnType<typeof userEvent.setup>;

function grid(): HTMLElement {
  return screen.getByRole('grid', { name: 'Organisationsenheter' });
}

async function ready(): Promise<void> {
  await screen.findByRole('rowheader', { name: 'Kommunstyrelsen' });
}

async function openCreate(user: User): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: 'Ny enhet' }));
  return screen.findByRole('dialog', { name: 'Ny enhet' });
}

async function openEdit(user: User, name: string): Promise<HTMLElement> {
  await user.dblClick(within(grid()).getByRole('rowheader', { name }));
  return screen.findByRole('dialog', { name: 'Redigera enhet' });
}

async function chooseParent(user: User, panel: HTMLElement, optionName: string): Promise<void> {
  // findBy: a just-closed dropdown may hide the panel from the accessibility tree for a moment.
  const combo = await within(panel).findByRole('combobox', { name: 'Överordnad enhet' });
  await user.click(combo);
  await user.click(await screen.findByRole('option', { name: optionName }));
}

/** Puts text into a field as a paste (one input event); typing character by character is slow under jsdom. */
async function fill(user: User, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

describe('organisation unit panel', () => {
  it('creates a unit with a parent and a representative, then lists it', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await ready();
    const panel = await openCreate(user);

    await user.type(within(panel).getByRole('textbox', { name: 'Namn' }), 'Kansliavdelningen');
    await user.click(within(panel).getByRole('combobox', { name: /^Typ/ }));
    await user.click(await screen.findByRole('option', { name: 'Förvaltning' }));
    await chooseParent(user, panel, 'Kommunstyrelsen › Kommunledningskontoret');
    await user.type(within(panel).getByRole('textbox', { name: 'Namn, företrädare 1' }), 'Karin Kanslichef');
    await user.type(within(panel).getByRole('textbox', { name: 'E-post, företrädare 1' }), ' Karin.Kanslichef@Kommun.se ');
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ny enhet' })).not.toBeInTheDocument());
    expect(await screen.findByText('”Kansliavdelningen” har sparats.')).toBeInTheDocument();
    const stored = repo.byName('Kansliavdelningen');
    expect(stored).toMatchObject({
      kind: 'forvaltning',
      parentId: repo.byName('Kommunledningskontoret').id,
      representatives: [{ displayName: 'Karin Kanslichef', email: 'karin.kanslichef@kommun.se' }],
      securityContact: null,
      active: true,
    });
    const row = (await within(grid()).findByRole('rowheader', { name: 'Kansliavdelningen' })).closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('Kommunledningskontoret')).toBeInTheDocument();
  });

  it('shows "required" next to an empty name, focuses it, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await ready();
    const panel = await openCreate(user);
    expect(within(panel).getByRole('heading', { level: 2, name: 'Ny enhet' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { level: 3, name: 'Informationsägarens företrädare' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { level: 3, name: 'Kontakt för informationssäkerhet' })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));

    const name = within(panel).getByRole('textbox', { name: 'Namn' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(name).toHaveFocus();
    expect(within(panel).getByText('Formuläret innehåller fel. Rätta de markerade fälten.')).toBeInTheDocument();
    expect(repo.calls.create).toBe(0);
  });

  it('refuses a name an active unit already has, next to the field, keeping the input', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await ready();
    const panel = await openCreate(user);
    const name = within(panel).getByRole('textbox', { name: 'Namn' });
    await fill(user, name, '  kommunstyrelsen ');
    await fill(user, within(panel).getByRole('textbox', { name: 'Namn, företrädare 1' }), 'Ola Ny');
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));

    await waitFor(() => expect(name).toHaveAccessibleDescription('Det finns redan en aktiv enhet som heter ”Kommunstyrelsen”.'));
    expect(name).toHaveValue('  kommunstyrelsen ');
    expect(within(panel).getByRole('textbox', { name: 'Namn, företrädare 1' })).toHaveValue('Ola Ny');
    expect(repo.calls.create).toBe(0);
  });

  it('puts an invalid e-mail next to that representative, after dropping empty rows', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await ready();
    const panel = await openCreate(user);
    await fill(user, within(panel).getByRole('textbox', { name: 'Namn' }), 'Miljönämnden');
    // Row 1 stays empty; row 2 has a bad address.
    await user.click(within(panel).getByRole('button', { name: 'Lägg till företrädare' }));
    await fill(user, within(panel).getByRole('textbox', { name: 'Namn, företrädare 2' }), 'Mira Miljö');
    await fill(user, within(panel).getByRole('textbox', { name: 'E-post, företrädare 2' }), 'mira.miljo@');
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));

    const email = await within(panel).findByRole('textbox', { name: 'E-post, företrädare 1' });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveValue('mira.miljo@');
    expect(email).toHaveAccessibleDescription('Ange en giltig e-postadress, t.ex. fornamn.efternamn@kommun.se.');
    expect(email).toHaveFocus();
    expect(within(panel).getByRole('textbox', { name: 'Namn, företrädare 1' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(panel).getByRole('textbox', { name: 'Namn' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(within(panel).queryByRole('textbox', { name: 'E-post, företrädare 2' })).not.toBeInTheDocument();
    expect(repo.calls.create).toBe(0);
  });

  it('removes a representative row with its labelled button', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await ready();
    const panel = await openCreate(user);
    await fill(user, within(panel).getByRole('textbox', { name: 'Namn' }), 'Miljönämnden');
    await fill(user, within(panel).getByRole('textbox', { name: 'Namn, företrädare 1' }), 'Första Person');
    await fill(user, within(panel).getByRole('textbox', { name: 'E-post, företrädare 1' }), 'forsta@kommun.se');
    await user.click(within(panel).getByRole('button', { name: 'Lägg till företrädare' }));
    await fill(user, within(panel).getByRole('textbox', { name: 'Namn, företrädare 2' }), 'Andra Person');
    await fill(user, within(panel).getByRole('textbox', { name: 'E-post, företrädare 2' }), 'andra@kommun.se');
    await user.click(within(panel).getByRole('button', { name: 'Ta bort företrädare 1' }));
    expect(within(panel).getByRole('textbox', { name: 'Namn, företrädare 1' })).toHaveValue('Andra Person');
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(repo.calls.create).toBe(1));
    expect(repo.byName('Miljönämnden').representatives).toEqual([{ displayName: 'Andra Person', email: 'andra@kommun.se' }]);
  });

  it('reports a cycle next to the parent when the register changed under the chosen parent', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await ready();
    const panel = await openEdit(user, 'Kommunstyrelsen');
    await chooseParent(user, panel, 'Kultur- och fritidsnämnden');
    // Meanwhile someone moves Kultur- och fritidsnämnden below Kommunledningskontoret (itself below Kommunstyrelsen).
    repo.changeBehindTheScenes(repo.byName('Kultur- och fritidsnämnden').id, { parentId: repo.byName('Kommunledningskontoret').id });
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));

    const combo = within(panel).getByRole('combobox', { name: 'Överordnad enhet' });
    await waitFor(() => expect(combo).toHaveAttribute('aria-invalid', 'true'));
    expect(combo).toHaveAccessibleDescription('”Kultur- och fritidsnämnden” ligger under denna enhet; valet skulle skapa en cirkel.');
    expect(repo.byName('Kommunstyrelsen').parentId).toBeNull();
  });

  it('says someone else changed the unit on a stale etag, and "Ladda om" brings the stored version', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    renderOrganisation(repo);
    await ready();
    const panel = await openEdit(user, 'Kultur- och fritidsnämnden');
    const name = within(panel).getByRole('textbox', { name: 'Namn' });
    await user.clear(name);
    await fill(user, name, 'Kulturnämnden');
    const id = repo.byName('Kultur- och fritidsnämnden').id;
    repo.changeBehindTheScenes(id, { representatives: [{ displayName: 'Nils Ny', email: 'nils.ny@kommun.se' }] });
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));

    expect(await within(panel).findByText('Någon annan har ändrat detta sedan du öppnade det. Ladda om och gör din ändring igen.')).toBeInTheDocument();
    expect(name).toHaveValue('Kulturnämnden');
    expect(repo.calls.update).toBe(1);
    expect((await repo.get(id)).name).toBe('Kultur- och fritidsnämnden');

    await user.click(within(panel).getByRole('button', { name: 'Ladda om' }));
    await waitFor(() => expect(within(panel).getByRole('textbox', { name: 'Namn, företrädare 1' })).toHaveValue('Nils Ny'));
    expect(within(panel).getByRole('textbox', { name: 'Namn' })).toHaveValue('Kultur- och fritidsnämnden');
    expect(within(panel).getByText(/Enheten har laddats om/)).toBeInTheDocument();

    // The panel stayed open; the change now saves over the fresh version.
    const fresh = within(panel).getByRole('textbox', { name: 'Namn' });
    await user.clear(fresh);
    await fill(user, fresh, 'Kulturnämnden');
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Redigera enhet' })).not.toBeInTheDocument());
    const stored = await repo.get(id);
    expect(stored.name).toBe('Kulturnämnden');
    expect(stored.representatives).toEqual([{ displayName: 'Nils Ny', email: 'nils.ny@kommun.se' }]);
  });

  it('shows when the unit was last changed, and by whom', async () => {
    const user = userEvent.setup({ delay: null });
    const repo = demoRepository();
    repo.modifiedBy = 'Greta Granskare';
    repo.changeBehindTheScenes('7', { representatives: [] });
    renderOrganisation(repo);
    await ready();
    const panel = await openEdit(user, 'Äldrenämnden');
    const line = within(panel).getByText(/^Senast ändrad .* av Greta Granskare$/);
    expect(line.textContent).toContain('2026');
    expect(line.textContent).not.toContain('T'); // not the raw ISO string
  });

  it('opens the selected unit with "Redigera"; "Avbryt" closes the panel', async () => {
    const user = userEvent.setup({ delay: null });
    renderOrganisation(demoRepository());
    await ready();
    expect(screen.getByRole('button', { name: 'Redigera' })).toBeDisabled();
    await user.click(within(grid()).getByRole('rowheader', { name: 'Äldrenämnden' }));
    await user.click(screen.getByRole('button', { name: 'Redigera' }));
    const panel = await screen.findByRole('dialog', { name: 'Redigera enhet' });
    expect(within(panel).getByRole('textbox', { name: 'Namn' })).toHaveValue('Äldrenämnden');
    await user.click(within(panel).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('opens a unit from the keyboard with Enter on its row', async () => {
    renderOrganisation(demoRepository());
    await ready();
    const row = within(grid()).getByRole('rowheader', { name: 'Utbildningskontoret' }).closest('[role="row"]') as HTMLElement;
    // Fluent's SelectionZone reads KeyboardEvent.which, which user-event leaves at 0; fireEvent sets it.
    fireEvent.keyDown(row, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
    const again = await screen.findByRole('dialog', { name: 'Redigera enhet' });
    expect(within(again).getByRole('textbox', { name: 'Namn' })).toHaveValue('Utbildningskontoret');
  });
});
