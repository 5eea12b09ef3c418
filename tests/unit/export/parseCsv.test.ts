import fc from 'fast-check';
import { BOM, detectSeparator, parseCsv, restoreFormula, toCsv, type CsvColumn } from '../../../src/domain/export';

function cells(text: string, separator?: ';' | ',' | '\t'): string[][] {
  const result = parseCsv(text, separator);
  if (!result.ok) throw new Error(`malformed at ${result.row}`);
  return result.records.map((r) => r.cells);
}

describe('parseCsv', () => {
  it('reads separated cells with CRLF, LF or CR line ends and no trailing empty record', () => {
    expect(cells('a;b\r\nc;d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(cells('a;b\nc;d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(cells('a;b\rc;d\r')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    expect(cells('"a;1";"säg ""hej""";"rad1\r\nrad2"\r\nx;y;z')).toEqual([
      ['a;1', 'säg "hej"', 'rad1\r\nrad2'],
      ['x', 'y', 'z'],
    ]);
  });

  it('numbers records like spreadsheet rows, counting blank rows and not quoted line breaks', () => {
    const result = parseCsv('h1;h2\n"a\nb";c\n\nd;e\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { row: 1, cells: ['h1', 'h2'] },
        { row: 2, cells: ['a\nb', 'c'] },
        { row: 3, cells: [''] },
        { row: 4, cells: ['d', 'e'] },
      ],
    });
  });

  it('keeps empty cells, skips a BOM and keeps a stray quote inside an unquoted cell', () => {
    expect(cells(`${BOM}a;;c;\n`)).toEqual([['a', '', 'c', '']]);
    expect(cells('5" skärm;x')).toEqual([['5" skärm', 'x']]);
    expect(cells('""\n')).toEqual([['']]);
  });

  it('reports an unterminated quote with the row where it started', () => {
    expect(parseCsv('a;b\nc;"öppen\nd;e\n')).toEqual({ ok: false, row: 2 });
  });

  it('detects the separator from the header line', () => {
    expect(detectSeparator('kod;titel;typ\n')).toBe(';');
    expect(detectSeparator('kod,titel,typ\n')).toBe(',');
    expect(detectSeparator('kod\ttitel\ttyp\n')).toBe('\t');
    expect(detectSeparator('"a;b",c,d\nx;y;z;w;v')).toBe(',');
    expect(detectSeparator('kod')).toBe(';');
    expect(cells('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });
});

describe('toCsv → parseCsv round trip', () => {
  const unit = fc.oneof(
    fc.constantFrom('a', 'å', ' ', '"', ';', ',', '\t', '\n', '\r', '=', '+', '-', '@', "'"),
    fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })
  );
  const rowsArb = fc.array(fc.array(fc.string({ unit, maxLength: 12 }), { minLength: 3, maxLength: 3 }), { maxLength: 8 });

  it('gives back every cell (after restoring neutralised formulas) for every separator', () => {
    fc.assert(
      fc.property(rowsArb, fc.constantFrom<';' | ',' | '\t'>(';', ',', '\t'), fc.boolean(), (rows, separator, bom) => {
        const columns: CsvColumn<string[]>[] = [0, 1, 2].map((i) => ({ header: `h${i}`, value: (r) => r[i] }));
        const parsed = parseCsv(toCsv(rows, columns, { separator, bom }), separator);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.records.map((r) => r.cells.map(restoreFormula))).toEqual([['h0', 'h1', 'h2'], ...rows]);
      })
    );
  });
});
