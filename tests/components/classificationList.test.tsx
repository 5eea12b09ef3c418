/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { approvedObject, assessedSet, draftObject, fixture, LENA, renderClassification } from './classificationFixtures';

type User = ReturnType<typeof userEvent.setup>;

function grid(): HTMLElement {
  return screen.getByRole('grid', { name: 'Klassningsobjekt' });
}

function names(): string[] {
  return within(grid())
    .queryAllByRole('rowheader')
    .map((h) => h.textContent ?? '');
}

function row(name: string): HTMLElement {
  return within(screen.getAllByRole('grid')[0]).getByRole('rowheader', { name }).closest('[role="row"]') as HTMLElement;
}

async function filter(user: User, label: RegExp, option: string): Promise<void> {
  // findBy: a just-closed dropdown hides the view from the accessibility tree for a moment.
  await user.click(await screen.findByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

// NOW is 2026-11-28: a review on 2026-06-01 is overdue, one on 2027-01-10 is due within 60 days, 2027-09-01 is fine.
function objects(): ReturnType<typeof draftObject>[] {
  const set = (levels: { K: 0 | 1 | 2 | 3 | 4; R: 0 | 1 | 2 | 3 | 4; T: 0 | 1 | 2 | 3 | 4; S: 0 | 1 | 2 | 3 | 4 }): ReturnType<typeof assessedSet> =>
    assessedSet('set-1', 'Uppgifter', levels);
  return [
    approvedObject('Elevregister', [set({ K: 2, R: 3, T: 2, S: 2 })], LENA, '2025-06-01T08:00:00.000Z', {
      criticality: { samhallsviktig: false, motivering: 'Ej samhällsviktigt' },
    }),
    approvedObject('E-arkiv', [set({ K: 2, R: 2, T: 1, S: 2 })], LENA, '2026-01-10T08:00:00.000Z', { ownerUnitId: '1' }),
    approvedObject('Personalsystem', [set({ K: 3, R: 2, T: 2, S: 2 })], LENA, '2026-09-01T08:00:00.000Z', { ownerUnitId: '1' }),
    draftObject('Försörjningsstöd', [set({ K: 3, R: 2, T: 1, S: 2 })], { ownerUnitId: '7' }),
  ];
}

describe('classification object list', () => {
  it('lists name, kind, owner, profile, status and the next review with its state in words', async () => {
    renderClassification(fixture(objects()));
    await screen.findByRole('rowheader', { name: 'Elevregister' });
    expect(names()).toEqual(['E-arkiv', 'Elevregister', 'Försörjningsstöd', 'Personalsystem']);
    expect(screen.getByRole('heading', { level: 2, name: 'Informationsklassning' })).toBeInTheDocument();
    expect(screen.getByText('4 objekt')).toBeInTheDocument();

    const elev = row('Elevregister');
    expect(within(elev).getByText('K2-R3-T2-S2')).toBeInTheDocument();
    expect(within(elev).getByText('IT-system')).toBeInTheDocument();
    expect(within(elev).getByText('Barn- och utbildningsnämnden')).toBeInTheDocument();
    expect(within(elev).getByText('Fastställd (v1)')).toBeInTheDocument();
    expect(within(elev).getByText('2026-06-01 (försenad)')).toBeInTheDocument();
    expect(within(row('E-arkiv')).getByText('2027-01-10 (snart)')).toBeInTheDocument();
    expect(within(row('Personalsystem')).getByText('2027-09-01')).toBeInTheDocument();
    expect(within(row('Försörjningsstöd')).getByText('Utkast (v1)')).toBeInTheDocument();
    expect(within(row('Försörjningsstöd')).getByText('Ej fastställd')).toBeInTheDocument();
    expect(within(row('Försörjningsstöd')).getByText('Äldrenämnden')).toBeInTheDocument();
  });

  it('filters by owner unit, status, review state and free text', async () => {
    const user = userEvent.setup({ delay: null });
    renderClassification(fixture(objects()));
    await screen.findByRole('rowheader', { name: 'Elevregister' });

    await filter(user, /^Ägande enhet/, 'Kommunstyrelsen');
    await waitFor(() => expect(names()).toEqual(['E-arkiv', 'Personalsystem']));
    expect(screen.getByText('2 av 4 objekt')).toBeInTheDocument();
    await filter(user, /^Ägande enhet/, 'Alla enheter');

    await filter(user, /^Status/, 'Utkast');
    await waitFor(() => expect(names()).toEqual(['Försörjningsstöd']));
    await filter(user, /^Status/, 'Alla');

    await filter(user, /^Omprövning/, 'Omprövning försenad');
    await waitFor(() => expect(names()).toEqual(['Elevregister']));
    await filter(user, /^Omprövning/, 'Ska snart omprövas');
    await waitFor(() => expect(names()).toEqual(['E-arkiv']));
    await filter(user, /^Omprövning/, 'Alla');

    await user.click(await screen.findByRole('searchbox', { name: 'Sök klassningsobjekt' }));
    await user.paste('k3');
    await waitFor(() => expect(names()).toEqual(['Försörjningsstöd', 'Personalsystem']));
    await user.click(screen.getByRole('searchbox', { name: 'Sök klassningsobjekt' }));
    await user.paste('-nomatch');
    expect(screen.getByRole('searchbox', { name: 'Sök klassningsobjekt' })).toHaveValue('k3-nomatch');
    expect(await screen.findByText('Inga klassningsobjekt matchar filtret.')).toBeInTheDocument();
  });

  it('opens an object from the selection with "Öppna" and goes back', async () => {
    const user = userEvent.setup({ delay: null });
    renderClassification(fixture(objects()));
    await screen.findByRole('rowheader', { name: 'Elevregister' });
    expect(screen.getByRole('button', { name: 'Öppna' })).toBeDisabled();
    await user.click(within(grid()).getByRole('rowheader', { name: 'Personalsystem' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Öppna' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Öppna' }));
    const detail = await screen.findByRole('article', { name: 'Personalsystem' });
    expect(within(detail).getByText('Fastställd, version 1')).toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: 'Tillbaka till listan' }));
    expect(await screen.findByRole('grid', { name: 'Klassningsobjekt' })).toBeInTheDocument();
  });

  it('shows a load failure with a retry', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture(objects());
    f.classifications.listError = new Error('boom');
    renderClassification(f);
    expect(await screen.findByText('Något gick fel. Försök igen.')).toBeInTheDocument();
    f.classifications.listError = undefined;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('rowheader', { name: 'Elevregister' })).toBeInTheDocument();
  });

  it('speaks English in en-US', async () => {
    renderClassification(fixture(objects()), 'en-US');
    const grid = await screen.findByRole('grid', { name: 'Classification objects' });
    await within(grid).findByRole('rowheader', { name: 'Elevregister' });
    expect(screen.getByRole('heading', { level: 2, name: 'Information classification' })).toBeInTheDocument();
    expect(within(row('Elevregister')).getByText('2026-06-01 (overdue)')).toBeInTheDocument();
    expect(within(row('Försörjningsstöd')).getByText('Draft (v1)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New classification object' })).toBeInTheDocument();
  });
});
