import { unitPaths } from '../../src/ui/organisation/unitPaths';
import { formatDateTime } from '../../src/ui/shared/formatDateTime';
import type { OrgUnit } from '../../src/domain/organisation';

function unit(id: string, name: string, parentId: string | null): OrgUnit {
  return { id, name, parentId, kind: 'namnd', representatives: [], securityContact: null, active: true, etag: '1', modified: '', modifiedBy: '' };
}

describe('unitPaths', () => {
  it('joins the ancestry from the top unit down', () => {
    const paths = unitPaths([unit('3', 'Kansliet', '2'), unit('1', 'Kommunstyrelsen', null), unit('2', 'Kommunledningskontoret', '1')], ' › ');
    expect(paths.get('1')).toBe('Kommunstyrelsen');
    expect(paths.get('2')).toBe('Kommunstyrelsen › Kommunledningskontoret');
    expect(paths.get('3')).toBe('Kommunstyrelsen › Kommunledningskontoret › Kansliet');
  });

  it('tells same-named units apart by their parents', () => {
    const paths = unitPaths([unit('1', 'Socialnämnden', null), unit('2', 'Kansliet', '1'), unit('3', 'Kulturnämnden', null), unit('4', 'Kansliet', '3')], '/');
    expect(paths.get('2')).toBe('Socialnämnden/Kansliet');
    expect(paths.get('4')).toBe('Kulturnämnden/Kansliet');
  });

  it('stops at a missing parent and at loops in stored data instead of hanging', () => {
    const paths = unitPaths([unit('1', 'A', '2'), unit('2', 'B', '1'), unit('3', 'C', 'gone')], ' › ');
    expect(paths.get('3')).toBe('C');
    expect(paths.get('1')).toBe('B › A');
    expect(paths.get('2')).toBe('B');
  });
});

describe('formatDateTime', () => {
  it('formats per locale and keeps unparsable text as is', () => {
    const iso = '2026-11-28T09:30:00Z';
    expect(formatDateTime(iso, 'sv-SE')).not.toBe(formatDateTime(iso, 'en-US'));
    expect(formatDateTime(iso, 'sv-SE')).toContain('2026');
    expect(formatDateTime('inte ett datum', 'sv-SE')).toBe('inte ett datum');
  });
});
