import { isAspect, type Aspect } from '../classification/levels';
import { restoreFormula } from '../export/neutraliseFormula';
import type { ValidationIssue } from '../shared/Validation';
import {
  isRequirementKind,
  normaliseCode,
  sortAspects,
  type Requirement,
  type RequirementKind,
  type RequirementLevel,
} from './Requirement';
import { validateRequirement } from './validateRequirement';

/**
 * The columns of a catalogue file (CSV today, an Excel sheet through the same row validator later), in export
 * order. Headers are matched after normaliseHeader, so "ÄR-krav" and "Lägsta nivå" are found too.
 */
export const CATALOGUE_COLUMNS = [
  'kod',
  'titel',
  'ar_krav',
  'ska_krav',
  'typ',
  'aspekter',
  'lagsta_niva',
  'grundskydd',
  'referens',
] as const;
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number];

/** Which model field each column fills; issues found by validateRequirement are reported on the column. */
export const COLUMN_FOR_FIELD: Readonly<Record<keyof Requirement, CatalogueColumn>> = {
  code: 'kod',
  title: 'titel',
  isText: 'ar_krav',
  skaText: 'ska_krav',
  kind: 'typ',
  aspects: 'aspekter',
  minLevel: 'lagsta_niva',
  baseline: 'grundskydd',
  reference: 'referens',
};

/** A problem in an imported file: the spreadsheet row (the header is row 1) and the column (`field`). */
export interface CatalogueRowIssue extends ValidationIssue {
  row: number;
}

export type CatalogueImportResult = { ok: true; catalogue: Requirement[] } | { ok: false; issues: CatalogueRowIssue[] };

/** "ÄR-krav " → "ar_krav", "Lägsta nivå" → "lagsta_niva": lower case, å/ä → a, ö → o, spaces and dashes → _. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[\s-]+/g, '_');
}

const YES = ['ja', 'j', 'yes', 'x', 'sant', 'true', '1'];
const NO = ['nej', 'n', 'no', '', 'falskt', 'false', '0'];

/** A cell as the user meant it: trimmed, and without the apostrophe an export put before a formula character. */
function cellText(value: string | undefined): string {
  return restoreFormula((value ?? '').trim());
}

export interface RowValidationOptions {
  /** Spreadsheet row number of rows[0]; default 2 (row 1 is the header). */
  firstRow?: number;
  /** The file's headers, to report missing and repeated columns; default: the keys of the rows. */
  headers?: readonly string[];
}

/** Missing and repeated columns, reported on the header row. */
export function validateCatalogueHeaders(headers: readonly string[], headerRow: number): CatalogueRowIssue[] {
  const issues: CatalogueRowIssue[] = [];
  const seen = new Set<string>();
  for (const header of headers) {
    const key = normaliseHeader(header);
    if (!key) continue;
    if (seen.has(key) && (CATALOGUE_COLUMNS as readonly string[]).indexOf(key) >= 0) {
      issues.push({ row: headerRow, field: key, code: 'duplicateColumn', params: { column: key } });
    }
    seen.add(key);
  }
  for (const column of CATALOGUE_COLUMNS) {
    if (!seen.has(column)) issues.push({ row: headerRow, field: column, code: 'missingColumn', params: { column } });
  }
  return issues;
}

/** Reads one row into a requirement, with every problem found. */
export function readCatalogueRow(
  cells: Readonly<Record<string, string>>,
  row: number
): { requirement: Requirement; issues: CatalogueRowIssue[] } {
  const value = (column: CatalogueColumn): string => cellText(cells[column]);
  const issues: CatalogueRowIssue[] = [];
  const parseFailed = new Set<CatalogueColumn>();
  const fail = (column: CatalogueColumn, code: ValidationIssue['code'], params?: Record<string, string | number>): void => {
    parseFailed.add(column);
    issues.push(params ? { row, field: column, code, params } : { row, field: column, code });
  };

  const typ = value('typ').toLowerCase();
  let kind: RequirementKind = 'administrativ';
  if (!typ) fail('typ', 'required');
  else if (isRequirementKind(typ)) kind = typ;
  else fail('typ', 'invalidChoice', { value: typ });

  const aspectTokens = value('aspekter')
    .toUpperCase()
    .split(/[\s,;/]+/)
    .filter(Boolean)
    // "KRTS" written together, as in the profile notation, means K, R, T and S.
    .reduce<string[]>((all, token) => all.concat(/^[KRTS]+$/.test(token) ? token.split('') : [token]), []);
  const aspects: Aspect[] = [];
  if (aspectTokens.length === 0) fail('aspekter', 'required');
  else if (!aspectTokens.every(isAspect)) fail('aspekter', 'invalidChoice', { value: aspectTokens.filter((t) => !isAspect(t)).join(', ') });
  else aspects.push(...sortAspects(aspectTokens as Aspect[]));

  const levelText = value('lagsta_niva');
  let minLevel: RequirementLevel = 1;
  if (!levelText) fail('lagsta_niva', 'required');
  else if (levelText === '1' || levelText === '2' || levelText === '3') minLevel = Number(levelText) as RequirementLevel;
  else fail('lagsta_niva', 'invalidChoice', { value: levelText });

  const baselineText = value('grundskydd').toLowerCase();
  let baseline = false;
  if (YES.indexOf(baselineText) >= 0) baseline = true;
  else if (NO.indexOf(baselineText) < 0) fail('grundskydd', 'invalidChoice', { value: baselineText });

  const requirement: Requirement = {
    code: normaliseCode(value('kod')),
    title: value('titel'),
    isText: value('ar_krav'),
    skaText: value('ska_krav'),
    kind,
    aspects,
    minLevel,
    baseline,
    reference: value('referens'),
  };
  for (const issue of validateRequirement(requirement)) {
    const column = COLUMN_FOR_FIELD[issue.field as keyof Requirement];
    if (column === undefined || parseFailed.has(column)) continue;
    issues.push({ ...issue, row, field: column });
  }
  return { requirement, issues };
}

function isBlankRow(cells: Readonly<Record<string, string>>): boolean {
  return Object.keys(cells).every((k) => (cells[k] ?? '').trim() === '');
}

/**
 * Validates every row of an imported catalogue (from CSV or a sheet reader: one record per row, keyed by header) and
 * returns either the whole catalogue or every problem, never a part: nothing is half-imported. Blank rows are
 * skipped (spreadsheets leave them at the end); codes must be unique; a file without requirements is an error.
 */
export function validateCatalogueRows(
  rows: readonly Readonly<Record<string, string>>[],
  options: RowValidationOptions = {}
): CatalogueImportResult {
  const firstRow = options.firstRow ?? 2;
  const keyed = rows.map((raw) => {
    const cells: Record<string, string> = {};
    for (const key of Object.keys(raw)) {
      const column = normaliseHeader(key);
      if (!(column in cells) || !cells[column]) cells[column] = raw[key] ?? '';
    }
    return cells;
  });
  const headers = options.headers ?? Array.from(new Set(rows.reduce<string[]>((all, r) => all.concat(Object.keys(r)), [])));
  const headerIssues = validateCatalogueHeaders(headers, firstRow - 1);
  if (headerIssues.some((i) => i.code === 'missingColumn' || i.code === 'duplicateColumn')) return { ok: false, issues: headerIssues };

  const issues: CatalogueRowIssue[] = [];
  const catalogue: Requirement[] = [];
  const firstRowOfCode = new Map<string, number>();
  keyed.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const row = firstRow + index;
    const read = readCatalogueRow(cells, row);
    issues.push(...read.issues);
    const code = read.requirement.code;
    if (code) {
      const first = firstRowOfCode.get(code);
      if (first === undefined) firstRowOfCode.set(code, row);
      else issues.push({ row, field: 'kod', code: 'duplicateCode', params: { code, first } });
    }
    catalogue.push(read.requirement);
  });
  if (issues.length > 0) return { ok: false, issues };
  if (catalogue.length === 0) return { ok: false, issues: [{ row: firstRow, field: 'kod', code: 'emptyCatalogue' }] };
  return { ok: true, catalogue };
}
