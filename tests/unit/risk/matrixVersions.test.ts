import { DEFAULT_MATRIX, latestMatrix, matrixByVersion, newMatrixVersion } from '../../../src/domain/risk';
import { ValidationError } from '../../../src/domain/shared/Validation';
import { bengt, defaultMatrix } from './fixtures';

const at = new Date('2026-03-01T08:00:00Z');

describe('matrix versions', () => {
  it('makes version 2 from the default matrix with trimmed texts and renumbered steps', () => {
    const likelihood = defaultMatrix().likelihood.map((s) => ({ ...s, value: 9, label: ` ${s.label} ` }));
    const next = newMatrixVersion(DEFAULT_MATRIX, { likelihood, name: ' Reviderad ' }, bengt, at);
    expect(next.version).toBe(2);
    expect(next.name).toBe('Reviderad');
    expect(next.likelihood.map((s) => [s.value, s.label])).toEqual([
      [1, 'Mycket liten'],
      [2, 'Liten'],
      [3, 'Stor'],
      [4, 'Mycket stor'],
    ]);
    expect(DEFAULT_MATRIX.version).toBe(1);
    expect(DEFAULT_MATRIX.name).toBe('Riskmatris (MSB 4 × 4)');
  });

  it('refuses an invalid version with every issue', () => {
    const levels = defaultMatrix().levels;
    levels[2].min = 10;
    levels[0].textColour = '#2E7D32'; // green on green
    let error: unknown;
    try {
      newMatrixVersion(DEFAULT_MATRIX, { levels }, { displayName: '', email: 'nope' }, at);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'levels.0.textColour:lowContrast',
      'levels:levelGap',
      'levels:levelGap',
      'createdBy.displayName:required',
      'createdBy.email:invalidEmail',
    ]);
  });

  it('refuses an invalid time', () => {
    expect(() => newMatrixVersion(DEFAULT_MATRIX, {}, bengt, new Date('x'))).toThrow(RangeError);
  });

  it('finds versions and the latest', () => {
    const v2 = newMatrixVersion(DEFAULT_MATRIX, { name: 'v2' }, bengt, at);
    const v3 = newMatrixVersion(v2, { name: 'v3' }, bengt, at);
    expect(latestMatrix([v2, DEFAULT_MATRIX, v3])?.name).toBe('v3');
    expect(latestMatrix([])).toBeNull();
    expect(matrixByVersion([DEFAULT_MATRIX, v2, v3], 2)?.name).toBe('v2');
    expect(matrixByVersion([DEFAULT_MATRIX], 5)).toBeNull();
  });
});
