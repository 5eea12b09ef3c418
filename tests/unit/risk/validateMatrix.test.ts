import { reachableProducts, validateMatrix, type RiskMatrix } from '../../../src/domain/risk';
import { defaultMatrix } from './fixtures';

function codes(matrix: RiskMatrix): string[] {
  return validateMatrix(matrix).map((i) => `${i.field}:${i.code}`);
}

describe('validateMatrix', () => {
  it('computes reachable products for every size', () => {
    expect(reachableProducts(3, 3)).toEqual([1, 2, 3, 4, 6, 9]);
    expect(reachableProducts(5, 3)).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 15]);
    expect(reachableProducts(6, 6)).toContain(36);
    expect(reachableProducts(6, 6)).not.toContain(7);
  });

  it('requires a name', () => {
    const m = defaultMatrix();
    m.name = '  ';
    expect(codes(m)).toEqual(['name:required']);
  });

  it.each([2, 7])('rejects a likelihood scale of %i steps', (size) => {
    const m = defaultMatrix();
    m.likelihood = Array.from({ length: size }, (_, i) => ({ value: i + 1, label: `S${i + 1}`, description: '' }));
    const issues = validateMatrix(m);
    expect(issues).toContainEqual({ field: 'likelihood', code: 'scaleSize', params: { min: 3, max: 6 } });
    expect(issues.some((i) => i.code === 'levelGap')).toBe(false);
  });

  it('rejects a consequence scale outside 3–6 too', () => {
    const m = defaultMatrix();
    m.consequence = m.consequence.slice(0, 2);
    expect(codes(m)).toContain('consequence:scaleSize');
  });

  it('requires steps numbered 1..n with labels', () => {
    const m = defaultMatrix();
    m.likelihood[2] = { value: 5, label: '', description: '' };
    expect(codes(m)).toEqual(['likelihood.2.value:invalidChoice', 'likelihood.2.label:required']);
  });

  it('limits label and description lengths', () => {
    const m = defaultMatrix();
    m.consequence[0].label = 'x'.repeat(101);
    m.consequence[0].description = 'x'.repeat(1001);
    m.levels[0].description = 'x'.repeat(1001);
    expect(codes(m)).toEqual(['consequence.0.label:tooLong', 'consequence.0.description:tooLong', 'levels.0.description:tooLong']);
  });

  it('requires at least one level', () => {
    const m = defaultMatrix();
    m.levels = [];
    expect(codes(m)).toEqual(['levels:required']);
  });

  it('names each reachable product no level covers', () => {
    const m = defaultMatrix();
    m.levels[2].min = 10; // Hög 10–12: 8 and 9 fall out
    expect(validateMatrix(m)).toEqual([
      { field: 'levels', code: 'levelGap', params: { value: 8 } },
      { field: 'levels', code: 'levelGap', params: { value: 9 } },
    ]);
  });

  it('ignores unreachable values between ranges', () => {
    const m = defaultMatrix();
    m.levels[1].max = 5; // 6 is reachable: a gap
    expect(codes(m)).toEqual(['levels:levelGap']);
    const n = defaultMatrix();
    n.levels[2].max = 15; // 13–15 are unreachable on 4 × 4: no gap, no overlap
    expect(validateMatrix(n)).toEqual([]);
  });

  it('rejects overlapping ranges, even on unreachable values', () => {
    const m = defaultMatrix();
    m.levels[1].max = 8;
    expect(validateMatrix(m)).toEqual([{ field: 'levels.2.min', code: 'levelOverlap', params: { other: 'Medelhög' } }]);
    const n = defaultMatrix();
    n.levels[1].max = 7;
    n.levels[2].min = 7;
    expect(codes(n)).toEqual(['levels.2.min:levelOverlap']);
  });

  it.each([
    [3, 2],
    [0, 2],
    [1.5, 2],
    [1, Number.NaN],
  ])('rejects the range %p–%p', (min, max) => {
    const m = defaultMatrix();
    m.levels[0].min = min;
    m.levels[0].max = max;
    const issues = validateMatrix(m);
    expect(issues[0]).toEqual({ field: 'levels.0.min', code: 'levelRange' });
    expect(issues.some((i) => i.code === 'levelGap' && i.params?.value === 1)).toBe(true);
  });

  it('requires unique keys and labels on levels', () => {
    const m = defaultMatrix();
    m.levels[1].key = 'lag';
    m.levels[2].label = '';
    m.levels[3].key = ' ';
    expect(codes(m)).toEqual(['levels.1.key:duplicateKey', 'levels.2.label:required', 'levels.3.key:required']);
  });

  it('requires hex colours', () => {
    const m = defaultMatrix();
    m.levels[0].colour = 'green';
    m.levels[1].textColour = '#12';
    expect(codes(m)).toEqual(['levels.0.colour:invalidColour', 'levels.1.textColour:invalidColour']);
  });

  it('requires 4.5:1 contrast between text and background', () => {
    const m = defaultMatrix();
    m.levels[1].textColour = '#FFFFFF'; // white on yellow
    const issues = validateMatrix(m);
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe('levels.1.textColour');
    expect(issues[0].code).toBe('lowContrast');
    expect(issues[0].params?.min).toBe(4.5);
    expect(Number(issues[0].params?.ratio)).toBeLessThan(4.5);
    const ok = defaultMatrix();
    ok.levels[0] = { ...ok.levels[0], colour: '#FFFFFF', textColour: '#767676' };
    expect(validateMatrix(ok)).toEqual([]);
    ok.levels[0].textColour = '#777777';
    expect(codes(ok)).toEqual(['levels.0.textColour:lowContrast']);
  });

  it('requires a known acceptance role', () => {
    const m = defaultMatrix();
    (m.levels[0] as { acceptedBy: string }).acceptedBy = 'chef';
    expect(codes(m)).toEqual(['levels.0.acceptedBy:invalidChoice']);
  });

  it('accepts every size from 3 × 3 to 6 × 6 with covering levels', () => {
    for (let rows = 3; rows <= 6; rows++) {
      for (let cols = 3; cols <= 6; cols++) {
        const m = defaultMatrix();
        m.likelihood = Array.from({ length: rows }, (_, i) => ({ value: i + 1, label: `S${i + 1}`, description: '' }));
        m.consequence = Array.from({ length: cols }, (_, i) => ({ value: i + 1, label: `K${i + 1}`, description: '' }));
        m.levels[3].max = rows * cols;
        m.levels[3].min = Math.min(16, rows * cols);
        m.levels[2].max = m.levels[3].min - 1;
        expect({ rows, cols, issues: validateMatrix(m) }).toEqual({ rows, cols, issues: [] });
      }
    }
  });
});
