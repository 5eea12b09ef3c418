/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setFromSharedType, type SharedInformationType } from '../../src/domain/classification';
import { assessedSet, draftObject, fixture, renderClassification } from './classificationFixtures';

type User = ReturnType<typeof userEvent.setup>;

const personalakt = (): SharedInformationType => {
  const set = assessedSet('x', 'Personalakt', { K: 3, R: 2, T: 1, S: 2 });
  return { id: '1', name: 'Personalakt', description: 'Anställdas personalakter', assessments: set.assessments, personalData: set.personalData };
};

async function tab(user: User, name: string): Promise<void> {
  await user.click(await screen.findByRole('tab', { name }));
}

async function fill(user: User, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

describe('shared information types and lowering requests', () => {
  it('publishes a shared type only with a motivering per aspect', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture();
    renderClassification(f);
    await tab(user, 'Gemensamma informationstyper');
    expect(await screen.findByText('Inga gemensamma informationstyper är publicerade.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ny informationstyp' }));
    const panel = await screen.findByRole('dialog', { name: 'Ny gemensam informationstyp' });
    await fill(user, within(panel).getByRole('textbox', { name: /^Namn/ }), 'Skyddade personuppgifter');
    await user.click(within(panel).getByRole('button', { name: 'Publicera' }));
    const k = within(panel).getByRole('textbox', { name: /^K, motivering/ });
    await waitFor(() => expect(k).toHaveAttribute('aria-invalid', 'true'));
    expect(f.sharedTypes.calls.create).toBe(0);

    for (const aspect of ['K', 'R', 'T', 'S']) {
      await fill(user, within(panel).getByRole('textbox', { name: new RegExp(`^${aspect}, motivering`) }), `Motivering ${aspect}`);
    }
    await user.click(within(panel).getByRole('combobox', { name: /^K, nivå/ }));
    await user.click(await screen.findByRole('option', { name: '3 – Allvarlig skada' }));
    await user.click(await within(await screen.findByRole('dialog', { name: 'Ny gemensam informationstyp' })).findByRole('button', { name: 'Publicera' }));
    expect(await screen.findByText('”Skyddade personuppgifter” har publicerats.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Gemensamma informationstyper' });
    expect(within(table).getByRole('rowheader', { name: 'Skyddade personuppgifter' })).toBeInTheDocument();
    expect(within(table).getByText('K3-R0-T0-S0')).toBeInTheDocument();
  });

  it('requests a lowering below the shared level, and the coordinator rejects it only with a reason', async () => {
    const user = userEvent.setup({ delay: null });
    const type = personalakt();
    const object = draftObject('Personalsystem', [{ ...setFromSharedType(type, 'set-1'), name: 'Personalakter' }], { ownerUnitId: '1' });
    const f = fixture([object], [], [{ ...type, active: true }]);
    renderClassification(f);
    const grid = await screen.findByRole('grid', { name: 'Klassningsobjekt' });
    await user.dblClick(await within(grid).findByRole('rowheader', { name: 'Personalsystem' }));
    const detail = await screen.findByRole('article', { name: 'Personalsystem' });
    const sets = within(detail).getByRole('region', { name: 'Informationsmängder' });
    expect(within(sets).getByText('Bygger på den gemensamma informationstypen ”Personalakt”')).toBeInTheDocument();

    // Not a lowering: refused with a clear message.
    await user.click(within(sets).getByRole('combobox', { name: /^Önskad nivå/ }));
    await user.click(await screen.findByRole('option', { name: '3 – Allvarlig skada' }));
    await fill(user, await within(sets).findByRole('textbox', { name: /^Motivering/ }), 'Endast namn och anställningsnummer');
    await user.click(within(sets).getByRole('button', { name: 'Skicka begäran' }));
    expect(await within(sets).findByText('Välj en nivå under 3. En höjning gör du direkt i klassningen.')).toBeInTheDocument();

    await user.click(within(sets).getByRole('combobox', { name: /^Önskad nivå/ }));
    await user.click(await screen.findByRole('option', { name: '2 – Betydande skada' }));
    await user.click(await within(sets).findByRole('button', { name: 'Skicka begäran' }));
    expect(await within(detail).findByText('Begäran om sänkning har skickats till samordnaren.')).toBeInTheDocument();
    expect(within(sets).getByText('K: 3 → 2 (väntar på beslut)')).toBeInTheDocument();
    expect(f.classifications.byName('Personalsystem').sets[0].loweringRequests?.[0]).toMatchObject({ status: 'pending', toLevel: 2 });

    await tab(user, 'Begäran om sänkning');
    const item = await screen.findByRole('listitem', { name: 'Personalsystem – Personalakter' });
    expect(within(item).getByText('Motivering: Endast namn och anställningsnummer')).toBeInTheDocument();
    await user.click(within(item).getByRole('button', { name: 'Avslå' }));
    const reason = within(item).getByRole('textbox', { name: 'Skäl till beslutet' });
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'));
    expect(f.classifications.byName('Personalsystem').sets[0].loweringRequests?.[0].status).toBe('pending');

    await fill(user, reason, 'Personalakten innehåller hälsouppgifter');
    await user.click(within(item).getByRole('button', { name: 'Avslå' }));
    expect(await screen.findByText('Sänkningen är avslagen.')).toBeInTheDocument();
    expect(await screen.findByText('Ingen begäran väntar på beslut.')).toBeInTheDocument();
    const decided = f.classifications.byName('Personalsystem').sets[0];
    expect(decided.loweringRequests?.[0]).toMatchObject({
      status: 'rejected',
      decisionReason: 'Personalakten innehåller hälsouppgifter',
      decidedBy: { displayName: 'Lena Ek' },
    });
    expect(decided.assessments.K.level).toBe(3);
  });
});
