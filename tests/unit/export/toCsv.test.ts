import { BOM, quoteCell, toCsv, type CsvColumn } from '../../../src/domain/export';

interface Row {
  a: string;
  b: string;
}
const columns: CsvColumn<Row>[] = [
  { header: 'Första', value: (r) => r.a },
  { header: 'Andra', value: (r) => r.b },
];

describe('quoteCell', () => {
  it('quotes cells with the separator, quotes or line breaks, doubling quotes', () => {
    expect(quoteCell('plain', ';')).toBe('plain');
    expect(quoteCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCell('a,b', ';')).toBe('a,b');
    expect(quoteCell('a,b', ',')).toBe('"a,b"');
    expect(quoteCell('säg "hej"', ';')).toBe('"säg ""hej"""');
    expect(quoteCell('rad1\nrad2', ';')).toBe('"rad1\nrad2"');
    expect(quoteCell('rad1\r\nrad2', ';')).toBe('"rad1\r\nrad2"');
    expect(quoteCell('', ';')).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF-terminated rows separated by ; by default', () => {
    expect(toCsv([{ a: 'x', b: 'å' }], columns)).toBe(`${BOM}Första;Andra\r\nx;å\r\n`);
  });

  it('can leave out the BOM and use another separator', () => {
    expect(toCsv([{ a: 'x,y', b: 'z' }], columns, { bom: false, separator: ',' })).toBe('Första,Andra\r\n"x,y",z\r\n');
    expect(toCsv([], columns, { bom: false, separator: '\t' })).toBe('Första\tAndra\r\n');
  });

  it('neutralises hostile cells and quotes them when needed', () => {
    const hostile = [
      { a: '=cmd|\' /C calc\'!A0', b: '@SUM(A1;A2)' },
      { a: '-1;"x"', b: '+1\r\n=2' },
      { a: '\t=1', b: "'=1" },
    ];
    expect(toCsv(hostile, columns, { bom: false })).toBe(
      [
        'Första;Andra',
        '\'=cmd|\' /C calc\'!A0;"\'@SUM(A1;A2)"',
        '"\'-1;""x""";"\'+1\r\n=2"',
        "'\t=1;''=1",
        '',
      ].join('\r\n')
    );
  });

  it('neutralises headers too, and can be told not to neutralise', () => {
    const cols: CsvColumn<Row>[] = [{ header: '=rubrik', value: (r) => r.a }];
    expect(toCsv([{ a: '=1', b: '' }], cols, { bom: false })).toBe("'=rubrik\r\n'=1\r\n");
    expect(toCsv([{ a: '=1', b: '' }], cols, { bom: false, neutralise: false })).toBe('=rubrik\r\n=1\r\n');
  });
});
