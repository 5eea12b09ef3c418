import { DEFAULT_MATRIX, reachableProducts, riskLevelFor, scoreRisk, validateMatrix } from '../../../src/domain/risk';

describe('the default matrix (MSB 4 × 4, Inera labels)', () => {
  it('is valid', () => {
    expect(validateMatrix(DEFAULT_MATRIX)).toEqual([]);
  });

  it('has Inera labels on both scales', () => {
    expect(DEFAULT_MATRIX.likelihood.map((s) => s.label)).toEqual(['Mycket liten', 'Liten', 'Stor', 'Mycket stor']);
    expect(DEFAULT_MATRIX.consequence.map((s) => s.label)).toEqual(['Försumbar', 'Måttlig', 'Betydande', 'Allvarlig']);
    expect(DEFAULT_MATRIX.likelihood.map((s) => s.value)).toEqual([1, 2, 3, 4]);
  });

  it('puts every reachable product in the MSB level', () => {
    const expected: Record<number, string> = { 1: 'Låg', 2: 'Låg', 3: 'Medelhög', 4: 'Medelhög', 6: 'Medelhög', 8: 'Hög', 9: 'Hög', 12: 'Hög', 16: 'Extremt hög' };
    expect(reachableProducts(4, 4)).toEqual([1, 2, 3, 4, 6, 8, 9, 12, 16]);
    for (const value of reachableProducts(4, 4)) expect([value, riskLevelFor(DEFAULT_MATRIX, value)?.label]).toEqual([value, expected[value]]);
  });

  it('has the policy acceptance rules', () => {
    const byLabel = new Map(DEFAULT_MATRIX.levels.map((l) => [l.label, l] as const));
    expect(byLabel.get('Låg')?.acceptedBy).toBe('riskOwner');
    expect(byLabel.get('Medelhög')?.acceptedBy).toBe('forvaltning');
    expect(byLabel.get('Hög')?.acceptedBy).toBe('namnd');
    expect(DEFAULT_MATRIX.levels.filter((l) => l.informKommunstyrelsen).map((l) => l.label)).toEqual(['Extremt hög']);
  });

  it('scores S 3 × K 4 as 12, Hög', () => {
    const score = scoreRisk(DEFAULT_MATRIX, { likelihood: 3, consequence: 4 });
    expect([score.value, score.level.key]).toEqual([12, 'hog']);
  });
});
