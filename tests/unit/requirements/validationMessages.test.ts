import type { ValidationIssue } from '../../../src/domain/shared/Validation';
import { stringsFor, validationMessage, type Locale } from '../../../src/ui/strings';

const issues: ValidationIssue[] = [
  { field: 'code', code: 'invalidRequirementCode', params: { max: 20 } },
  { field: 'kod', code: 'duplicateCode', params: { code: 'TEK-01', first: 7 } },
  { field: 'minLevel', code: 'baselineLevel' },
  { field: 'referens', code: 'missingColumn', params: { column: 'referens' } },
  { field: 'titel', code: 'duplicateColumn', params: { column: 'titel' } },
  { field: 'kod', code: 'emptyCatalogue' },
  { field: 'file', code: 'malformedCsv', params: { row: 12 } },
  { field: 'targetDate', code: 'invalidDate' },
  { field: 'status', code: 'invalidTransition', params: { from: 'genomford', to: 'overlamnad' } },
];

describe('messages for requirement, import and handlingsplan issues', () => {
  it.each<Locale>(['sv-SE', 'en-US'])('has a specific %s text for every code, with its parameters', (locale) => {
    const strings = stringsFor(locale);
    for (const issue of issues) {
      const message = validationMessage(strings, issue);
      expect({ code: issue.code, known: message !== strings.errors.unknown }).toEqual({ code: issue.code, known: true });
      for (const key of ['max', 'code', 'first', 'column', 'row']) {
        if (issue.params && key in issue.params) expect(message).toContain(String(issue.params[key]));
      }
    }
  });

  it('speaks Swedish by default', () => {
    const sv = stringsFor('sv-SE');
    expect(validationMessage(sv, { field: 'x', code: 'missingColumn', params: { column: 'kod' } })).toBe('Kolumnen ”kod” saknas i rubrikraden.');
  });
});
