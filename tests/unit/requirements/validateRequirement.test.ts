import {
  isValidRequirementCode,
  normaliseRequirement,
  validateCatalogue,
  validateRequirement,
  type Requirement,
} from '../../../src/domain/requirements';
import { requirement } from './fixtures';

describe('validateRequirement', () => {
  it('accepts a complete requirement', () => {
    expect(validateRequirement(requirement())).toEqual([]);
  });

  it('requires every text (whitespace does not count)', () => {
    const issues = validateRequirement(requirement({ code: ' ', title: '', isText: '  ', skaText: '\t', reference: '' }));
    expect(issues).toEqual([
      { field: 'code', code: 'required' },
      { field: 'title', code: 'required' },
      { field: 'isText', code: 'required' },
      { field: 'skaText', code: 'required' },
      { field: 'reference', code: 'required' },
    ]);
  });

  it('limits lengths', () => {
    const issues = validateRequirement(requirement({ title: 'x'.repeat(256), isText: 'y'.repeat(4001) }));
    expect(issues).toEqual([
      { field: 'title', code: 'tooLong', params: { max: 255 } },
      { field: 'isText', code: 'tooLong', params: { max: 4000 } },
    ]);
    expect(validateRequirement(requirement({ title: 'x'.repeat(255) }))).toEqual([]);
  });

  it('checks the code format', () => {
    expect(isValidRequirementCode('ADM-01')).toBe(true);
    expect(isValidRequirementCode(' tek-12 ')).toBe(true);
    expect(isValidRequirementCode('KS.3.1_a')).toBe(true);
    expect(isValidRequirementCode('-ADM')).toBe(false);
    expect(isValidRequirementCode('=SUM(A1)')).toBe(false);
    expect(isValidRequirementCode('ADM 01')).toBe(false);
    expect(isValidRequirementCode('A'.repeat(21))).toBe(false);
    expect(validateRequirement(requirement({ code: 'ADM 01' }))).toEqual([
      { field: 'code', code: 'invalidRequirementCode', params: { max: 20 } },
    ]);
  });

  it('checks kind, aspects, level and baseline', () => {
    const bad = { ...requirement(), kind: 'juridisk', aspects: ['K', 'X'], minLevel: 4 } as unknown as Requirement;
    expect(validateRequirement(bad)).toEqual([
      { field: 'kind', code: 'invalidChoice' },
      { field: 'aspects', code: 'invalidChoice' },
      { field: 'minLevel', code: 'invalidChoice' },
    ]);
    expect(validateRequirement(requirement({ aspects: [] }))).toEqual([{ field: 'aspects', code: 'required' }]);
    expect(validateRequirement(requirement({ aspects: ['K', 'K'] }))).toEqual([{ field: 'aspects', code: 'invalidChoice' }]);
    expect(validateRequirement({ ...requirement(), minLevel: 0 } as unknown as Requirement)).toEqual([
      { field: 'minLevel', code: 'invalidChoice' },
    ]);
  });

  it('requires grundskydd requirements to apply from level 1', () => {
    expect(validateRequirement(requirement({ baseline: true, minLevel: 2 }))).toEqual([{ field: 'minLevel', code: 'baselineLevel' }]);
    expect(validateRequirement(requirement({ baseline: true, minLevel: 1 }))).toEqual([]);
  });
});

describe('normaliseRequirement', () => {
  it('trims, upper-cases the code and orders aspects', () => {
    expect(normaliseRequirement(requirement({ code: ' tek-1 ', title: ' T ', aspects: ['S', 'K', 'S'] }))).toEqual(
      requirement({ code: 'TEK-1', title: 'T', aspects: ['K', 'S'] })
    );
  });
});

describe('validateCatalogue', () => {
  it('refuses an empty catalogue', () => {
    expect(validateCatalogue([])).toEqual([{ index: -1, field: 'catalogue', code: 'emptyCatalogue' }]);
  });

  it('reports duplicate codes case-insensitively, with the first position', () => {
    const issues = validateCatalogue([requirement({ code: 'A-1' }), requirement({ code: 'B-1' }), requirement({ code: 'a-1' })]);
    expect(issues).toEqual([{ index: 2, field: 'code', code: 'duplicateCode', params: { code: 'A-1', first: 1 } }]);
  });

  it('reports each invalid requirement with its index', () => {
    expect(validateCatalogue([requirement(), requirement({ code: 'B-1', title: '' })])).toEqual([
      { index: 1, field: 'title', code: 'required' },
    ]);
  });
});
