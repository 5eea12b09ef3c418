/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assessedSet, draftObject, fixture, renderClassification } from './classificationFixtures';

type User = ReturnType<typeof userEvent.setup>;

function wizard(): HTMLElement {
  return screen.getByRole('dialog', { name: 'Nytt klassningsobjekt' });
}

async function open(user: User): Promise<HTMLElement> {
  await screen.findByText(/Det finns inga klassningsobjekt ännu/);
  await user.click(screen.getByRole('button', { name: 'Nytt klassningsobjekt' }));
  return screen.findByRole('dialog', { name: 'Nytt klassningsobjekt' });
}

function currentStep(): string {
  const current = within(wizard()).getByRole('navigation', { name: 'Steg i guiden' }).querySelector('[aria-current="step"]');
  return current?.textContent ?? '';
}

async function next(user: User): Promise<void> {
  await user.click(within(wizard()).getByRole('button', { name: 'Nästa' }));
}

async function fill(user: User, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}

function category(name: string): HTMLElement {
  return within(wizard()).getByRole('radiogroup', { name: `${name}: nivå` });
}

async function assessAspect(user: User, levels: Record<string, string>, motivering: string): Promise<void> {
  for (const [cat, option] of Object.entries(levels)) {
    await user.click(within(category(cat)).getByRole('radio', { name: option }));
  }
  await fill(user, within(wizard()).getByRole('textbox', { name: /^Motivering/ }), motivering);
}

async function objectStep(user: User, name: string): Promise<void> {
  await fill(user, within(wizard()).getByRole('textbox', { name: /^Namn/ }), name);
  await user.click(within(wizard()).getByRole('combobox', { name: /^Ägande enhet/ }));
  await user.click(await screen.findByRole('option', { name: 'Barn- och utbildningsnämnden' }));
  // A just-closed dropdown hides the panel from the accessibility tree for a moment.
  await screen.findByRole('dialog', { name: 'Nytt klassningsobjekt' });
  await next(user);
}

describe('classification wizard', () => {
  it('walks object → set → one step per aspect → summary, suggesting the worst consequence, and saves the draft', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture();
    renderClassification(f);
    await open(user);
    expect(currentStep()).toBe('Objektet');
    expect(within(wizard()).getByText('Steg 1 av 3')).toBeInTheDocument();

    // Validation next to the field; nothing moves on.
    await next(user);
    const name = within(wizard()).getByRole('textbox', { name: /^Namn/ });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(name).toHaveFocus();
    expect(within(wizard()).getByText('Formuläret innehåller fel. Rätta de markerade fälten.')).toBeInTheDocument();
    expect(currentStep()).toMatch(/^Objektet/);

    await objectStep(user, 'Elevregister');
    expect(currentStep()).toBe('Informationsmängder');
    await next(user);
    expect(within(wizard()).getByText('Lägg till minst en informationsmängd innan klassningen fastställs.')).toBeInTheDocument();

    await user.click(within(wizard()).getByRole('button', { name: 'Lägg till informationsmängd' }));
    await fill(user, await within(wizard()).findByRole('textbox', { name: /^Namn på informationsmängden/ }), 'Elevuppgifter');
    await user.click(within(wizard()).getByRole('radio', { name: 'Känsliga personuppgifter' }));
    await next(user);
    // One step per aspect for the set, then the summary: 2 + 4 + 1.
    expect(within(wizard()).getByText('Steg 3 av 7')).toBeInTheDocument();
    expect(currentStep()).toBe('Elevuppgifter: Konfidentialitet');

    // The worst consequence decides the suggested level.
    await user.click(within(category('Ekonomi')).getByRole('radio', { name: '1 – Måttlig skada' }));
    expect(within(wizard()).getByText('Föreslagen nivå: 1 – Måttlig skada')).toBeInTheDocument();
    await user.click(within(category('Individ och personlig integritet')).getByRole('radio', { name: '3 – Allvarlig skada' }));
    expect(within(wizard()).getByText('Föreslagen nivå: 3 – Allvarlig skada')).toBeInTheDocument();
    expect(within(wizard()).getByText('Avgörs av: Individ och personlig integritet')).toBeInTheDocument();
    const chosen = within(wizard()).getByRole('radiogroup', { name: /^Vald nivå: Konfidentialitet/ });
    expect(within(chosen).getByRole('radio', { name: /^3 – Allvarlig skada/ })).toBeChecked();

    // Motivering is required.
    await next(user);
    const motivering = within(wizard()).getByRole('textbox', { name: /^Motivering/ });
    await waitFor(() => expect(motivering).toHaveAttribute('aria-invalid', 'true'));
    expect(motivering).toHaveAccessibleDescription(expect.stringContaining('Fältet måste fyllas i.'));
    expect(currentStep()).toMatch(/^Elevuppgifter: Konfidentialitet/);
    // A level below the worst consequence is refused.
    await user.click(within(chosen).getByRole('radio', { name: /^2 – Betydande skada/ }));
    await fill(user, within(wizard()).getByRole('textbox', { name: /^Motivering/ }), 'Elevers hälsouppgifter');
    await next(user);
    expect(await within(wizard()).findByText('Den allvarligaste konsekvensen är på nivå 3. Nivån kan inte vara lägre.')).toBeInTheDocument();
    await user.click(within(chosen).getByRole('radio', { name: /^3 – Allvarlig skada/ }));
    await next(user);

    expect(currentStep()).toBe('Elevuppgifter: Riktighet');
    await assessAspect(user, { Verksamhet: '2 – Betydande skada' }, 'Felaktiga betyg går att rätta');
    await next(user);
    expect(currentStep()).toBe('Elevuppgifter: Tillgänglighet');
    await assessAspect(user, { Verksamhet: '1 – Måttlig skada' }, 'Klarar några dagars avbrott');
    await next(user);
    expect(currentStep()).toBe('Elevuppgifter: Spårbarhet');
    await assessAspect(user, { 'Lagkrav och avtal': '2 – Betydande skada' }, 'Loggning krävs för personuppgifter');
    await next(user);

    expect(currentStep()).toBe('Sammanfattning');
    expect(within(wizard()).getByTestId('lis-cls-profile')).toHaveTextContent('K3-R2-T1-S2');
    expect(within(wizard()).queryByRole('radiogroup', { name: /Är objektet samhällsviktigt/ })).not.toBeInTheDocument();

    await user.click(within(wizard()).getByRole('button', { name: 'Spara och stäng' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nytt klassningsobjekt' })).not.toBeInTheDocument());
    const stored = f.classifications.byName('Elevregister');
    expect(stored).toMatchObject({ status: 'draft', version: 1, ownerUnitId: '3', kind: 'it-system' });
    expect(stored.sets).toHaveLength(1);
    expect(stored.sets[0]).toMatchObject({ name: 'Elevuppgifter', personalData: { kind: 'sensitive', note: '' } });
    expect(stored.sets[0].assessments.K).toEqual({ level: 3, motivering: 'Elevers hälsouppgifter', consequences: { ekonomi: 1, individ: 3 } });
    expect(stored.sets[0].assessments.T.level).toBe(1);
    // The detail of the new object opens.
    expect(await screen.findByRole('article', { name: 'Elevregister' })).toBeInTheDocument();
  });

  it('asks the samhällsviktig question in the summary when R or T ≥ 3, and keeps what was typed after an error', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture();
    renderClassification(f);
    await open(user);
    await objectStep(user, 'Driftövervakning');
    await user.click(within(wizard()).getByRole('button', { name: 'Lägg till informationsmängd' }));
    await fill(user, await within(wizard()).findByRole('textbox', { name: /^Namn på informationsmängden/ }), 'Larm');
    await next(user);
    await assessAspect(user, { Verksamhet: '1 – Måttlig skada' }, 'K ok');
    await next(user);
    await assessAspect(user, { 'Liv och hälsa': '3 – Allvarlig skada' }, 'Fel doseringar hotar hälsan');
    await next(user);
    await assessAspect(user, { Verksamhet: '2 – Betydande skada' }, 'T ok');
    await next(user);
    await assessAspect(user, { Verksamhet: '1 – Måttlig skada' }, 'S ok');
    await next(user);
    expect(currentStep()).toBe('Sammanfattning');
    expect(within(wizard()).getByTestId('lis-cls-profile')).toHaveTextContent('K1-R3-T2-S1');
    expect(within(wizard()).getByRole('radiogroup', { name: /Är objektet samhällsviktigt/ })).toBeInTheDocument();

    await user.click(within(wizard()).getByRole('button', { name: 'Spara och stäng' }));
    expect(await within(wizard()).findByRole('radio', { name: 'Ja, samhällsviktigt' })).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(f.classifications.calls.create).toBe(0);

    // Going back shows everything typed so far.
    await user.click(within(wizard()).getByRole('button', { name: 'Föregående' }));
    expect(within(wizard()).getByRole('textbox', { name: /^Motivering/ })).toHaveValue('S ok');
    await next(user);

    await user.click(within(wizard()).getByRole('radio', { name: 'Ja, samhällsviktigt' }));
    await fill(user, within(wizard()).getByRole('textbox', { name: /^Motivering/ }), 'Dricksvatten');
    await user.click(within(wizard()).getByRole('button', { name: 'Spara och stäng' }));
    await waitFor(() => expect(f.classifications.calls.create).toBe(1));
    expect(f.classifications.byName('Driftövervakning').criticality).toEqual({ samhallsviktig: true, motivering: 'Dricksvatten' });
  });

  it('saves a half-done draft with "Spara utkast" and continues it later', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture();
    renderClassification(f);
    await open(user);
    await objectStep(user, 'Personalsystem');
    await user.click(within(wizard()).getByRole('button', { name: 'Lägg till informationsmängd' }));
    await fill(user, await within(wizard()).findByRole('textbox', { name: /^Namn på informationsmängden/ }), 'Löner');
    await user.click(within(wizard()).getByRole('button', { name: 'Spara utkast' }));
    expect(await within(wizard()).findByText('”Personalsystem” har sparats som utkast.')).toBeInTheDocument();
    expect(f.classifications.byName('Personalsystem').sets.map((s) => s.name)).toEqual(['Löner']);

    // A second save updates the same object (no duplicate).
    await next(user);
    await assessAspect(user, { Ekonomi: '2 – Betydande skada' }, 'Lönespecifikationer');
    await user.click(within(wizard()).getByRole('button', { name: 'Spara utkast' }));
    await waitFor(() => expect(f.classifications.calls.update).toBe(1));
    expect(f.classifications.calls.create).toBe(1);
    expect(f.classifications.byName('Personalsystem').sets[0].assessments.K.level).toBe(2);
  });

  it('is keyboard operable: Enter on the buttons moves through the steps', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture();
    renderClassification(f);
    await open(user);
    const name = within(wizard()).getByRole('textbox', { name: /^Namn/ });
    name.focus();
    await user.keyboard('Skolwebb');
    within(wizard()).getByRole('button', { name: 'Nästa' }).focus();
    await user.keyboard('{Enter}');
    // Owner missing: focus goes to the first invalid field.
    await waitFor(() => expect(within(wizard()).getByRole('combobox', { name: /^Ägande enhet/ })).toHaveFocus());
    expect(f.classifications.calls.create).toBe(0);
  });

  it('continues a stored draft from its detail, and keeps the edits when someone else saved meanwhile', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture([draftObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })])]);
    renderClassification(f);
    const grid = await screen.findByRole('grid', { name: 'Klassningsobjekt' });
    await user.dblClick(await within(grid).findByRole('rowheader', { name: 'Elevregister' }));
    const detail = await screen.findByRole('article', { name: 'Elevregister' });
    await user.click(within(detail).getByRole('button', { name: 'Redigera i guiden' }));
    const panel = await screen.findByRole('dialog', { name: 'Klassa ”Elevregister”' });
    expect(within(panel).getByText('Steg 1 av 7')).toBeInTheDocument();
    const name = within(panel).getByRole('textbox', { name: /^Namn/ });
    expect(name).toHaveValue('Elevregister');

    f.classifications.changeBehindTheScenes(f.classifications.byName('Elevregister').id, { description: 'Ändrad av någon annan' });
    await user.clear(name);
    await user.paste('Elevregister grundskola');
    await user.click(within(panel).getByRole('button', { name: 'Spara utkast' }));
    expect(
      await within(panel).findByText('Någon annan har ändrat detta sedan du öppnade det. Ladda om och gör din ändring igen.'),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: /^Namn/ })).toHaveValue('Elevregister grundskola');
    expect(f.classifications.byName('Elevregister').description).toBe('Ändrad av någon annan');
  });
});
