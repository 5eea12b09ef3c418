import { BOM } from './toCsv';

export interface CsvRecord {
  /** 1-based record number, as a spreadsheet numbers its rows (a quoted line break does not start a new row). */
  row: number;
  cells: string[];
}

export type CsvParseResult = { ok: true; records: CsvRecord[] } | { ok: false; row: number };

/**
 * Guesses the separator from the first line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie,
 * the Swedish Excel default).
 */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const counts: Record<';' | ',' | '\t', number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c] += 1;
  }
  if (counts[','] > counts[';'] && counts[','] >= counts['\t']) return ',';
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return ';';
}

/**
 * RFC 4180 reader: quoted cells may hold separators, doubled quotes and line breaks; lines end in CRLF, LF or CR;
 * a leading BOM is skipped. A quote inside an unquoted cell is kept as text. An unterminated quote fails with the
 * row where it started. Every record is returned, empty ones included, so row numbers match the spreadsheet.
 */
export function parseCsv(input: string, separator?: ';' | ',' | '\t'): CsvParseResult {
  const text = input.charAt(0) === BOM ? input.slice(1) : input;
  const sep = separator ?? detectSeparator(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let i = 0;
  let cellStarted = false;
  const endRecord = (): void => {
    cells.push(cell);
    records.push({ row, cells });
    cells = [];
    cell = '';
    cellStarted = false;
    row += 1;
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"' && !cellStarted) {
      const startRow = row;
      let j = i + 1;
      let closed = false;
      while (j < text.length) {
        const d = text.charAt(j);
        if (d === '"') {
          if (text.charAt(j + 1) === '"') {
            cell += '"';
            j += 2;
            continue;
          }
          closed = true;
          j += 1;
          break;
        }
        cell += d;
        j += 1;
      }
      if (!closed) return { ok: false, row: startRow };
      cellStarted = true;
      i = j;
    } else if (c === sep) {
      cells.push(cell);
      cell = '';
      cellStarted = false;
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
    } else {
      cell += c;
      cellStarted = true;
      i += 1;
    }
  }
  if (cellStarted || cells.length > 0) endRecord();
  return { ok: true, records };
}
