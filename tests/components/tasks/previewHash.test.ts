import { hashForView, viewIdFromHash, viewParamsFromHash } from '../../../preview/preferences';
import { previewLinks } from '../../../src/app/links';

describe('preview hash with view parameters', () => {
  it('still finds the view id when the hash carries parameters', () => {
    expect(viewIdFromHash('#/myTasks')).toBe('myTasks');
    expect(viewIdFromHash('#/classification?objectId=12&requirementCode=TEK-01')).toBe('classification');
    expect(viewIdFromHash('#/?a=b')).toBeUndefined();
    expect(viewIdFromHash('')).toBeUndefined();
  });

  it('decodes the parameters; none gives an empty object', () => {
    expect(viewParamsFromHash('#/classification?objectId=12&requirementCode=TEK-01')).toEqual({ objectId: '12', requirementCode: 'TEK-01' });
    expect(viewParamsFromHash('#/risk?analysisId=a%2F1&note=%C3%A5tg%C3%A4rd+nu&flag')).toEqual({ analysisId: 'a/1', note: 'åtgärd nu', flag: '' });
    expect(viewParamsFromHash('#/risk?x=1&x=2&&=3')).toEqual({ x: '1' });
    expect(viewParamsFromHash('#/risk?bad=%E0%A4%A')).toEqual({ bad: '%E0%A4%A' });
    expect(viewParamsFromHash('#/myTasks')).toEqual({});
    expect(viewParamsFromHash('#/myTasks?')).toEqual({});
    expect(viewParamsFromHash('?objectId=1')).toEqual({});
  });

  it('round-trips the preview\'s own task links', () => {
    const links = previewLinks('http://localhost:5173/#/myTasks');
    const url = links.taskUrl({ view: 'itQueue', params: { requirementCode: 'TEK 01&2', objectId: '7' } });
    const hash = url.slice(url.indexOf('#'));
    expect(viewIdFromHash(hash)).toBe('itQueue');
    expect(viewParamsFromHash(hash)).toEqual({ objectId: '7', requirementCode: 'TEK 01&2' });
    expect(hashForView('itQueue', { requirementCode: 'TEK 01&2', objectId: '7' })).toBe(hash);
    expect(hashForView('myTasks')).toBe('#/myTasks');
  });
});
