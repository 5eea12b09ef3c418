/** @jest-environment node */
/**
 * Issue 6 item 5: the adapters' `$filter` construction through the real PnPjs pipeline over the strict fake
 * SharePoint: values like `O'Brien & Söner`, `a'' or 1 eq 1`, `#`, `%`, `?`, `/` and unicode are sent as escaped
 * literals, encoded once in the url, and the fake server (which parses the filter) finds exactly that value.
 */
import { reminderLogList, requirementsList, RequirementFields } from '../../../src/data/schema';
import { odataString } from '../../../src/data/sharepoint/odata';
import { SharePointReminderLog, SharePointRequirementCatalogueRepository } from '../../../src/data/sharepoint';
import { FakeSharePointSite, spOverSite } from '../../contract/fakeSharePointSite';
import { reminderEntry } from '../../contract/reminderLog.contract';
import { requirement } from '../../contract/requirementRepositories.contract';
import { HOSTILE_STRINGS } from './hostileValues';

const SITE = 'https://contoso.sharepoint.com/sites/lis';

/** False for a string with a lone surrogate (encodeURIComponent refuses those). */
function isWellFormed(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

const NAMED_VALUES: readonly string[] = [
  "O'Brien & Söner", "a'' or 1 eq 1", "x' or Title ne 'y", "'", "''", '#', '%', '%27', '?', '/', '&', '+', '=', ';', '\\',
  'ÅÄÖ åäö ü ß Ω 中文 😀', '\u202Eevil\u200B',
  ...HOSTILE_STRINGS.filter((s) => s.length < 250),
];

describe('adapters through real PnPjs over the strict fake SharePoint', () => {
  it('SharePointReminderLog.has(key): the sent $filter decodes to the escaped literal and the fake finds exactly that key', async () => {
    const site = new FakeSharePointSite([reminderLogList], SITE);
    const { sp } = spOverSite(site);
    const log = new SharePointReminderLog(sp, SITE);
    // Lone surrogates are left out: no url can carry one (URLSearchParams sends U+FFFD) and no input field produces one.
    const keys = NAMED_VALUES.filter((k) => k.trim() !== '' && !/[\u0000-\u001F]/.test(k) && k.length <= 255 && isWellFormed(k));
    for (const [i, key] of keys.entries()) await log.record(reminderEntry(key, `2026-11-28T06:${String(i % 60).padStart(2, '0')}:00Z`));
    for (const key of keys) {
      site.requests.length = 0;
      expect([key, await log.has(key)]).toEqual([key, true]);
      await expect(log.has(`${key}x`)).resolves.toBe(false);
      const sent = new URL(site.requests[0].url);
      expect(sent.searchParams.get('$filter')).toBe(`Title eq ${odataString(key)}`);
      expect(sent.search).not.toMatch(/[#' ]/);
    }
  });

  it('SharePointRequirementCatalogueRepository.save finds the row by its code (Ö, dots; the domain allows no quotes in a code)', async () => {
    const site = new FakeSharePointSite([requirementsList], SITE);
    const { sp } = spOverSite(site);
    const repo = new SharePointRequirementCatalogueRepository(sp, SITE);
    const code = 'SÖNER.1_A-Ö';
    const [stored] = await repo.replaceAll([requirement(code)]);
    site.requests.length = 0;
    const saved = await repo.save({ ...requirement(code), title: '<script>alert(1)</script>' }, stored.etag);
    expect(saved.id).toBe(stored.id);
    expect(saved.title).toBe('<script>alert(1)</script>');
    const filters = site.requests.map((r) => new URL(r.url).searchParams.get('$filter')).filter((f): f is string => f !== null);
    expect(filters).toContain(`${RequirementFields.code} eq 'SÖNER.1_A-Ö'`);
    for (const r of site.requests) expect(new URL(r.url).search).not.toMatch(/[Ö ]/);
  });
});

