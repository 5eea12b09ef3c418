import { toCsv } from '../../../src/domain/export';
import {
  DEFAULT_CATALOGUE,
  deriveActionPlan,
  emptyEntry,
  procurementColumns,
  procurementRequirementList,
  updateEntry,
} from '../../../src/domain/requirements';
import { profile, requirement } from './fixtures';

const a = requirement({ code: 'A-1', kind: 'administrativ', aspects: ['K', 'R'], minLevel: 1, baseline: true, skaText: 'Leverantören ska A.' });
const t = requirement({ code: 'T-1', kind: 'teknisk', aspects: ['T'], minLevel: 2, skaText: '=HYPERLINK("http://x")', reference: 'MSBFS 2020:7' });
const f = requirement({ code: 'F-1', kind: 'fysisk', aspects: ['K'], minLevel: 3 });
const catalogue = [a, t, f];

describe('procurementRequirementList', () => {
  it('lists the SKA-krav of the applicable requirements in catalogue order', () => {
    const list = procurementRequirementList('  Elevregistret ', profile(2, 0, 2, 0), { catalogue });
    expect(list).toEqual({
      objectName: 'Elevregistret',
      profile: 'K2-R0-T2-S0',
      rows: [
        { code: 'A-1', title: a.title, skaText: 'Leverantören ska A.', kind: 'administrativ', aspects: 'K, R', reference: a.reference },
        { code: 'T-1', title: t.title, skaText: t.skaText, kind: 'teknisk', aspects: 'T', reference: 'MSBFS 2020:7' },
      ],
      excludedAspects: [],
      reason: null,
    });
  });

  it('leaves out what the owner assessed as ej tillämpligt, and can keep one kind only', () => {
    const plan = updateEntry(deriveActionPlan(catalogue, profile(3, 0, 2, 0), null, '2026-01-01T00:00:00Z').plan, {
      ...emptyEntry('A-1'),
      status: 'ejTillampligt',
      reason: 'Köps inte',
    });
    expect(procurementRequirementList('X', profile(3, 0, 2, 0), { catalogue, plan }).rows.map((r) => r.code)).toEqual(['T-1', 'F-1']);
    expect(procurementRequirementList('X', profile(3, 0, 2, 0), { catalogue, kinds: ['teknisk'] }).rows.map((r) => r.code)).toEqual(['T-1']);
  });

  it('says when an aspect at level 4 needs a separate analysis', () => {
    const list = procurementRequirementList('SCADA', profile(1, 4, 4, 1), { catalogue: DEFAULT_CATALOGUE });
    expect(list.excludedAspects).toEqual(['R', 'T']);
    expect(list.reason).toBe('securityProtection');
    expect(list.profile).toBe('K1-R4-T4-S1');
  });

  it('exports as CSV with the caller’s headers and kind labels, formulas neutralised', () => {
    const list = procurementRequirementList('X', profile(0, 0, 2, 0), { catalogue });
    const headers = { code: 'Kod', title: 'Rubrik', skaText: 'Krav', kind: 'Typ', aspects: 'Aspekter', reference: 'Källa' };
    const csv = toCsv(list.rows, procurementColumns(headers, (k) => k.toUpperCase()), { bom: false });
    expect(csv).toBe(`Kod;Rubrik;Krav;Typ;Aspekter;Källa\r\nT-1;${t.title};"'=HYPERLINK(""http://x"")";TEKNISK;T;MSBFS 2020:7\r\n`);
  });
});
