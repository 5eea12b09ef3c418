/**
 * The classification lists' schema: Swedish "LIS " titles, ASCII urls, lookups to lists provisioned before them,
 * indexes on every column LIS or a view filters on, and the field names the adapters use.
 */
import {
  ALL_LISTS,
  ClassificationFields,
  classificationsList,
  ClassificationVersionFields,
  classificationVersionsList,
  SharedInfoTypeFields,
  sharedInfoTypesList,
  type ListDefinition,
} from '../../src/data/schema';
import { CLASSIFICATION_SELECT, CLASSIFICATION_VERSION_SELECT, SHARED_INFO_TYPE_SELECT } from '../../src/data/sharepoint/classificationItem';

const MINE: readonly ListDefinition[] = [classificationsList, classificationVersionsList, sharedInfoTypesList];

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

  it('indexes every column a view filters or sorts on (ID and Title excepted)', () => {
    for (const view of list.views) {
      const filtered = Array.from((view.where ?? '').matchAll(/FieldRef Name="([^"]+)"/g)).map((m) => m[1]);
      const sorted = view.orderBy && view.orderBy.field !== 'ID' && view.orderBy.field !== 'Title' ? [view.orderBy.field] : [];
      for (const name of [...filtered, ...sorted]) {
        expect({ view: view.url, name, indexed: list.fields.find((f) => f.internalName === name)?.indexed }).toEqual({ view: view.url, name, indexed: true });
      }
    }
  });

  it('looks up only lists provisioned before it', () => {
    const position = ALL_LISTS.indexOf(list);
    expect(position).toBeGreaterThan(0);
    for (const field of list.fields.filter((f) => f.type === 'Lookup')) {
      const target = ALL_LISTS.findIndex((l) => l.url === field.lookupList);
      expect(target).toBeGreaterThanOrEqual(0);
      expect(target).toBeLessThan(position);
    }
  });

  it('has field ids unique across all LIS lists', () => {
    const ids = ALL_LISTS.flatMap((l) => l.fields.map((f) => f.id.toLowerCase()));
    for (const field of list.fields) expect(ids.filter((id) => id === field.id.toLowerCase())).toHaveLength(1);
  });
});

describe('the adapters read the schema columns', () => {
  it('filters on indexed lookups: the owner unit and the snapshot’s object', () => {
    expect(classificationsList.fields.find((f) => f.internalName === ClassificationFields.ownerUnit)).toMatchObject({ type: 'Lookup', indexed: true, lookupList: 'Lists/LisOrgUnits' });
    expect(classificationVersionsList.fields.find((f) => f.internalName === ClassificationVersionFields.classification)).toMatchObject({
      type: 'Lookup',
      indexed: true,
      lookupList: 'Lists/LisClassifications',
    });
  });

  it('selects only columns the lists have', () => {
    const check = (list: ListDefinition, select: readonly string[]): void => {
      const columns = ['Id', 'Title', 'Modified', 'Editor/Title', ...list.fields.map((f) => columnOf(list, f.internalName))];
      for (const name of select) expect(columns).toContain(name);
    };
    check(classificationsList, CLASSIFICATION_SELECT);
    check(classificationVersionsList, CLASSIFICATION_VERSION_SELECT);
    check(sharedInfoTypesList, SHARED_INFO_TYPE_SELECT);
    expect(SHARED_INFO_TYPE_SELECT).toContain(SharedInfoTypeFields.active);
  });
});
