import fc from 'fast-check';
import { neutraliseFormula, restoreFormula } from '../../../src/domain/export';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each([
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://evil.example","klicka")', '\'=HYPERLINK("http://evil.example","klicka")'],
    ['+46 11 15 00 00', "'+46 11 15 00 00"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1,1)', "'@SUM(1,1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
  ])('prefixes %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['', 'Leverantören ska', 'K2-R3', "'text", ' =1', 'a=b', '1-2', 'ADM-01'])('leaves %j alone', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });

  it('restoreFormula removes only an apostrophe an export put there', () => {
    expect(restoreFormula("'=1")).toBe('=1');
    expect(restoreFormula("''=1")).toBe("'=1");
    expect(restoreFormula("'text")).toBe("'text");
    expect(restoreFormula('=1')).toBe('=1');
    expect(restoreFormula('')).toBe('');
  });

  it('never yields a cell a spreadsheet would run as a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", 'a', ' ') }), (s) => {
        expect(/^[=+\-@\t\r]/.test(neutraliseFormula(s))).toBe(false);
      })
    );
  });

  it('is undone by restoreFormula for every string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'"), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }), (s) => {
        expect(restoreFormula(neutraliseFormula(s))).toBe(s);
      })
    );
  });
});
