import type { ValidationIssue } from '../../../src/domain/shared/Validation';
import { stringsFor, validationMessage, type Locale } from '../../../src/ui/strings';

const issues: ValidationIssue[] = [
  { field: 'likelihood', code: 'scaleSize', params: { min: 3, max: 6 } },
  { field: 'levels.0.colour', code: 'invalidColour' },
  { field: 'levels.0.textColour', code: 'lowContrast', params: { ratio: 1.07, min: 4.5 } },
  { field: 'levels.0.min', code: 'levelRange' },
  { field: 'levels', code: 'levelGap', params: { value: 8 } },
  { field: 'levels.2.min', code: 'levelOverlap', params: { other: 'Medelhög' } },
  { field: 'levels.1.key', code: 'duplicateKey', params: { key: 'lag' } },
  { field: 'inherent.likelihood', code: 'offScale', params: { max: 4 } },
  { field: 'inherent', code: 'notAssessed' },
  { field: 'role', code: 'mayNotAccept', params: { level: 'Hög', role: 'namnd' } },
  { field: 'validUntil', code: 'dateInPast' },
];

describe('messages for risk analysis issues', () => {
  it.each<Locale>(['sv-SE', 'en-US'])('has a specific %s text for every code, with its parameters', (locale) => {
    const strings = stringsFor(locale);
    const seen = new Set<string>();
    for (const issue of issues) {
      const message = validationMessage(strings, issue);
      expect({ code: issue.code, known: message !== strings.errors.unknown && message.length > 0 }).toEqual({ code: issue.code, known: true });
      seen.add(message);
      for (const key of ['min', 'max', 'value', 'other', 'key', 'level', 'ratio']) {
        if (issue.params && key in issue.params) expect(message).toContain(String(issue.params[key]));
      }
    }
    expect(seen.size).toBe(issues.length);
  });

  it('speaks Swedish by default and names the role', () => {
    const sv = stringsFor('sv-SE');
    expect(validationMessage(sv, { field: 'role', code: 'mayNotAccept', params: { level: 'Hög', role: 'namnd' } })).toBe(
      'Risker på nivån Hög får bara accepteras av nämnden eller högre.'
    );
    expect(validationMessage(stringsFor('en-US'), { field: 'role', code: 'mayNotAccept', params: { level: 'High', role: 'riskOwner' } })).toContain('risk owner');
  });
});
