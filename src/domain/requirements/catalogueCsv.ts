import { parseCsv } from '../export/parseCsv';
import { toCsv, type CsvColumn, type CsvOptions } from '../export/toCsv';
import type { Requirement } from './Requirement';
import { normaliseHeader, validateCatalogueRows, type CatalogueImportResult } from './catalogueRows';

/** The catalogue file's columns with how each cell is written; `catalogueToCsv` and templates use them. */
export const CATALOGUE_CSV_COLUMNS: readonly CsvColumn<Requirement>[] = [
  { header: 'kod', value: (r) => r.code },
  { header: 'titel', value: (r) => r.title },
  { header: 'ar_krav', value: (r) => r.isText },
  { header: 'ska_krav', value: (r) => r.skaText },
  { header: 'typ', value: (r) => r.kind },
  { header: 'aspekter', value: (r) => r.aspects.join(',') },
  { header: 'lagsta_niva', value: (r) => String(r.minLevel) },
  { header: 'grundskydd', value: (r) => (r.baseline ? 'ja' : 'nej') },
  { header: 'referens', value: (r) => r.reference },
];

/** The catalogue as a `;`-separated CSV with BOM for Swedish Excel, formula-like cells neutralised. */
export function catalogueToCsv(catalogue: readonly Requirement[], options: CsvOptions = {}): string {
  return toCsv(catalogue, CATALOGUE_CSV_COLUMNS, options);
}

/**
 * Reads a catalogue CSV (`;`, `,` or tab separated, detected from the header; BOM optional). Row 1 holds the
 * column names (see CATALOGUE_COLUMNS; other columns are ignored). Returns the whole catalogue or every problem
 * with its row number: nothing is half-imported.
 */
export function parseCatalogueCsv(text: string): CatalogueImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, issues: [{ row: parsed.row, field: 'file', code: 'malformedCsv', params: { row: parsed.row } }] };
  const [header, ...body] = parsed.records;
  if (!header || header.cells.every((c) => !c.trim())) {
    return { ok: false, issues: [{ row: 1, field: 'kod', code: 'emptyCatalogue' }] };
  }
  const headers = header.cells;
  const rows = body.map((record) => {
    const cells: Record<string, string> = {};
    headers.forEach((h, i) => {
      const key = normaliseHeader(h);
      if (key && !(key in cells)) cells[key] = record.cells[i] ?? '';
    });
    return cells;
  });
  return validateCatalogueRows(rows, { headers, firstRow: header.row + 1 });
}
