/** @jest-environment node */
import { odataLiteral, odataPathString, odataString } from '../../src/data/sharepoint';

describe('OData escaping', () => {
  it("doubles single quotes: O'Brien & Söner", () => {
    expect(odataString("O'Brien & Söner")).toBe("'O''Brien & Söner'");
    expect(odataString("''")).toBe("''''''");
    expect(odataString('')).toBe("''");
  });

  it('a value cannot break out of its literal', () => {
    const hostile = "x' or Title ne 'y";
    const literal = odataString(hostile);
    // Inside the quotes only doubled quotes remain: stripping the outer quotes and undoubling gives the value back.
    expect(literal.slice(1, -1).replace(/''/g, "'")).toBe(hostile);
    expect(literal.slice(1, -1).replace(/''/g, '')).not.toContain("'");
  });

  it('path literals are doubled and URI-encoded once', () => {
    expect(odataPathString("O'Brien & Söner")).toBe("'O''Brien%20%26%20S%C3%B6ner'");
    expect(odataPathString('a/b?c#d')).toBe("'a%2Fb%3Fc%23d'");
  });

  it('literals for numbers and booleans; refuses non-finite numbers', () => {
    expect(odataLiteral(12)).toBe('12');
    expect(odataLiteral(true)).toBe('1');
    expect(odataLiteral(false)).toBe('0');
    expect(odataLiteral("O'Brien")).toBe("'O''Brien'");
    expect(() => odataLiteral(Number.NaN)).toThrow();
    expect(() => odataLiteral(Infinity)).toThrow();
  });
});
