import { previewLinks, sharePointPageLinks, viewPageName } from '../../../src/app/links';

describe('deep links', () => {
  it('point to the view page on the data site with the parameters encoded and sorted', () => {
    const links = sharePointPageLinks('https://kommun.sharepoint.com/sites/lis/');
    expect(links.taskUrl({ view: 'classification', params: { requirementCode: 'TEK 04&x', objectId: '12' } })).toBe(
      'https://kommun.sharepoint.com/sites/lis/SitePages/lis-classification.aspx?objectId=12&requirementCode=TEK%2004%26x',
    );
    expect(links.taskUrl({ view: 'itQueue', params: {} })).toBe('https://kommun.sharepoint.com/sites/lis/SitePages/lis-itqueue.aspx');
    expect(links.myTasksUrl).toBe('https://kommun.sharepoint.com/sites/lis/SitePages/lis-mytasks.aspx');
  });

  it('never lets a view key escape the page name', () => {
    expect(viewPageName('../../_layouts/x')).toBe('lis-layoutsx.aspx');
  });

  it('point into the preview hash, dropping any current hash', () => {
    const links = previewLinks('http://localhost:5173/#/risk');
    expect(links.taskUrl({ view: 'risk', params: { analysisId: '3' } })).toBe('http://localhost:5173/#/risk?analysisId=3');
    expect(links.myTasksUrl).toBe('http://localhost:5173/#/myTasks');
  });
});
