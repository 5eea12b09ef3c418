import type { ValidationIssue } from '../../../src/domain/shared';
import { stringsFor, validationMessage } from '../../../src/ui/strings';

const issues: ValidationIssue[] = [
  { field: 'sets.1.name', code: 'duplicateName', params: { name: 'Betyg' } },
  { field: 'sets.0.K.level', code: 'belowWorstConsequence', params: { level: 3 } },
  { field: 'manualRaises.K.level', code: 'belowAggregate', params: { aspect: 'K', level: 2 } },
  { field: 'sets.0.S.level', code: 'loweringNeedsApproval', params: { aspect: 'S', level: 2 } },
  { field: 'aspect', code: 'loweringPending', params: { aspect: 'K' } },
  { field: 'level', code: 'notLowering', params: { level: 3 } },
  { field: 'status', code: 'notDraft' },
  { field: 'status', code: 'notPending' },
  { field: 'sets', code: 'noInformationSets' },
];

describe('validation messages for classification issues', () => {
  it.each(['sv-SE', 'en-US'] as const)('gives every classification code its own text in %s, with its parameters', (locale) => {
    const strings = stringsFor(locale);
    const texts = issues.map((issue) => validationMessage(strings, issue));
    for (const text of texts) expect(text).not.toBe(strings.errors.unknown);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts[0]).toContain('Betyg');
    expect(texts[2]).toContain('K2');
    expect(texts[3]).toContain('S2');
  });
});
