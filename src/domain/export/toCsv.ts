import { neutraliseFormula } from './neutraliseFormula';

/** One column of an export: its header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string;
}

export interface CsvOptions {
  /** `;` by default: Swedish Excel reads `;`-separated files (the comma is the decimal sign). */
  separator?: ';' | ',' | '\t';
  /** Start with a UTF-8 byte order mark so Excel reads å, ä, ö right. Default true. */
  bom?: boolean;
  /** Prefix formula-like cells with an apostrophe (see neutraliseFormula). Default true. */
  neutralise?: boolean;
}

export const BOM = '\uFEFF';

/** RFC 4180 quoting: a cell with the separator, a quote, CR or LF is quoted and its quotes doubled. */
export function quoteCell(cell: string, separator: string): string {
  const needsQuotes = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
  return needsQuotes ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A header line and one line per row, lines ending in CRLF (RFC 4180). Headers are neutralised like cells. */
export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const neutralise = options.neutralise ?? true;
  const cell = (value: string): string => quoteCell(neutralise ? neutraliseFormula(value) : value, separator);
  const lines = [columns.map((c) => cell(c.header)).join(separator)];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row))).join(separator));
  return `${options.bom ?? true ? BOM : ''}${lines.join('\r\n')}\r\n`;
}
