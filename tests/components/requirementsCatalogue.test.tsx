/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// exceljs (through uuid) must load its Node build under jsdom, hence the export conditions above.
import './setup';
import * as React from 'react';
import { TextDecoder, TextEncoder } from 'util';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LisRoot } from '../../src/ui/LisRoot';
import { DEFAULT_CATALOGUE, catalogueToCsv } from '../../src/domain/requirements';
import { exportCatalogueExcel } from '../../src/app/requirements';
import { SMALL_CATALOGUE, requirementServices, type TestServices } from './requirementsRender';

// jsdom lacks TextDecoder (browsers have it); the import reads files through it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const downloads: Blob[] = [];
beforeAll(() => {
  Object.assign(URL, {
    createObjectURL: (blob: Blob) => {
      downloads.push(blob);
      return `blob:test/${downloads.length}`;
    },
    revokeObjectURL: () => undefined,
  });
  // jsdom does not navigate; a click on the download link is enough.
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

beforeEach(() => {
  downloads.length = 0;
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function renderCatalogue(services: TestServices): void {
  render(<LisRoot services={services} locale="sv-SE" view="catalogue" />);
}

function codes(): string[] {
  return within(screen.getByRole('table', { name: 'Krav i katalogen' }))
    .getAllByRole('rowheader')
    .map((h) => h.textContent ?? '');
}

function csvFile(name: string, lines: string[]): File {
  return new File([lines.join('\r\n')], name, { type: 'text/csv' });
}

const HEADER = 'kod;titel;ar_krav;ska_krav;typ;aspekter;lagsta_niva;grundskydd;referens';

describe('requirement catalogue (CatalogueView)', () => {
  it('lists, searches and filters the catalogue and shows a requirement with its ÄR and SKA text', async () => {
    const user = userEvent.setup({ delay: null });
    const services = requirementServices(DEFAULT_CATALOGUE);
    renderCatalogue(services);
    await screen.findByRole('heading', { level: 2, name: 'Kravkatalog' });
    await screen.findByRole('table', { name: 'Krav i katalogen' });
    expect(screen.getByText(`${DEFAULT_CATALOGUE.length} krav`)).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: /^Typ/ }));
    await user.click(await screen.findByRole('option', { name: 'Fysisk' }));
    const physical = DEFAULT_CATALOGUE.filter((r) => r.kind === 'fysisk').map((r) => r.code);
    await waitFor(() => expect(codes()).toEqual(physical));

    await user.click(screen.getByRole('combobox', { name: /^Typ/ }));
    await user.click(await screen.findByRole('option', { name: 'Alla typer' }));
    await user.type(await screen.findByRole('searchbox', { name: 'Sök krav' }), 'flerfaktors');
    await waitFor(() => expect(codes().length).toBeLessThan(DEFAULT_CATALOGUE.length));
    expect(codes()).toContain('TEK-04');

    await user.click(screen.getByRole('button', { name: 'Krav TEK-04' }));
    const panel = await screen.findByRole('dialog', { name: /^TEK-04 / });
    const tek04 = DEFAULT_CATALOGUE.find((r) => r.code === 'TEK-04')!;
    expect(within(panel).getByText(tek04.isText)).toBeInTheDocument();
    expect(within(panel).getByText(tek04.skaText)).toBeInTheDocument();
  });

  it('reports every bad row of an imported CSV with its row number, and imports nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const services = requirementServices();
    renderCatalogue(services);
    await screen.findByRole('table', { name: 'Krav i katalogen' });
    const file = csvFile('katalog.csv', [
      HEADER,
      'ADM-90;Rubrik;Är-text;Ska-text;administrativ;K;1;ja;Policy',
      'ADM-91;;Är-text;Ska-text;administrativ;K;1;ja;Policy',
      'ADM-92;Rubrik;Är-text;Ska-text;okänd;K;1;ja;Policy',
      'ADM-90;Dubblett;Är-text;Ska-text;fysisk;T;2;nej;Policy',
    ]);
    await user.upload(screen.getByLabelText('Importera (CSV eller Excel)'), file);
    await screen.findByText('”katalog.csv” importerades inte: 3 fel hittades. Rätta raderna nedan och försök igen. Ingenting har ändrats.');
    const errors = screen.getByRole('table', { name: 'Fel i importfilen' });
    const rows = within(errors)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['3', 'titel', 'Fältet måste fyllas i.'],
      ['4', 'typ', 'Värdet ”okänd” är inte tillåtet.'],
      ['5', 'kod', 'Koden ADM-90 används redan (första gången på rad 2).'],
    ]);
    expect(services.requirements.calls.replaceAll).toBe(0);
    expect(codes()).toEqual(SMALL_CATALOGUE.map((r) => r.code));
  });

  it('reports a missing column on row 1', async () => {
    const user = userEvent.setup({ delay: null });
    const services = requirementServices();
    renderCatalogue(services);
    await screen.findByRole('table', { name: 'Krav i katalogen' });
    await user.upload(screen.getByLabelText('Importera (CSV eller Excel)'), csvFile('kort.csv', ['kod;titel', 'A-1;B']));
    const errors = await screen.findByRole('table', { name: 'Fel i importfilen' });
    expect(within(errors).getByText('Kolumnen ”ar_krav” saknas i rubrikraden.')).toBeInTheDocument();
    expect(within(errors).getAllByRole('row').slice(1).every((r) => within(r).getAllByRole('cell')[0].textContent === '1')).toBe(true);
    expect(services.requirements.calls.replaceAll).toBe(0);
  });

  it('asks before replacing the catalogue with a valid file, then replaces it', async () => {
    const user = userEvent.setup({ delay: null });
    const services = requirementServices();
    renderCatalogue(services);
    await screen.findByRole('table', { name: 'Krav i katalogen' });
    const text = catalogueToCsv(DEFAULT_CATALOGUE.slice(0, 3));
    await user.upload(screen.getByLabelText('Importera (CSV eller Excel)'), new File([text], 'ny.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ersätta katalogen?' });
    expect(within(dialog).getByText(/”ny.csv” innehåller 3 giltiga krav/)).toBeInTheDocument();
    expect(services.requirements.calls.replaceAll).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ersätt katalogen' }));
    await screen.findByText('Katalogen har ersatts med 3 krav.');
    expect((await services.requirements.list()).items.map((r) => r.code)).toEqual(DEFAULT_CATALOGUE.slice(0, 3).map((r) => r.code));
    await waitFor(() => expect(codes()).toEqual(DEFAULT_CATALOGUE.slice(0, 3).map((r) => r.code)));
  });

  it('restores the default catalogue after confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const services = requirementServices();
    renderCatalogue(services);
    await screen.findByRole('table', { name: 'Krav i katalogen' });
    await user.click(screen.getByRole('button', { name: 'Återställ standardkatalogen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Återställa standardkatalogen?' });
    await user.click(within(dialog).getByRole('button', { name: 'Återställ' }));
    await screen.findByText(`Standardkatalogen (${DEFAULT_CATALOGUE.length} krav) är återställd.`);
    expect((await services.requirements.list()).items.map((r) => r.code)).toEqual(DEFAULT_CATALOGUE.map((r) => r.code));
  });

  it('exports CSV with formula-like cells neutralised', async () => {
    const services = requirementServices([{ ...SMALL_CATALOGUE[0], title: '=HYPERLINK("http://x")' }]);
    renderCatalogue(services);
    await screen.findByRole('table', { name: 'Krav i katalogen' });
    fireEvent.click(screen.getByRole('button', { name: 'Exportera CSV' }));
    expect(downloads).toHaveLength(1);
    const text = await readBlob(downloads[0]);
    expect(text).toContain(`;"'=HYPERLINK(""http://x"")";`);
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(HEADER);
  });

  it('imports an Excel file after confirmation', async () => {
    const user = userEvent.setup({ delay: null });
    const services = requirementServices();
    renderCatalogue(services);
    await screen.findByRole('table', { name: 'Krav i katalogen' });
    const data = await exportCatalogueExcel(DEFAULT_CATALOGUE.slice(5, 9), 'Kravkatalog');
    await user.upload(screen.getByLabelText('Importera (CSV eller Excel)'), new File([data], 'katalog.xlsx'));
    const dialog = await screen.findByRole('alertdialog', { name: 'Ersätta katalogen?' }, { timeout: 10000 });
    await user.click(within(dialog).getByRole('button', { name: 'Ersätt katalogen' }));
    await screen.findByText('Katalogen har ersatts med 4 krav.');
    expect((await services.requirements.list()).items.map((r) => r.code)).toEqual(DEFAULT_CATALOGUE.slice(5, 9).map((r) => r.code));
  });
});
