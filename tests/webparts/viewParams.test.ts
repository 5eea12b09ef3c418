/**
 * View parameters from the host: the page URL query (SharePoint pages, task links of src/app/links.ts) and the Teams
 * tab's subPageId. Only the known keys, bounded values, never mixed between the two sources.
 */
import { sharePointPageLinks } from '../../src/app/links';
import {
  MAX_VIEW_PARAM_LENGTH,
  parseViewParams,
  readHostViewParams,
  teamsSubPageId,
  type TeamsSdkLike,
} from '../../src/webparts/shared/viewParams';

function teams(subPageId: string | undefined, legacy?: string): TeamsSdkLike {
  return {
    teamsJs: { app: { getContext: async () => ({ page: subPageId === undefined ? {} : { subPageId } }) } },
    context: legacy === undefined ? {} : { subEntityId: legacy },
  };
}

describe('parseViewParams', () => {
  it('reads the known keys from a query with or without "?"', () => {
    expect(parseViewParams('?objectId=12&requirementCode=K.3.1')).toEqual({ objectId: '12', requirementCode: 'K.3.1' });
    expect(parseViewParams('analysisId=4&riskId=7&actionId=9')).toEqual({ analysisId: '4', riskId: '7', actionId: '9' });
  });

  it('ignores unknown keys, including look-alikes in another case', () => {
    expect(parseViewParams('?objectId=1&view=risk&ObjectID=2&__proto__=x&constructor=y&debugManifestsFile=z')).toEqual({ objectId: '1' });
  });

  it('decodes values and keeps the first of a repeated key', () => {
    expect(parseViewParams('requirementCode=K%203%2F1&objectId=5&objectId=6')).toEqual({ requirementCode: 'K 3/1', objectId: '5' });
  });

  it('drops empty, whitespace-only, over-long and control-character values instead of truncating them', () => {
    const longest = 'a'.repeat(MAX_VIEW_PARAM_LENGTH);
    expect(parseViewParams(`objectId=&riskId=%20%20&analysisId=${longest}`)).toEqual({ analysisId: longest });
    expect(parseViewParams(`objectId=${longest}b`)).toEqual({});
    expect(parseViewParams('objectId=12%0Aevil&riskId=%00')).toEqual({});
    expect(parseViewParams('objectId=%20%2012%20')).toEqual({ objectId: '12' });
  });

  it('returns nothing for an empty or missing query', () => {
    expect(parseViewParams('')).toEqual({});
    expect(parseViewParams('?')).toEqual({});
    expect(parseViewParams(undefined)).toEqual({});
    expect(parseViewParams(null)).toEqual({});
  });

  it('reads back exactly what the task links put in (round trip with sharePointPageLinks)', () => {
    const links = sharePointPageLinks('https://kommun.sharepoint.com/sites/lis/');
    const url = new URL(links.taskUrl({ view: 'itQueue', params: { objectId: '12', requirementCode: 'K.3 & 4' } }));
    expect(url.pathname).toBe('/sites/lis/SitePages/lis-itqueue.aspx');
    expect(parseViewParams(url.search)).toEqual({ objectId: '12', requirementCode: 'K.3 & 4' });
  });
});

describe('Teams subPageId', () => {
  it('is read from teamsJs app.getContext() (asynchronous)', async () => {
    expect(await teamsSubPageId(teams('objectId=12'))).toBe('objectId=12');
  });

  it('falls back to the deprecated v1 context subEntityId when getContext has none or fails', async () => {
    expect(await teamsSubPageId(teams(undefined, 'riskId=3'))).toBe('riskId=3');
    const failing: TeamsSdkLike = {
      teamsJs: { app: { getContext: () => Promise.reject(new Error('not initialized')) } },
      context: { subEntityId: 'analysisId=8' },
    };
    expect(await teamsSubPageId(failing)).toBe('analysisId=8');
  });

  it('is undefined outside Teams', async () => {
    expect(await teamsSubPageId(undefined)).toBeUndefined();
    expect(await teamsSubPageId({})).toBeUndefined();
  });
});

describe('readHostViewParams', () => {
  it('uses the page query outside Teams', async () => {
    expect(await readHostViewParams('?objectId=12', undefined)).toEqual({ objectId: '12' });
  });

  it('uses the Teams subPageId alone when it names an item (the page query there is Teams\' host page)', async () => {
    expect(await readHostViewParams('?objectId=99&riskId=1', teams('analysisId=4&riskId=7'))).toEqual({ analysisId: '4', riskId: '7' });
  });

  it('falls back to the page query when the Teams tab was opened without a sub page', async () => {
    expect(await readHostViewParams('?objectId=12', teams(''))).toEqual({ objectId: '12' });
    expect(await readHostViewParams('?objectId=12', teams('unrelated=1'))).toEqual({ objectId: '12' });
  });
});
