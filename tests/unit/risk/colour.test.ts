import { contrastRatio, DEFAULT_MATRIX, isHexColour, MIN_TEXT_CONTRAST, relativeLuminance } from '../../../src/domain/risk';

describe('hex colours and contrast', () => {
  it.each(['#000', '#FFFFFF', '#2e7d32', '#aBc'])('accepts %s', (value) => expect(isHexColour(value)).toBe(true));
  it.each(['000000', '#12345', '#GGGGGG', '#1234567', 'red', '', ' #FFFFFF', 42, null])('rejects %p', (value) =>
    expect(isHexColour(value)).toBe(false)
  );

  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 10);
    expect(contrastRatio('#FFFFFF', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBeCloseTo(1, 10);
    // WebAIM reference: #767676 on white is 4.54:1, #777777 is 4.48:1.
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#FFF', '#000')).toBeCloseTo(21, 10);
  });

  it('throws on a non-colour instead of computing nonsense', () => {
    expect(() => relativeLuminance('blue')).toThrow(RangeError);
  });

  it('every default level colour has readable text', () => {
    for (const level of DEFAULT_MATRIX.levels) {
      expect({ key: level.key, ok: contrastRatio(level.colour, level.textColour) >= MIN_TEXT_CONTRAST }).toEqual({ key: level.key, ok: true });
    }
  });
});
