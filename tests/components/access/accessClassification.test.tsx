/** @jest-environment jsdom */
import '../setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AccessDeniedError } from '../../../src/data/ports/errors';
import { approvedObject, assessedSet, draftObject, fixture, SARA } from '../classificationFixtures';
import { DENIED, NO_ROLE_TITLE, renderAs, ROLES } from './accessFixtures';

type User = ReturnType<typeof userEvent.setup>;

/** Elevregister belongs to unit 3 (the unit editor's), Driftövervakning to unit 6. */
function world(): ReturnType<typeof fixture> {
  return fixture([
    draftObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })]),
    draftObject('Driftövervakning', [assessedSet('set-2', 'Larm', { K: 1, R: 3, T: 3, S: 1 })], { ownerUnitId: '6' }),
  ]);
}

async function openObject(user: User, name: string): Promise<HTMLElement> {
  const grid = await screen.findByRole('grid', { name: 'Klassningsobjekt' });
  await user.dblClick(await within(grid).findByRole('rowheader', { name }));
  return screen.findByRole('article', { name });
}

function commands(): HTMLElement {
  return screen.getByRole('group', { name: 'Åtgärder för klassningsobjekt' });
}

describe('Informationsklassning follows the permissions', () => {
  it('gives the coordinator every action, incl. the shared types and lowering tabs', async () => {
    const user = userEvent.setup({ delay: null });
    renderAs(world().services, ROLES.coordinator, 'classification');
    await screen.findByRole('rowheader', { name: 'Driftövervakning' });
    expect(await within(commands()).findByRole('button', { name: 'Nytt klassningsobjekt' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Gemensamma informationstyper' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Begäran om sänkning' })).toBeInTheDocument();
    const detail = await openObject(user, 'Driftövervakning');
    expect(within(detail).getByRole('button', { name: 'Redigera i guiden' })).toBeInTheDocument();
    expect(within(detail).getByRole('button', { name: 'Fastställ klassningen' })).toBeInTheDocument();
  });

  it('lets a unit editor change only their own unit and offers only that unit as owner', async () => {
    const user = userEvent.setup({ delay: null });
    renderAs(world().services, ROLES.unitEditor, 'classification');
    await screen.findByRole('rowheader', { name: 'Elevregister' });
    expect(screen.queryByRole('tab', { name: 'Gemensamma informationstyper' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Begäran om sänkning' })).not.toBeInTheDocument();
    // SharePoint trims other units' objects; the UI mirrors it.
    expect(screen.queryByRole('rowheader', { name: 'Driftövervakning' })).not.toBeInTheDocument();

    const own = await openObject(user, 'Elevregister');
    expect(within(own).getByRole('button', { name: 'Redigera i guiden' })).toBeInTheDocument();
    expect(within(own).getByRole('button', { name: 'Fastställ klassningen' })).toBeInTheDocument();
    const plan = await within(own).findByRole('region', { name: 'Handlingsplan' });
    expect(await within(plan).findByRole('button', { name: 'Lämna över tekniska krav till IT' })).toBeInTheDocument();

    await user.click(within(own).getByRole('button', { name: /Tillbaka/ }));
    await user.click(await within(commands()).findByRole('button', { name: 'Nytt klassningsobjekt' }));
    const wizard = await screen.findByRole('dialog');
    const owner = within(wizard).getByRole('combobox', { name: /Ägande enhet/ });
    await user.click(owner);
    const options = (await screen.findAllByRole('option')).map((o) => o.textContent);
    expect(options).toEqual(['Barn- och utbildningsnämnden']);
  });

  it('shows a reader every unit read-only: no create, edit, approve, raise or handlingsplan actions', async () => {
    const user = userEvent.setup({ delay: null });
    renderAs(world().services, ROLES.reader, 'classification');
    await screen.findByRole('rowheader', { name: 'Driftövervakning' });
    await new Promise((r) => setTimeout(r, 0));
    expect(within(commands()).queryByRole('button', { name: 'Nytt klassningsobjekt' })).not.toBeInTheDocument();
    const detail = await openObject(user, 'Elevregister');
    expect(within(detail).getByText(/Du kan läsa uppgifterna men inte ändra dem/)).toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: 'Redigera i guiden' })).not.toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: 'Fastställ klassningen' })).not.toBeInTheDocument();
    expect(within(detail).queryByRole('region', { name: 'Manuell höjning' })).not.toBeInTheDocument();
    const plan = await within(detail).findByRole('region', { name: 'Handlingsplan' });
    // A reader never derives or saves the plan: it shows what the unit's editors stored (here: nothing yet).
    expect(await within(plan).findByText('0 av 0 krav är bedömda.')).toBeInTheDocument();
    expect(within(plan).queryByRole('button', { name: 'Lämna över tekniska krav till IT' })).not.toBeInTheDocument();
    expect(within(plan).queryByRole('button', { name: /^Redigera/ })).not.toBeInTheDocument();
  });

  it('does not offer "Ny version" on an approved object to a reader', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture([approvedObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })], SARA, '2026-03-01T09:00:00.000Z')]);
    renderAs(f.services, ROLES.reader, 'classification');
    const detail = await openObject(user, 'Elevregister');
    await within(detail).findByText(/Fastställd av Sara Samordnare/);
    expect(within(detail).queryByRole('button', { name: 'Ny version' })).not.toBeInTheDocument();
  });

  it('tells a person without a LIS role why they see nothing', async () => {
    renderAs(world().services, ROLES.noRole, 'classification');
    expect(await screen.findByText(NO_ROLE_TITLE)).toBeInTheDocument();
    expect(screen.queryByRole('grid', { name: 'Klassningsobjekt' })).not.toBeInTheDocument();
  });

  it('shows the 403 message in place of the list when the load is denied', async () => {
    const f = world();
    f.classifications.listError = new AccessDeniedError('403');
    renderAs(f.services, ROLES.unitEditor, 'classification');
    expect(await screen.findByText(DENIED)).toBeInTheDocument();
  });

  it('shows the 403 message next to the action when approving is denied', async () => {
    const user = userEvent.setup({ delay: null });
    const f = world();
    renderAs(f.services, ROLES.unitEditor, 'classification');
    const detail = await openObject(user, 'Elevregister');
    f.classifications.nextWriteError = new AccessDeniedError('403');
    await user.click(within(detail).getByRole('button', { name: 'Fastställ klassningen' }));
    await waitFor(() => expect(within(detail).getByText(DENIED)).toBeInTheDocument());
  });
});
