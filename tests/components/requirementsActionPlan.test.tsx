/** @jest-environment jsdom */
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { objectWithProfile, renderSection, requirementServices, sectionElement, storedEntry, storedHandovers, type TestServices } from './requirementsRender';

type User = ReturnType<typeof userEvent.setup>;

const A = { K: 2, R: 1, T: 1, S: 1 } as const;
const B = { K: 1, R: 1, T: 3, S: 1 } as const;

function rowOf(code: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: new RegExp(`^${code} `) });
  return header.closest('tr') as HTMLElement;
}

async function ready(): Promise<void> {
  await screen.findByRole('table', { name: 'Administrativa krav' });
}

async function openEditor(user: User, code: string): Promise<HTMLElement> {
  await user.click(screen.getByRole('button', { name: `Redigera ${code}` }));
  return screen.findByRole('dialog');
}

async function setStatus(user: User, code: string, status: string, fields: Record<string, string> = {}): Promise<HTMLElement> {
  const panel = await openEditor(user, code);
  await user.click(within(panel).getByRole('radio', { name: status }));
  for (const [label, value] of Object.entries(fields)) {
    const field = within(panel).getByLabelText(new RegExp(`^${label}`));
    fireEvent.change(field, { target: { value } });
  }
  await user.click(within(panel).getByRole('button', { name: 'Spara' }));
  return panel;
}

describe('handlingsplan (ActionPlanSection)', () => {
  let services: TestServices;
  beforeEach(() => {
    services = requirementServices();
  });

  it('derives the plan from the profile, grouped by kind, and stores it', async () => {
    renderSection(services, objectWithProfile(A));
    await ready();
    expect(screen.getByText('Handlingsplanen bygger på profilen K2-R1-T1-S1.')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Administrativa krav' })).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'ADM-01 Ansvar för informationen',
    ]);
    expect(within(screen.getByRole('table', { name: 'Tekniska krav' })).getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      'TEK-01 Personliga användaridentiteter',
      'TEK-04 Flerfaktorsautentisering',
    ]);
    expect(screen.getByRole('table', { name: 'Fysiska krav' })).toBeInTheDocument();
    expect(screen.queryByText(/TEK-16/)).not.toBeInTheDocument();
    const stored = await services.actionPlans.getPlan('42');
    expect(stored.entries.map((e) => e.requirementCode).sort()).toEqual(['ADM-01', 'FYS-01', 'TEK-01', 'TEK-04']);
    expect(within(rowOf('TEK-04')).getByText('Ej bedömd')).toBeInTheDocument();
  });

  it('saves an assessment with how, responsible person and date', async () => {
    const user = userEvent.setup({ delay: null });
    renderSection(services, objectWithProfile(A));
    await ready();
    await setStatus(user, 'TEK-01', 'Delvis uppfyllt', {
      'Hur uppfylls kravet': 'Konton skapas via HR-flödet.',
      'Ansvarig, namn': 'Ivar IT',
      'Ansvarig, e-post': ' Ivar.IT@Kommun.se ',
      'Klart senast': '2027-03-31',
    });
    await screen.findByText('TEK-01 har sparats.');
    expect((await storedEntry(services, '42', 'TEK-01'))).toEqual({
      requirementCode: 'TEK-01',
      status: 'delvis',
      reason: '',
      how: 'Konton skapas via HR-flödet.',
      responsible: { displayName: 'Ivar IT', email: 'ivar.it@kommun.se' },
      targetDate: '2027-03-31',
    });
    const row = rowOf('TEK-01');
    expect(within(row).getByText('Delvis uppfyllt')).toBeInTheDocument();
    expect(within(row).getByText('Ivar IT (ivar.it@kommun.se)')).toBeInTheDocument();
    expect(within(row).getByText('2027-03-31')).toBeInTheDocument();
  });

  it('requires a reason for ej tillämpligt and keeps the entry unsaved until given', async () => {
    const user = userEvent.setup({ delay: null });
    renderSection(services, objectWithProfile(A));
    await ready();
    const panel = await setStatus(user, 'FYS-01', 'Ej tillämpligt');
    expect(await within(panel).findByText('Fältet måste fyllas i.')).toBeInTheDocument();
    expect(within(panel).getByText('Formuläret innehåller fel. Rätta de markerade fälten.')).toBeInTheDocument();
    expect((await storedEntry(services, '42', 'FYS-01'))?.status).toBe('ejBedomd');

    fireEvent.change(within(panel).getByLabelText(/^Motivering/), { target: { value: 'Systemet körs i leverantörens molntjänst.' } });
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));
    await screen.findByText('FYS-01 har sparats.');
    expect((await storedEntry(services, '42', 'FYS-01'))).toMatchObject({ status: 'ejTillampligt', reason: 'Systemet körs i leverantörens molntjänst.' });
    expect(within(rowOf('FYS-01')).getByText('Systemet körs i leverantörens molntjänst.')).toBeInTheDocument();
  });

  it('rejects an invalid e-mail next to the field', async () => {
    const user = userEvent.setup({ delay: null });
    renderSection(services, objectWithProfile(A));
    await ready();
    const panel = await setStatus(user, 'ADM-01', 'Uppfyllt', { 'Ansvarig, namn': 'Anna', 'Ansvarig, e-post': 'anna@' });
    expect(await within(panel).findByText(/Ange en giltig e-postadress/)).toBeInTheDocument();
    expect((await storedEntry(services, '42', 'ADM-01'))?.status).toBe('ejBedomd');
  });

  it('re-derives on a profile change keeping the statuses entered, retiring what no longer applies', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = renderSection(services, objectWithProfile(A));
    await ready();
    await setStatus(user, 'TEK-01', 'Uppfyllt');
    await screen.findByText('TEK-01 har sparats.');
    await setStatus(user, 'TEK-04', 'Ej uppfyllt', { 'Hur uppfylls kravet': 'Planeras 2027.' });
    await screen.findByText('TEK-04 har sparats.');

    rerender(sectionElement(services, objectWithProfile(B, { etag: '2' })));
    await screen.findByText('Handlingsplanen bygger på profilen K1-R1-T3-S1.');
    await screen.findByText(/Handlingsplanen är uppdaterad: 1 nya krav, 0 återkomna, 1 som inte längre gäller/);
    expect(within(rowOf('TEK-01')).getByText('Uppfyllt')).toBeInTheDocument();
    expect(within(rowOf('TEK-16')).getByText('Ej bedömd')).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: /^TEK-04 / })).not.toBeInTheDocument();
    const retired = screen.getByRole('list', { name: 'Krav som inte längre gäller' });
    expect(within(retired).getByText(/TEK-04 Flerfaktorsautentisering – Ej uppfyllt/)).toBeInTheDocument();
    expect((await storedEntry(services, '42', 'TEK-01'))?.status).toBe('uppfyllt');

    // Back to the first profile: TEK-04 returns with what was entered.
    rerender(sectionElement(services, objectWithProfile(A, { etag: '3' })));
    await screen.findByText('Handlingsplanen bygger på profilen K2-R1-T1-S1.');
    await waitFor(() => expect(within(rowOf('TEK-04')).getByText('Ej uppfyllt')).toBeInTheDocument());
    expect((await storedEntry(services, '42', 'TEK-04'))).toMatchObject({ status: 'ejUppfyllt', how: 'Planeras 2027.' });
    expect(screen.queryByRole('list', { name: 'Krav som inte längre gäller' })).not.toBeInTheDocument();
  });

  it('does not write when the stored plan already matches the profile', async () => {
    const first = renderSection(services, objectWithProfile(A));
    await ready();
    expect(services.actionPlans.calls.savePlan).toBe(1);
    first.unmount();
    renderSection(services, objectWithProfile(A, { etag: '9' }));
    await ready();
    expect(screen.getByRole('rowheader', { name: /^TEK-04 / })).toBeInTheDocument();
    expect(services.actionPlans.calls.savePlan).toBe(1);
  });

  it('explains level 4: no catalogue requirements for that aspect', async () => {
    renderSection(services, objectWithProfile({ K: 4, R: 1, T: 1, S: 1 }));
    await screen.findByText(/Konfidentialitet är klassad på nivå 4/);
    await screen.findByRole('table', { name: 'Tekniska krav' });
    // ADM-01 protects only K, which is at level 4: it is not in the plan.
    expect(screen.queryByRole('rowheader', { name: /^ADM-01 / })).not.toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /^TEK-01 / })).toBeInTheDocument();
  });

  it('reports a conflict when someone else saved the entry, and reloads it', async () => {
    const user = userEvent.setup({ delay: null });
    renderSection(services, objectWithProfile(A));
    await ready();
    const panel = await openEditor(user, 'ADM-01');
    services.actionPlans.editBySomeoneElse('42', 'ADM-01', 'delvis');
    await user.click(within(panel).getByRole('radio', { name: 'Uppfyllt' }));
    await user.click(within(panel).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Någon annan har ändrat detta/)).toBeInTheDocument();
    await waitFor(() => expect(panel).not.toBeInTheDocument());
    expect((await storedEntry(services, '42', 'ADM-01'))?.status).toBe('delvis');
    await waitFor(() => expect(within(rowOf('ADM-01')).getByText('Delvis uppfyllt')).toBeInTheDocument());
  });

  it('hands technical requirements over to IT, except those not applicable, once', async () => {
    const user = userEvent.setup({ delay: null });
    renderSection(services, objectWithProfile(A));
    await ready();
    const panel = await setStatus(user, 'TEK-04', 'Ej tillämpligt', { Motivering: 'Ingen inloggning: systemet saknar användare.' });
    await screen.findByText('TEK-04 har sparats.');
    expect(panel).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lämna över tekniska krav till IT' }));
    await screen.findByText('1 tekniska krav har lämnats över till IT.');
    const queue = await storedHandovers(services);
    expect(queue.map((i) => [i.objectId, i.requirementCode, i.status])).toEqual([['42', 'TEK-01', 'overlamnad']]);
    expect(queue[0].history[0].by).toEqual({ displayName: 'Ivar IT', email: 'ivar.it@kommun.se' });
    expect(within(rowOf('TEK-01')).getByText('Överlämnad')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lämna över tekniska krav till IT' }));
    await screen.findByText('Alla tekniska krav finns redan hos IT.');
    expect(await storedHandovers(services)).toHaveLength(1);
  });

  it('shows the kravlista for procurement with the SKA texts', async () => {
    const user = userEvent.setup({ delay: null });
    renderSection(services, objectWithProfile(A));
    await ready();
    await user.click(screen.getByRole('button', { name: 'Kravlista för upphandling' }));
    const panel = await screen.findByRole('dialog', { name: 'Kravlista för upphandling – Elevregister' });
    const table = within(panel).getByRole('table');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['ADM-01', 'TEK-01', 'TEK-04', 'FYS-01']);
    expect(within(table).getByText('Leverantören ska se till att flerfaktorsautentisering.')).toBeInTheDocument();
    await user.click(within(panel).getByRole('checkbox', { name: 'Administrativ' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Fysisk' }));
    expect(within(within(panel).getByRole('table')).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['TEK-01', 'TEK-04']);
    expect(within(panel).getByRole('button', { name: 'Ladda ned som Excel' })).toBeEnabled();
  });

  it("shows IT's rejection with its reason and hands the requirement over again", async () => {
    const user = userEvent.setup({ delay: null });
    await services.handovers.create({
      objectId: '42',
      requirementCode: 'TEK-04',
      status: 'avvisad',
      reason: 'Plattformen har redan MFA.',
      history: [
        { status: 'overlamnad', by: { displayName: 'Lena Ek', email: 'lena.ek@kommun.se' }, at: '2026-11-01T08:00:00Z', reason: '' },
        { status: 'avvisad', by: { displayName: 'Ivar IT', email: 'ivar.it@kommun.se' }, at: '2026-11-02T08:00:00Z', reason: 'Plattformen har redan MFA.' },
      ],
    });
    renderSection(services, objectWithProfile(A));
    await ready();
    const row = rowOf('TEK-04');
    expect(within(row).getByText('Avvisad')).toBeInTheDocument();
    expect(within(row).getByText('IT:s motivering: Plattformen har redan MFA.')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Lämna över igen: TEK-04' }));
    await screen.findByText('TEK-04 har lämnats över till IT igen.');
    const [item] = await storedHandovers(services);
    expect(item.status).toBe('overlamnad');
    expect(item.history.map((h) => h.status)).toEqual(['overlamnad', 'avvisad', 'overlamnad']);
    await waitFor(() => expect(within(rowOf('TEK-04')).getByText('Överlämnad')).toBeInTheDocument());
    expect(within(rowOf('TEK-04')).queryByRole('button', { name: 'Lämna över igen: TEK-04' })).not.toBeInTheDocument();
  });
});
