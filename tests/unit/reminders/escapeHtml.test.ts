import { escapeHtml, safeHttpUrl } from '../../../src/domain/reminders';

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["' onmouseover='x", '&#39; onmouseover=&#39;x'],
    ['Tom & Jerry &amp;', 'Tom &amp; Jerry &amp;amp;'],
    ['`${x}`', '&#96;${x}&#96;'],
    ['Åtgärd för Ärende ö', 'Åtgärd för Ärende ö'],
  ])('escapes %s', (raw, expected) => {
    expect(escapeHtml(raw)).toBe(expected);
  });

  it('leaves no markup characters in any string', () => {
    const hostile = '<a href="javascript:alert(\'x\')">`x`</a>&';
    expect(escapeHtml(hostile)).not.toMatch(/[<>"'`]/);
  });
});

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs and drops everything else', () => {
    expect(safeHttpUrl('https://kommun.sharepoint.com/sites/lis?x=1&y=2')).toBe('https://kommun.sharepoint.com/sites/lis?x=1&y=2');
    expect(safeHttpUrl(' http://a.se ')).toBe('http://a.se');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('/sites/lis')).toBeNull();
    expect(safeHttpUrl('https://a.se/ x')).toBeNull();
  });
});
