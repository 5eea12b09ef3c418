/** @jest-environment jsdom */
import '../setup';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreUnavailableError } from '../../../src/data/ports/errors';
import { findView, stringsFor } from '../../../src/ui';
import { ServicesProvider } from '../../../src/ui/ServicesContext';
import { StringsProvider } from '../../../src/ui/strings';
import { TaskGroup } from '../../../src/ui/tasks/TaskGroup';
import { formatDueDate, kindLabel } from '../../../src/ui/tasks/taskPresentation';
import { emptyTaskInput } from '../../../src/domain/tasks';
import { FakeTaskInputReader } from '../fakeReminderServices';
import { annasInput, renderMyTasks, taskServices } from './myTasksFixtures';

type User = ReturnType<typeof userEvent.setup>;

async function group(name: RegExp): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 3, name }, { timeout: 10000 });
  return heading.closest('section') as HTMLElement;
}

function linksIn(section: HTMLElement): string[] {
  return within(section)
    .getAllByRole('link')
    .map((a) => a.textContent ?? '');
}

async function choose(user: User, label: string, option: string): Promise<void> {
  await user.click(screen.getByRole('combobox', { name: new RegExp(`^${label}`) }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('Mina uppgifter (MyTasksView)', () => {
  it('groups the signed-in user\'s tasks by urgency with a count per group and a total', async () => {
    const reader = new FakeTaskInputReader(annasInput());
    renderMyTasks(taskServices(reader));

    const overdue = await group(/^Försenade/);
    expect(overdue).toHaveAccessibleName('Försenade (1 uppgift)');
    expect(linksIn(overdue)).toEqual(['Genomför krav TEK-01 för Journalsystem']);

    const soon = await group(/^Snart/);
    expect(soon).toHaveAccessibleName('Snart (2 uppgifter)');
    // Earliest due date first: the follow-up is due today, TEK-02 on 5 December.
    expect(linksIn(soon)).toEqual(['Följ upp riskanalysen Bibliotekets e-tjänst', 'Genomför krav TEK-02 för Journalsystem']);

    const upcoming = await group(/^Kommande/);
    expect(upcoming).toHaveAccessibleName('Kommande (2 uppgifter)');
    expect(linksIn(upcoming)).toEqual(['Ompröva klassningen av Bokningssystem', 'Genomför åtgärd: Inför tvåfaktorsinloggning']);

    // Most urgent group first in reading order, and a total.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Försenade (1 uppgift)', 'Snart (2 uppgifter)', 'Kommande (2 uppgifter)']);
    expect(screen.getByRole('status')).toHaveTextContent('5 uppgifter');
    // The list is semantic: one list per group with its items.
    expect(within(soon).getByRole('list', { name: /^Snart/ })).toBeInTheDocument();
    expect(within(soon).getAllByRole('listitem')).toHaveLength(2);
    // Read for the signed-in person only, once.
    expect(reader.calls).toEqual([{ method: 'forPerson', person: expect.objectContaining({ email: 'anna.berg@norrkoping.se', isItStaff: false }) }]);
  });

  it('shows each task\'s state as text and icon, its due date in Swedish, kind and unit name', async () => {
    renderMyTasks(taskServices());
    const overdue = await group(/^Försenade/);
    const item = within(overdue).getByRole('listitem');
    expect(item).toHaveTextContent('Försenad');
    expect(item).toHaveTextContent('Senast 20 november 2026 (8 dagar sedan)');
    expect(item).toHaveTextContent('Typ: Krav i handlingsplan');
    expect(item).toHaveTextContent('Enhet: Socialnämnden');
    expect(item.querySelector('[data-icon-name="Warning"]')).not.toBeNull();

    const soon = await group(/^Snart/);
    const [followUp] = within(soon).getAllByRole('listitem');
    expect(followUp).toHaveTextContent('Senast 28 november 2026 (i dag)');
    expect(followUp).toHaveTextContent('Typ: Uppföljning av riskanalys');
    expect(followUp).toHaveTextContent('Enhet: Kulturnämnden');
    expect(followUp.querySelector('[data-icon-name="Clock"]')).not.toBeNull();
  });

  it('links each task to its view with its parameters, as real anchors', async () => {
    renderMyTasks(taskServices());
    await group(/^Försenade/);
    const href = (name: string): string | null => screen.getByRole('link', { name }).getAttribute('href');
    expect(href('Genomför krav TEK-01 för Journalsystem')).toBe('http://localhost/#/classification?objectId=o1&requirementCode=TEK-01');
    expect(href('Ompröva klassningen av Bokningssystem')).toBe('http://localhost/#/classification?objectId=o2');
    expect(href('Följ upp riskanalysen Bibliotekets e-tjänst')).toBe('http://localhost/#/risk?analysisId=an1');
    expect(href('Genomför åtgärd: Inför tvåfaktorsinloggning')).toBe('http://localhost/#/risk?actionId=a1&analysisId=an1&riskId=r1');
    expect(screen.getByRole('link', { name: 'Genomför krav TEK-01 för Journalsystem' }).tagName).toBe('A');
  });

  it('filters by unit and by kind, offering only what the tasks contain, and updates the counts', async () => {
    const user = userEvent.setup({ delay: null });
    renderMyTasks(taskServices());
    await group(/^Försenade/);

    await user.click(screen.getByRole('combobox', { name: /^Enhet/ }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Alla enheter', 'Kulturnämnden', 'Socialnämnden']);
    await user.click(screen.getByRole('option', { name: 'Socialnämnden' }));
    expect(await screen.findByRole('status')).toHaveTextContent('2 av 5 uppgifter');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Försenade (1 uppgift)', 'Snart (1 uppgift)']);

    await choose(user, 'Enhet', 'Alla enheter');
    expect(await screen.findByRole('status')).toHaveTextContent('5 uppgifter');
    await user.click(screen.getByRole('combobox', { name: /^Typ av uppgift/ }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      'Alla typer',
      'Krav i handlingsplan',
      'Omprövning av klassning',
      'Riskåtgärd',
      'Uppföljning av riskanalys',
    ]);
    await user.click(screen.getByRole('option', { name: 'Riskåtgärd' }));
    expect(await screen.findByRole('status')).toHaveTextContent('1 av 5 uppgifter');
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['Genomför åtgärd: Inför tvåfaktorsinloggning']);

    // Both filters together can leave nothing: say so.
    await choose(user, 'Enhet', 'Socialnämnden');
    expect(await screen.findByText('Inga uppgifter matchar filtren.')).toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('says when there is nothing to do', async () => {
    renderMyTasks(taskServices(new FakeTaskInputReader(emptyTaskInput())));
    expect(await screen.findByText(/^Inga uppgifter just nu\./, undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 uppgifter');
    expect(screen.queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });

  it('shows a load failure with a retry that loads again', async () => {
    const user = userEvent.setup({ delay: null });
    const reader = new FakeTaskInputReader(annasInput());
    reader.failWith = new StoreUnavailableError('down');
    renderMyTasks(taskServices(reader));
    expect(await screen.findByText('LIS kunde inte nå sin datalagring just nu. Försök igen om en stund.', undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.queryByText(/^Inga uppgifter just nu/)).not.toBeInTheDocument();

    reader.failWith = undefined;
    await user.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await group(/^Försenade/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/kunde inte nå sin datalagring/)).not.toBeInTheDocument());
    expect(reader.calls).toHaveLength(2);
  });

  it('notes items that could not be read', async () => {
    renderMyTasks(taskServices(new FakeTaskInputReader(annasInput(), 3)));
    expect(await screen.findByText(/^3 poster kunde inte läsas och ingår inte i listan\./, undefined, { timeout: 10000 })).toBeInTheDocument();
    expect(await group(/^Försenade/)).toBeInTheDocument();
  });

  it('shows a spinner while loading', async () => {
    const reader = new FakeTaskInputReader(annasInput());
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const forPerson = reader.forPerson.bind(reader);
    reader.forPerson = async (person) => {
      await gate;
      return forPerson(person);
    };
    renderMyTasks(taskServices(reader));
    expect(await screen.findByText('Laddar dina uppgifter…', undefined, { timeout: 10000 })).toBeInTheDocument();
    release();
    expect(await group(/^Försenade/)).toBeInTheDocument();
    expect(screen.queryByText('Laddar dina uppgifter…')).not.toBeInTheDocument();
  });

  it('speaks English when the host is English', async () => {
    renderMyTasks(taskServices(), 'en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'My tasks' }, { timeout: 10000 })).toBeInTheDocument();
    const overdue = await group(/^Overdue/);
    expect(overdue).toHaveAccessibleName('Overdue (1 task)');
    const item = within(overdue).getByRole('listitem');
    expect(item).toHaveTextContent('Due November 20, 2026 (8 days ago)');
    expect(item).toHaveTextContent('Kind: Requirement in action plan');
    expect(item).toHaveTextContent('Unit: Socialnämnden');
    expect(await group(/^Due soon/)).toHaveAccessibleName('Due soon (2 tasks)');
    expect(await group(/^Upcoming/)).toHaveAccessibleName('Upcoming (2 tasks)');
    expect(screen.getByRole('status')).toHaveTextContent('5 tasks');
    expect(screen.getByRole('combobox', { name: /^Unit/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Kind of task/ })).toBeInTheDocument();
  });

  it('is in the navigation as "Mina uppgifter" / "My tasks" with an MDL2 icon', () => {
    const view = findView('myTasks');
    expect(view?.label(stringsFor('sv-SE'))).toBe('Mina uppgifter');
    expect(view?.label(stringsFor('en-US'))).toBe('My tasks');
    expect(view?.icon).toBe('TaskLogo');
  });

  it('labels every known kind in both languages and shows an unknown kind by its key', () => {
    const kinds = ['klassningOmprovning', 'klassningFaststallande', 'handlingsplan', 'riskatgard', 'riskUppfoljning', 'itOverlamning'];
    for (const locale of ['sv-SE', 'en-US'] as const) {
      const labels = kinds.map((k) => kindLabel(stringsFor(locale), k));
      expect(labels.every((label, i) => label !== kinds[i] && label.length > 0)).toBe(true);
    }
    expect(kindLabel(stringsFor('sv-SE'), 'arligUppfoljning')).toBe('arligUppfoljning');
    expect(kindLabel(stringsFor('sv-SE'), 'toString')).toBe('toString');

    render(
      <StringsProvider locale="sv-SE">
        <ServicesProvider services={taskServices()}>
          <TaskGroup
            group={{ state: 'kommande', tasks: [{ key: 'x:1', kind: 'arligUppfoljning', title: 'Årlig uppföljning', dueDate: '2027-03-01', state: 'kommande', orgUnitId: 'u9', link: { view: 'x', params: {} } }] }}
            unitName={(id) => `Okänd enhet (${id})`}
            today="2026-11-28"
          />
        </ServicesProvider>
      </StringsProvider>,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('Typ: arligUppfoljning');
    expect(screen.getByRole('link', { name: 'Årlig uppföljning' })).toHaveAttribute('href', 'http://localhost/#/x');
  });

  it('formats calendar dates without shifting the day', () => {
    expect(formatDueDate('2027-01-01', 'sv-SE')).toBe('1 januari 2027');
    expect(formatDueDate('2026-12-31', 'en-US')).toBe('December 31, 2026');
    expect(formatDueDate('inte ett datum', 'sv-SE')).toBe('inte ett datum');
  });
});
