import type { StoredRequirement } from '../../data/ports/RequirementCatalogueRepository';
import {
  CATALOGUE_CSV_COLUMNS,
  DEFAULT_CATALOGUE,
  catalogueToCsv,
  normaliseRequirement,
  parseCatalogueCsv,
  validateCatalogue,
  validateCatalogueRows,
  type CatalogueImportResult,
  type Requirement,
} from '../../domain/requirements';
import { ValidationError } from '../../domain/shared/Validation';
import type { RequirementServices } from './deps';
import { readSheet, writeSheet } from './excel';

/** A file the user chose: its name and its bytes. */
export interface ChosenFile {
  name: string;
  data: ArrayBuffer;
}

/** An .xlsx file: by its name, or by its content (an .xlsx is a zip archive, which starts with `PK\x03\x04`). */
export function isExcelFile(name: string, data?: ArrayBuffer): boolean {
  if (/\.xlsx$/i.test(name.trim())) return true;
  if (!data || data.byteLength < 4) return false;
  const head = new Uint8Array(data, 0, 4);
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/**
 * Reads and validates a whole catalogue file (CSV: `;`, `,` or tab separated, UTF-8; Excel: the first sheet of an
 * .xlsx, recognised by name or content). Every bad row is reported with its row number; the result is the whole catalogue or nothing. An Excel
 * file that cannot be opened is reported as unreadable (`{ ok: false, issues: [] }` is never returned).
 */
export async function readCatalogueFile(file: ChosenFile): Promise<CatalogueImportResult | { ok: false; unreadable: true }> {
  if (isExcelFile(file.name, file.data)) {
    let sheet;
    try {
      sheet = await readSheet(file.data);
    } catch {
      return { ok: false, unreadable: true };
    }
    if (sheet.headers.every((h) => !h.trim())) return { ok: false, issues: [{ row: 1, field: 'kod', code: 'emptyCatalogue' }] };
    return validateCatalogueRows(sheet.rows, { headers: sheet.headers, firstRow: 2 });
  }
  const text = new TextDecoder('utf-8').decode(file.data);
  return parseCatalogueCsv(text);
}

/**
 * Replaces the stored catalogue with an imported (or the default) one after checking it whole once more:
 * ValidationError if any requirement breaks a rule, and then nothing is written.
 */
export async function importCatalogue(
  services: Pick<RequirementServices, 'requirements'>,
  catalogue: readonly Requirement[]
): Promise<StoredRequirement[]> {
  const clean = catalogue.map(normaliseRequirement);
  const issues = validateCatalogue(clean);
  if (issues.length > 0) throw new ValidationError(issues);
  return services.requirements.replaceAll(clean);
}

/** Puts LIS's own default catalogue back ("Återställ standardkatalogen"). */
export function resetCatalogue(services: Pick<RequirementServices, 'requirements'>): Promise<StoredRequirement[]> {
  return importCatalogue(services, DEFAULT_CATALOGUE);
}

/** The catalogue as CSV text (`;`, BOM, formula-like cells neutralised): imports back unchanged. */
export function exportCatalogueCsv(catalogue: readonly Requirement[]): string {
  return catalogueToCsv(catalogue);
}

/** The catalogue as an .xlsx file with the same columns as the CSV: imports back unchanged. */
export function exportCatalogueExcel(catalogue: readonly Requirement[], sheetName: string): Promise<ArrayBuffer> {
  return writeSheet(catalogue, CATALOGUE_CSV_COLUMNS, sheetName, [10, 36, 60, 60, 14, 10, 12, 12, 36]);
}
