/**
 * Catalogue import/export through the use cases: CSV and Excel (exceljs, loaded on demand) round trips, formula
 * neutralisation, every bad row reported and nothing imported.
 */
import {
  exportCatalogueCsv,
  exportCatalogueExcel,
  importCatalogue,
  loadExcelJs,
  procurementList,
  procurementListExcel,
  readCatalogueFile,
} from '../../src/app/requirements';
import { DEFAULT_CATALOGUE, type Requirement } from '../../src/domain/requirements';
import { ValidationError } from '../../src/domain/shared/Validation';
import type { RequirementCatalogueRepository } from '../../src/data/ports';

function bytes(text: string): ArrayBuffer {
  const encoded = new TextEncoder().encode(text);
  return encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength) as ArrayBuffer;
}

async function sheetCells(data: ArrayBuffer): Promise<unknown[][]> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

async function workbookWith(rows: string[][]): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Krav');
  for (const row of rows) sheet.addRow(row);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

const HEADER = ['kod', 'titel', 'ar_krav', 'ska_krav', 'typ', 'aspekter', 'lagsta_niva', 'grundskydd', 'referens'];

const injected: Requirement = {
  code: 'TEK-99',
  title: '=HYPERLINK("http://evil.example","klicka")',
  isText: '+Systemet är skyddat.',
  skaText: '@SUM(1;2) Leverantören ska skydda systemet.',
  kind: 'teknisk',
  aspects: ['K', 'R'],
  minLevel: 2,
  baseline: false,
  reference: '-MSBFS 2020:7',
};

function fakeCatalogueRepository(): RequirementCatalogueRepository & { replaceAll: jest.Mock } {
  return {
    list: jest.fn(),
    save: jest.fn(),
    replaceAll: jest.fn(async (reqs: readonly Requirement[]) =>
      reqs.map((r, i) => ({ ...r, id: String(i + 1), etag: '1', modified: '2026-11-28T10:00:00Z', modifiedBy: 'x' }))
    ),
  };
}

describe('catalogue export and import', () => {
  it('exports the default catalogue to Excel and imports it back unchanged', async () => {
    const data = await exportCatalogueExcel(DEFAULT_CATALOGUE, 'Kravkatalog');
    const result = await readCatalogueFile({ name: 'Kravkatalog.XLSX', data });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.catalogue).toEqual(DEFAULT_CATALOGUE);
  });

  it('recognises a workbook by its content when the name does not say .xlsx', async () => {
    const data = await exportCatalogueExcel(DEFAULT_CATALOGUE.slice(0, 2), 'Kravkatalog');
    const result = await readCatalogueFile({ name: 'nedladdning', data });
    expect(result).toEqual({ ok: true, catalogue: DEFAULT_CATALOGUE.slice(0, 2) });
  });

  it('neutralises formula-like cells in the Excel export and restores them on import', async () => {
    const data = await exportCatalogueExcel([injected], 'Kravkatalog');
    const [header, row] = await sheetCells(data);
    expect(header).toEqual(HEADER);
    expect(row[1]).toBe(`'${injected.title}`);
    expect(row[2]).toBe(`'${injected.isText}`);
    expect(row[3]).toBe(`'${injected.skaText}`);
    expect(row[8]).toBe(`'${injected.reference}`);
    // No cell is stored as a formula.
    expect(row.every((cell) => typeof cell === 'string')).toBe(true);
    const back = await readCatalogueFile({ name: 'k.xlsx', data });
    expect(back).toEqual({ ok: true, catalogue: [injected] });
  });

  it('neutralises formula-like cells in the CSV export, which imports back unchanged', async () => {
    const csv = exportCatalogueCsv([injected]);
    expect(csv).toContain(`'=HYPERLINK(`);
    expect(csv).toContain(`'+Systemet`);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    const back = await readCatalogueFile({ name: 'k.csv', data: bytes(csv) });
    expect(back).toEqual({ ok: true, catalogue: [injected] });
  });

  it('reports every bad Excel row with its row number and imports nothing', async () => {
    const good = ['ADM-90', 'Rubrik', 'Är-text', 'Ska-text', 'administrativ', 'K', '1', 'ja', 'Policy'];
    const data = await workbookWith([
      HEADER,
      good,
      ['ADM-91', '', 'Är', 'Ska', 'okänd', 'K', '2', 'nej', 'Policy'],
      [...good.slice(0, 1), 'Annan', ...good.slice(2)],
      ['ADM-92', 'Rubrik', 'Är', 'Ska', 'teknisk', 'X', '5', 'nej', 'Ref'],
    ]);
    const result = await readCatalogueFile({ name: 'bad.xlsx', data });
    expect(result.ok).toBe(false);
    if (result.ok || !('issues' in result)) throw new Error('expected issues');
    const byRow = (row: number): string[] => result.issues.filter((i) => i.row === row).map((i) => `${i.field}:${i.code}`).sort();
    expect(byRow(2)).toEqual([]);
    expect(byRow(3)).toEqual(['titel:required', 'typ:invalidChoice']);
    expect(byRow(4)).toEqual(['kod:duplicateCode']);
    expect(byRow(5)).toEqual(['aspekter:invalidChoice', 'lagsta_niva:invalidChoice']);
  });

  it('says an Excel file that is not a workbook is unreadable', async () => {
    const result = await readCatalogueFile({ name: 'trasig.xlsx', data: bytes('inte en arbetsbok') });
    expect(result).toEqual({ ok: false, unreadable: true });
  });

  it('writes nothing when an imported catalogue breaks a rule, and replaces it whole otherwise', async () => {
    const repo = fakeCatalogueRepository();
    const bad = [{ ...injected, title: '' }];
    await expect(importCatalogue({ requirements: repo }, bad)).rejects.toBeInstanceOf(ValidationError);
    expect(repo.replaceAll).not.toHaveBeenCalled();
    const stored = await importCatalogue({ requirements: repo }, [{ ...injected, code: ' tek-99 ' }]);
    expect(repo.replaceAll).toHaveBeenCalledTimes(1);
    expect(stored.map((r) => r.code)).toEqual(['TEK-99']);
  });

  it('exports a kravlista to Excel with translated headers and kinds, neutralised', async () => {
    const list = procurementList('Elevregister', { K: 2, R: 2, T: 1, S: 1 }, [injected, ...DEFAULT_CATALOGUE], undefined, ['teknisk']);
    expect(list.rows.length).toBeGreaterThan(1);
    const data = await procurementListExcel(list, {
      headers: { code: 'Kod', title: 'Rubrik', skaText: 'SKA-krav', kind: 'Typ', aspects: 'Aspekter', reference: 'Referens' },
      kindLabel: (k) => (k === 'teknisk' ? 'Teknisk' : k),
      sheetName: 'Kravlista',
    });
    const [header, first, ...rest] = await sheetCells(data);
    expect(header).toEqual(['Kod', 'Rubrik', 'SKA-krav', 'Typ', 'Aspekter', 'Referens']);
    expect(first).toEqual(['TEK-99', `'${injected.title}`, `'${injected.skaText}`, 'Teknisk', 'K, R', `'${injected.reference}`]);
    expect(rest).toHaveLength(list.rows.length - 1);
    expect(rest.every((r) => r[3] === 'Teknisk')).toBe(true);
  });
});
