/** @jest-environment jsdom */
import './setup';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StoreUnavailableError } from '../../src/data/ports/errors';
import type { AuditedEntity, HistoryEntry } from '../../src/data/ports/ItemHistory';
import { ItemHistorySection } from '../../src/ui/history/ItemHistorySection';
import { ServicesProvider } from '../../src/ui/ServicesContext';
import { StringsProvider, type Locale } from '../../src/ui/strings';
import { FakeItemHistory } from './fakeAccessServices';
import { demoRepository, services } from './renderView';

const ENTRIES: HistoryEntry[] = [
  {
    version: '3.0',
    at: '2026-03-02T13:05:00Z',
    by: 'Karin Ekwall',
    changes: [
      { field: 'status', from: 'Utkast', to: 'Fastställd' },
      { field: 'level:Elevregister K', from: '2 (Betydande skada)', to: '3 (Allvarlig skada)' },
      { field: 'nextReviewDate', from: '', to: '2027-03-02' },
    ],
  },
  { version: '2.0', at: '2026-03-01T08:00:00Z', by: 'Sara Sandström', changes: [], unreadable: true },
  { version: '1.0', at: '2026-02-01T08:00:00Z', by: '', changes: [{ field: 'name', from: '', to: 'Elevregister' }] },
];

function renderSection(history: FakeItemHistory, entity: AuditedEntity = 'classification', locale: Locale = 'sv-SE') {
  const all = { ...services(demoRepository()), itemHistory: history };
  return render(
    <ServicesProvider services={all}>
      <StringsProvider locale={locale}>
        <ItemHistorySection entity={entity} id="12" />
      </StringsProvider>
    </ServicesProvider>,
  );
}

describe('ItemHistorySection', () => {
  it('is collapsed and loads nothing until opened, then shows when, who and what changed', async () => {
    const history = new FakeItemHistory({ 'classification:12': ENTRIES });
    renderSection(history);
    expect(screen.getByRole('heading', { name: 'Ändringshistorik' })).toBeTruthy();
    const toggle = screen.getByRole('button', { name: 'Visa ändringshistorik' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(history.calls).toEqual([]);

    await userEvent.setup({ delay: null }).click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = await screen.findByRole('table', { name: '3 sparade versioner, senaste först' });
    expect(history.calls).toEqual([{ entity: 'classification', id: '12' }]);
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['När', 'Vem', 'Vad ändrades']);
    expect(rows[1].textContent).toContain('2026-03-02 14:05');
    expect(rows[1].textContent).toContain('Version 3.0');
    expect(within(rows[1]).getByRole('cell', { name: 'Karin Ekwall' })).toBeTruthy();
    expect(within(rows[1]).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Status: Utkast → Fastställd',
      'Nivå (Elevregister K): 2 (Betydande skada) → 3 (Allvarlig skada)',
      'Nästa översyn: (tomt) → 2027-03-02',
    ]);
    expect(rows[2].textContent).toContain('Versionen kunde inte läsas');
    expect(within(rows[3]).getByRole('cell', { name: 'Okänd' })).toBeTruthy();
  });

  it('loads again each time it is opened', async () => {
    const history = new FakeItemHistory({ 'risk:12': ENTRIES.slice(2) });
    renderSection(history, 'risk');
    const toggle = screen.getByRole('button', { name: 'Visa ändringshistorik' });
    await userEvent.setup({ delay: null }).click(toggle);
    await screen.findByRole('table');
    await userEvent.setup({ delay: null }).click(toggle);
    await userEvent.setup({ delay: null }).click(toggle);
    await screen.findByRole('table');
    expect(history.calls).toEqual([{ entity: 'risk', id: '12' }, { entity: 'risk', id: '12' }]);
  });

  it('says so when there is no history', async () => {
    renderSection(new FakeItemHistory());
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Visa ändringshistorik' }));
    expect(await screen.findByText('Inga sparade ändringar finns ännu.')).toBeTruthy();
  });

  it('shows a failure in Swedish with a retry that loads again', async () => {
    const history = new FakeItemHistory({ 'classification:12': ENTRIES });
    const real = history.history.bind(history);
    let fail = true;
    history.history = async (entity, id) => {
      if (fail) {
        fail = false;
        throw new StoreUnavailableError('down', 503);
      }
      return real(entity, id);
    };
    renderSection(history);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Visa ändringshistorik' }));
    expect(await screen.findByText(/LIS kunde inte nå sin datalagring/)).toBeTruthy();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('table')).toBeTruthy();
  });

  it('labels fields in English under en-US', async () => {
    renderSection(new FakeItemHistory({ 'riskAnalysis:12': [{ version: '2.0', at: '2026-03-02T13:05:00Z', by: 'K', changes: [{ field: 'nextFollowUpDate', from: '', to: '2026-09-01' }] }] }), 'riskAnalysis', 'en-US');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Show change history' }));
    expect(await screen.findByText('Next follow-up: (empty) → 2026-09-01')).toBeTruthy();
  });
});
