/**
 * @jest-environment jsdom
 *
 * The Feature Framework XML under sharepoint/assets/ is generated from src/data/schema (npm run schema:xml).
 * These tests fail when the committed files are stale, are not well-formed XML, or lose a field or an index.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_LISTS, type ListDefinition } from '../../src/data/schema';
import {
  escapeXml,
  featureAssets,
  GENERIC_LIST_FEATURE_ID,
  generateFeatureFiles,
  schemaFileName,
} from '../../src/data/schema/featureXml';

const root = path.resolve(__dirname, '..', '..');
const assetsDir = path.join(root, 'sharepoint', 'assets');
const SP_NS = 'http://schemas.microsoft.com/sharepoint/';

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return doc;
}

function byTag(parent: Document | Element, tag: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(SP_NS, tag));
}

const generated = generateFeatureFiles(ALL_LISTS);

describe('committed Feature Framework XML', () => {
  it.each(generated.map((f) => [f.path, f.content] as const))('sharepoint/assets/%s is up to date', (file, content) => {
    const target = path.join(assetsDir, file);
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '(missing)';
    if (committed !== content) {
      throw new Error(`sharepoint/assets/${file} is stale or missing: run \`npm run schema:xml\` and commit the result.`);
    }
  });

  it('has no schema files for lists that no longer exist', () => {
    const expected = new Set(generated.map((f) => f.path));
    const stale = fs.readdirSync(assetsDir).filter((f) => f.endsWith('.xml') && !expected.has(f));
    expect(stale).toEqual([]);
  });

  it('config/package-solution.json lists exactly the generated files in the "LIS listor" feature', () => {
    const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8'));
    const feature = config.solution.features.find((f: { title: string }) => f.title === 'LIS listor');
    expect(feature).toBeDefined();
    expect(feature.assets).toEqual(featureAssets(ALL_LISTS));
    expect(config.solution.skipFeatureDeployment).toBe(false);
  });
});

describe('elements.xml', () => {
  const doc = parseXml(generated[0].content);

  it('has one ListInstance per list on the generic list template with its custom schema', () => {
    const instances = byTag(doc, 'ListInstance');
    expect(instances.map((i) => i.getAttribute('Url'))).toEqual(ALL_LISTS.map((l) => l.url));
    ALL_LISTS.forEach((list, i) => {
      const instance = instances[i];
      expect(instance.getAttribute('Title')).toBe(list.title);
      expect(instance.getAttribute('TemplateType')).toBe('100');
      expect(instance.getAttribute('FeatureId')).toBe(GENERIC_LIST_FEATURE_ID);
      expect(instance.getAttribute('CustomSchema')).toBe(schemaFileName(list));
      expect(instance.getAttribute('VersioningEnabled')).toBe('TRUE');
    });
  });
});

describe.each(ALL_LISTS.map((l) => [l.key, l] as const))('schema-%s.xml', (_key, list: ListDefinition) => {
  const file = generated.find((f) => f.path === schemaFileName(list));
  const doc = parseXml(file!.content);
  const fields = byTag(doc, 'Fields')[0];
  const fieldByName = (name: string): Element | undefined =>
    byTag(fields, 'Field').find((f) => f.getAttribute('Name') === name);

  it('is a list schema with the list url, versioning and the Item content type', () => {
    const listEl = doc.documentElement;
    expect(listEl.localName).toBe('List');
    expect(listEl.getAttribute('Url')).toBe(list.url);
    expect(listEl.getAttribute('VersioningEnabled')).toBe('TRUE');
    const ct = byTag(doc, 'ContentType')[0];
    expect(ct.getAttribute('ID')).toBe('0x01');
    const refs = byTag(ct, 'FieldRef').map((r) => r.getAttribute('Name'));
    expect(refs).toEqual(['Title', ...list.fields.map((f) => f.internalName)]);
  });

  it('renames the Title field', () => {
    expect(fieldByName('Title')?.getAttribute('DisplayName')).toBe(list.titleDisplayName);
  });

  it.each(list.fields.map((f) => [f.internalName, f] as const))('declares field %s with its id, type and index', (name, def) => {
    const el = fieldByName(name);
    expect(el).toBeDefined();
    expect(el!.getAttribute('ID')).toBe(def.id);
    expect(el!.getAttribute('StaticName')).toBe(name);
    expect(el!.getAttribute('DisplayName')).toBe(def.displayName);
    expect(el!.getAttribute('Type')).toBe(def.type);
    expect(el!.getAttribute('Indexed')).toBe(def.indexed ? 'TRUE' : 'FALSE');
    expect(el!.getAttribute('Required')).toBe(def.required ? 'TRUE' : 'FALSE');
    if (def.choices) expect(byTag(el!, 'CHOICE').map((c) => c.textContent)).toEqual([...def.choices]);
    if (def.defaultValue !== undefined) expect(byTag(el!, 'Default')[0].textContent).toBe(def.defaultValue);
    if (def.type === 'Lookup') {
      expect(el!.getAttribute('List')).toBe(def.lookupList);
      expect(el!.getAttribute('ShowField')).toBe(def.lookupShowField);
    }
    if (def.type === 'Note') expect(el!.getAttribute('RichText')).toBe('FALSE');
    if (def.maxLength !== undefined) expect(el!.getAttribute('MaxLength')).toBe(String(def.maxLength));
  });

  it('declares every view with its fields, paging and default flag', () => {
    const views = byTag(doc, 'View');
    expect(views.map((v) => v.getAttribute('Url'))).toEqual(list.views.map((v) => v.url));
    list.views.forEach((def, i) => {
      const view = views[i];
      expect(view.getAttribute('BaseViewID')).toBe(String(def.baseViewId));
      expect(view.getAttribute('DisplayName')).toBe(def.displayName);
      expect(view.getAttribute('DefaultView')).toBe(def.isDefault ? 'TRUE' : 'FALSE');
      const viewFields = byTag(byTag(view, 'ViewFields')[0], 'FieldRef').map((r) => r.getAttribute('Name'));
      expect(viewFields).toEqual([...def.fields]);
      const rowLimit = byTag(view, 'RowLimit')[0];
      expect(rowLimit.getAttribute('Paged')).toBe('TRUE');
      expect(rowLimit.textContent).toBe(String(def.rowLimit));
      expect(byTag(view, 'Where').length).toBe(def.where ? 1 : 0);
    });
    expect(views.filter((v) => v.getAttribute('DefaultView') === 'TRUE')).toHaveLength(1);
  });

  it('has display, edit and new forms', () => {
    expect(byTag(doc, 'Form').map((f) => f.getAttribute('Type')).sort()).toEqual(['DisplayForm', 'EditForm', 'NewForm']);
  });
});

describe('escaping', () => {
  const tricky = 'R&D <test> "citat" \'enkel\' åäö ÅÄÖ';
  const list: ListDefinition = {
    key: 'tricky',
    title: tricky,
    url: 'Lists/Tricky',
    description: tricky,
    titleDisplayName: tricky,
    majorVersionLimit: 10,
    fields: [
      {
        id: '{00000000-0000-0000-0000-000000000001}',
        internalName: 'LisTricky',
        displayName: tricky,
        description: tricky,
        type: 'Choice',
        choices: [tricky, 'b'],
        defaultValue: tricky,
      },
    ],
    views: [{ baseViewId: 1, displayName: tricky, url: 'AllItems.aspx', isDefault: true, fields: ['LinkTitle'], rowLimit: 30 }],
  };

  it('escapes the five XML special characters', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&apos;');
    expect(escapeXml('åäö')).toBe('åäö');
  });

  it('round-trips text with &, <, quotes and å ä ö through attributes and content', () => {
    const [elements, schema] = generateFeatureFiles([list]);
    const instance = byTag(parseXml(elements.content), 'ListInstance')[0];
    expect(instance.getAttribute('Title')).toBe(tricky);
    const doc = parseXml(schema.content);
    const field = byTag(doc, 'Field').find((f) => f.getAttribute('Name') === 'LisTricky')!;
    expect(field.getAttribute('DisplayName')).toBe(tricky);
    expect(field.getAttribute('Description')).toBe(tricky);
    expect(byTag(field, 'CHOICE')[0].textContent).toBe(tricky);
    expect(byTag(field, 'Default')[0].textContent).toBe(tricky);
    expect(byTag(doc, 'View')[0].getAttribute('DisplayName')).toBe(tricky);
  });

  it('rejects duplicate list keys', () => {
    expect(() => generateFeatureFiles([list, list])).toThrow(/Duplicate list key: tricky/);
  });
});
