import { neutraliseFormula } from '../../domain/export';
import type { CsvColumn } from '../../domain/export';

type ExcelJsModule = typeof import('exceljs');

/** exceljs is large: it is only ever loaded on demand, in its own chunk, when a user imports or exports Excel. */
export async function loadExcelJs(): Promise<ExcelJsModule> {
  const loaded = await import(/* webpackChunkName: 'lis-exceljs' */ 'exceljs');
  const withDefault = loaded as ExcelJsModule & { default?: ExcelJsModule };
  return withDefault.default && withDefault.default.Workbook ? withDefault.default : loaded;
}

/** The MIME type of an .xlsx file. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One sheet with a bold header row and one row per item; every cell is written as text and neutralised against
 * formula injection (see neutraliseFormula), like the CSV export. Returns the .xlsx file's bytes.
 */
export async function writeSheet<Row>(
  rows: readonly Row[],
  columns: readonly CsvColumn<Row>[],
  sheetName: string,
  widths?: readonly number[]
): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'LIS';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.columns = columns.map((c, i) => ({ header: neutraliseFormula(c.header), width: widths?.[i] ?? 24 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => neutraliseFormula(c.value(row))));
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

/** The first sheet of a workbook as text: its header row (row 1) and the rows below it, keyed by header. */
export interface SheetRows {
  headers: string[];
  /** rows[0] is spreadsheet row 2; blank rows are kept so row numbers match the sheet. */
  rows: Record<string, string>[];
}

/** Reads the first sheet of an .xlsx file as text cells. Throws when the bytes are not a readable workbook. */
export async function readSheet(data: ArrayBuffer): Promise<SheetRows> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { headers: [], rows: [] };
  const width = sheet.columnCount;
  const textOf = (rowNumber: number, column: number): string => {
    const cell = sheet.getRow(rowNumber).getCell(column);
    const value = cell.value;
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    return cell.text ?? String(value);
  };
  const headers: string[] = [];
  for (let c = 1; c <= width; c++) headers.push(textOf(1, c));
  const rows: Record<string, string>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const cells: Record<string, string> = {};
    headers.forEach((header, i) => {
      if (header.trim() && !(header in cells)) cells[header] = textOf(r, i + 1);
    });
    rows.push(cells);
  }
  return { headers, rows };
}
