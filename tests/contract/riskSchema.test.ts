/**
 * The risk lists' schema: Swedish "LIS " titles, ASCII urls, lookups to lists provisioned before them, indexes on
 * every column LIS or a view filters or sorts on, and the columns the adapters select.
 */
import {
  ALL_LISTS,
  handoversList,
  RiskActionFields,
  riskActionsList,
  RiskAnalysisFields,
  riskAnalysesList,
  RiskFields,
  RiskMatrixFields,
  riskMatricesList,
  risksList,
  type ListDefinition,
} from '../../src/data/schema';
import { RISK_ACTION_SELECT, RISK_ANALYSIS_SELECT, RISK_MATRIX_SELECT, RISK_SELECT } from '../../src/data/sharepoint/riskItem';

const MINE: readonly ListDefinition[] = [riskMatricesList, riskAnalysesList, risksList, riskActionsList];

function columnOf(list: ListDefinition, name: string): string {
  const field = list.fields.find((f) => f.internalName === name);
  return field?.type === 'Lookup' ? `${name}Id` : name;
}

describe.each(MINE.map((l) => [l.key, l] as const))('list %s', (_key, list) => {
  it('has a Swedish LIS title, an ASCII Lists/Lis… url, versioning and one default view', () => {
    expect(list.title).toMatch(/^LIS [A-ZÅÄÖ]/);
    expect(list.url).toMatch(/^Lists\/Lis[A-Za-z]+$/);
    expect(list.majorVersionLimit).toBeGreaterThan(0);
    expect(list.views.filter((v) => v.isDefault)).toHaveLength(1);
  });

  it('indexes every column a view filters or sorts on', () => {
    for (const view of list.views) {
      const filtered = Array.from((view.where ?? '').matchAll(/FieldRef Name="([^"]+)"/g)).map((m) => m[1]);
      const sorted = view.orderBy ? [view.orderBy.field] : [];
      for (const name of [...filtered, ...sorted]) {
        expect({ view: view.url, name, indexed: list.fields.find((f) => f.internalName === name)?.indexed }).toEqual({ view: view.url, name, indexed: true });
      }
    }
  });

  it('looks up only lists provisioned before it', () => {
    const position = ALL_LISTS.indexOf(list);
    expect(position).toBeGreaterThan(ALL_LISTS.indexOf(handoversList));
    for (const field of list.fields.filter((f) => f.type === 'Lookup')) {
      const target = ALL_LISTS.findIndex((l) => l.url === field.lookupList);
      expect(target).toBeGreaterThanOrEqual(0);
      expect(target).toBeLessThan(position);
    }
  });

  it('has field ids unique across all LIS lists and a JSON content column', () => {
    const ids = ALL_LISTS.flatMap((l) => l.fields.map((f) => f.id.toLowerCase()));
    for (const field of list.fields) expect(ids.filter((id) => id === field.id.toLowerCase())).toHaveLength(1);
    expect(list.fields.find((f) => f.internalName === 'LisContent')).toMatchObject({ type: 'Note', richText: false });
  });
});

describe('the risk adapters read and filter the schema columns', () => {
  it('filters only on indexed columns: the lookups, the version, the owner', () => {
    const indexed = (list: ListDefinition, name: string): boolean | undefined => list.fields.find((f) => f.internalName === name)?.indexed;
    expect(indexed(riskMatricesList, RiskMatrixFields.version)).toBe(true);
    expect(indexed(riskAnalysesList, RiskAnalysisFields.ownerUnit)).toBe(true);
    expect(indexed(riskAnalysesList, RiskAnalysisFields.classification)).toBe(true);
    expect(indexed(risksList, RiskFields.analysis)).toBe(true);
    expect(indexed(risksList, RiskFields.ownerUnit)).toBe(true);
    for (const name of [RiskFields.riskOwnerEmail, RiskFields.inherentValue, RiskFields.residualValue, RiskFields.treatment]) expect(indexed(risksList, name)).toBe(true);
    for (const name of [RiskActionFields.risk, RiskActionFields.analysis, RiskActionFields.status, RiskActionFields.responsibleEmail, RiskActionFields.targetDate]) {
      expect(indexed(riskActionsList, name)).toBe(true);
    }
  });

  it('lookups point where they should', () => {
    const lookup = (list: ListDefinition, name: string): string | undefined => list.fields.find((f) => f.internalName === name)?.lookupList;
    expect(lookup(riskAnalysesList, RiskAnalysisFields.classification)).toBe('Lists/LisClassifications');
    expect(lookup(riskAnalysesList, RiskAnalysisFields.ownerUnit)).toBe('Lists/LisOrgUnits');
    expect(lookup(risksList, RiskFields.analysis)).toBe('Lists/LisRiskAnalyses');
    expect(lookup(risksList, RiskFields.ownerUnit)).toBe('Lists/LisOrgUnits');
    expect(lookup(riskActionsList, RiskActionFields.risk)).toBe('Lists/LisRisks');
    expect(lookup(riskActionsList, RiskActionFields.analysis)).toBe('Lists/LisRiskAnalyses');
  });

  it('selects only columns the lists have', () => {
    const check = (list: ListDefinition, select: readonly string[]): void => {
      const columns = ['Id', 'Title', 'Modified', 'Editor/Title', ...list.fields.map((f) => columnOf(list, f.internalName))];
      for (const name of select) expect(columns).toContain(name);
    };
    check(riskMatricesList, RISK_MATRIX_SELECT);
    check(riskAnalysesList, RISK_ANALYSIS_SELECT);
    check(risksList, RISK_SELECT);
    check(riskActionsList, RISK_ACTION_SELECT);
  });
});
