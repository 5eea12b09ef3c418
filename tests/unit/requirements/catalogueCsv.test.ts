import fc from 'fast-check';
import { BOM } from '../../../src/domain/export';
import {
  CATALOGUE_COLUMNS,
  CATALOGUE_CSV_COLUMNS,
  DEFAULT_CATALOGUE,
  catalogueToCsv,
  normaliseHeader,
  parseCatalogueCsv,
  validateCatalogueRows,
  type CatalogueImportResult,
  type Requirement,
} from '../../../src/domain/requirements';
import { catalogueArb, requirement } from './fixtures';

const HEADER = 'kod;titel;ar_krav;ska_krav;typ;aspekter;lagsta_niva;grundskydd;referens';

function issuesOf(result: CatalogueImportResult): unknown[] {
  if (result.ok) throw new Error('expected errors');
  return result.issues;
}

describe('catalogueToCsv', () => {
  it('writes exactly the importable columns, in order; an empty catalogue gives a template', () => {
    expect(CATALOGUE_CSV_COLUMNS.map((c) => c.header)).toEqual([...CATALOGUE_COLUMNS]);
    expect(catalogueToCsv([], { bom: false })).toBe(`${HEADER}\r\n`);
  });

  it('writes the Swedish headers and one row per requirement', () => {
    const csv = catalogueToCsv([requirement({ aspects: ['K', 'T'], baseline: true, minLevel: 1 })]);
    expect(csv).toBe(
      `${BOM}${HEADER}\r\nTST-01;Testkrav;Användare är informerade.;Leverantören ska informera.;teknisk;K,T;1;ja;MSB metodstöd\r\n`
    );
  });
});

describe('parseCatalogueCsv', () => {
  it('reads a valid file, normalising codes, aspects and headers', () => {
    const text = [
      'Kod;Titel;ÄR-krav;SKA-krav;Typ;Aspekter;Lägsta nivå;Grundskydd;Referens;Kommentar',
      ' tek-01 ; MFA ;Användare loggar in med MFA.;Tjänsten ska stödja MFA.;Teknisk;s, k;2;nej;MSBFS 2020:7;intern anteckning',
      'ADM-01;Ägare;Ägare är utsedd.;Leverantören ska utse kontakt.;administrativ;KRTS;1;JA;Policyn;',
      ';;;;;;;;;',
    ].join('\n');
    const result = parseCatalogueCsv(text);
    expect(result).toEqual({
      ok: true,
      catalogue: [
        requirement({ code: 'TEK-01', title: 'MFA', isText: 'Användare loggar in med MFA.', skaText: 'Tjänsten ska stödja MFA.', kind: 'teknisk', aspects: ['K', 'S'], minLevel: 2, baseline: false, reference: 'MSBFS 2020:7' }),
        requirement({ code: 'ADM-01', title: 'Ägare', isText: 'Ägare är utsedd.', skaText: 'Leverantören ska utse kontakt.', kind: 'administrativ', aspects: ['K', 'R', 'T', 'S'], minLevel: 1, baseline: true, reference: 'Policyn' }),
      ],
    });
  });

  it('reads comma-separated files and files with a BOM', () => {
    const text = `${BOM}kod,titel,ar_krav,ska_krav,typ,aspekter,lagsta_niva,grundskydd,referens\nA-1,T,Är.,Ska.,fysisk,"K,R",3,nej,Ref\n`;
    const result = parseCatalogueCsv(text);
    expect(result.ok && result.catalogue[0]).toEqual(
      requirement({ code: 'A-1', title: 'T', isText: 'Är.', skaText: 'Ska.', kind: 'fysisk', aspects: ['K', 'R'], minLevel: 3, reference: 'Ref' })
    );
  });

  it('reports every bad row with its row number and column, and imports nothing', () => {
    const text = [
      HEADER,
      'A-1;Bra;Är.;Ska.;teknisk;K;2;nej;Ref',
      ';Ingen kod;Är.;Ska.;teknisk;K;2;nej;Ref',
      'A-2;Fel typ;Är.;Ska.;juridisk;K,X;5;kanske;Ref',
      '',
      'a-1;Dubblett;Är.;Ska.;teknisk;K;2;nej;Ref',
      'A-3;Grund;Är.;;teknisk;;2;ja;',
    ].join('\r\n');
    expect(issuesOf(parseCatalogueCsv(text))).toEqual([
      { row: 3, field: 'kod', code: 'required' },
      { row: 4, field: 'typ', code: 'invalidChoice', params: { value: 'juridisk' } },
      { row: 4, field: 'aspekter', code: 'invalidChoice', params: { value: 'X' } },
      { row: 4, field: 'lagsta_niva', code: 'invalidChoice', params: { value: '5' } },
      { row: 4, field: 'grundskydd', code: 'invalidChoice', params: { value: 'kanske' } },
      { row: 6, field: 'kod', code: 'duplicateCode', params: { code: 'A-1', first: 2 } },
      { row: 7, field: 'aspekter', code: 'required' },
      { row: 7, field: 'ska_krav', code: 'required' },
      { row: 7, field: 'lagsta_niva', code: 'baselineLevel' },
      { row: 7, field: 'referens', code: 'required' },
    ]);
  });

  it('reports missing and repeated columns on the header row', () => {
    expect(issuesOf(parseCatalogueCsv('kod;titel;titel\nA-1;x;y'))).toEqual([
      { row: 1, field: 'titel', code: 'duplicateColumn', params: { column: 'titel' } },
      ...CATALOGUE_COLUMNS.filter((c) => c !== 'kod' && c !== 'titel').map((column) => ({
        row: 1,
        field: column,
        code: 'missingColumn',
        params: { column },
      })),
    ]);
  });

  it('refuses an empty file, a file with only a header and a malformed file', () => {
    expect(issuesOf(parseCatalogueCsv(''))).toEqual([{ row: 1, field: 'kod', code: 'emptyCatalogue' }]);
    expect(issuesOf(parseCatalogueCsv(`${HEADER}\r\n;;;;;;;;\r\n`))).toEqual([{ row: 2, field: 'kod', code: 'emptyCatalogue' }]);
    expect(issuesOf(parseCatalogueCsv(`${HEADER}\nA-1;"oavslutad;x\n`))).toEqual([
      { row: 2, field: 'file', code: 'malformedCsv', params: { row: 2 } },
    ]);
  });

  it('treats hostile cells as text and restores neutralised formulas', () => {
    const hostile = requirement({ code: 'X-1', title: '=HYPERLINK("http://evil")', isText: '@SUM(1)', skaText: '-1+1', reference: "'=ref" });
    const csv = catalogueToCsv([hostile]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(parseCatalogueCsv(csv)).toEqual({ ok: true, catalogue: [hostile] });
  });
});

describe('validateCatalogueRows (for any sheet reader)', () => {
  it('accepts records keyed by headers as a sheet reader gives them', () => {
    const result = validateCatalogueRows([
      { Kod: 'B-1', Titel: 'T', 'ÄR-krav': 'Är.', 'SKA-krav': 'Ska.', Typ: 'fysisk', Aspekter: 'T', 'Lägsta nivå': '2', Grundskydd: 'nej', Referens: 'R' },
    ]);
    expect(result).toEqual({
      ok: true,
      catalogue: [requirement({ code: 'B-1', title: 'T', isText: 'Är.', skaText: 'Ska.', kind: 'fysisk', aspects: ['T'], minLevel: 2, reference: 'R' })],
    });
  });

  it('numbers rows from firstRow', () => {
    const row = { kod: 'B-1', titel: '', ar_krav: 'Är.', ska_krav: 'Ska.', typ: 'fysisk', aspekter: 'T', lagsta_niva: '2', grundskydd: 'nej', referens: 'R' };
    expect(issuesOf(validateCatalogueRows([row], { firstRow: 5 }))).toEqual([{ row: 5, field: 'titel', code: 'required' }]);
  });

  it('normalises headers', () => {
    expect(normaliseHeader(' ÄR-krav ')).toBe('ar_krav');
    expect(normaliseHeader('Lägsta  nivå')).toBe('lagsta_niva');
    expect(normaliseHeader('SKA krav')).toBe('ska_krav');
  });
});

describe('catalogue CSV round trip', () => {
  it('exports and imports the default catalogue unchanged', () => {
    expect(parseCatalogueCsv(catalogueToCsv(DEFAULT_CATALOGUE))).toEqual({ ok: true, catalogue: DEFAULT_CATALOGUE });
  });

  it('export → import gives back any valid catalogue, with any separator and with or without BOM', () => {
    fc.assert(
      fc.property(catalogueArb, fc.constantFrom<';' | ',' | '\t'>(';', ',', '\t'), fc.boolean(), (catalogue: Requirement[], separator, bom) => {
        expect(parseCatalogueCsv(catalogueToCsv(catalogue, { separator, bom }))).toEqual({ ok: true, catalogue });
      })
    );
  });
});
