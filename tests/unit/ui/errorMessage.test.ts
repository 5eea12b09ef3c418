import { AccessDeniedError, ConflictError, NotFoundError, SetupRequiredError, StoreUnavailableError } from '../../../src/data/ports/errors';
import { errorMessage, stringsFor } from '../../../src/ui/strings';

describe('errorMessage', () => {
  const sv = stringsFor('sv-SE');
  const en = stringsFor('en-US');

  it('tells each store error apart in Swedish, and in English', () => {
    expect(errorMessage(sv, new ConflictError('OrgUnit', '1'))).toBe(sv.errors.conflict);
    expect(errorMessage(sv, new NotFoundError('OrgUnit', '1'))).toBe(sv.errors.notFound);
    expect(errorMessage(sv, new AccessDeniedError())).toMatch(/^Du saknar behörighet att se eller ändra detta i LIS\./);
    expect(errorMessage(sv, new StoreUnavailableError('down', 503))).toBe(sv.errors.unavailable);
    expect(errorMessage(sv, new SetupRequiredError('12', '/sites/lis/Lists/LisRisks/enhet-12'))).toMatch(/^Enhetens mapp saknas i LIS-listorna/);
    expect(errorMessage(en, new SetupRequiredError('12', '/x'))).toMatch(/^The unit's folder is missing/);
    expect(errorMessage(sv, new Error('x'))).toBe(sv.errors.unknown);
  });
});
