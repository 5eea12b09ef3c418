/**
 * The audit trail rests on SharePoint list versioning: every LIS list keeps major versions (ListDefinition
 * majorVersionLimit) and the generated Feature Framework XML turns versioning on for each list, both on the
 * ListInstance (elements.xml) and in the list's schema.xml (`VersioningEnabled="TRUE"`, the CAML attribute; the REST
 * and CSOM property is `EnableVersioning`). Fails when a list is added without it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ALL_LISTS } from '../../../src/data/schema';
import { ELEMENTS_FILE, generateFeatureFiles, schemaFileName } from '../../../src/data/schema/featureXml';

const ASSETS = path.resolve(__dirname, '../../../sharepoint/assets');

function listInstance(elements: string, url: string): string | undefined {
  return elements.split('<ListInstance').slice(1).find((instance) => instance.includes(`Url="${url}"`));
}

describe('list versioning', () => {
  it('every list definition keeps a positive whole number of major versions', () => {
    expect(ALL_LISTS.length).toBeGreaterThanOrEqual(12);
    for (const list of ALL_LISTS) {
      expect({ list: list.key, ok: Number.isInteger(list.majorVersionLimit) && list.majorVersionLimit > 0 }).toEqual({ list: list.key, ok: true });
    }
  });

  it('the generated elements.xml and each schema.xml enable versioning for every list', () => {
    const files = generateFeatureFiles(ALL_LISTS);
    const elements = files.find((f) => f.path.endsWith(ELEMENTS_FILE));
    expect(elements).toBeDefined();
    for (const list of ALL_LISTS) {
      expect({ list: list.key, instance: /VersioningEnabled="TRUE"/.test(listInstance(elements!.content, list.url) ?? '') }).toEqual({ list: list.key, instance: true });
      const schema = files.find((f) => f.path.endsWith(schemaFileName(list)));
      const listElement = /<List\s[^>]*>/.exec(schema?.content ?? '')?.[0] ?? '';
      expect({ list: list.key, schema: /VersioningEnabled="TRUE"/.test(listElement) }).toEqual({ list: list.key, schema: true });
    }
  });

  it('the committed XML in sharepoint/assets enables versioning for every list too', () => {
    const elements = fs.readFileSync(path.join(ASSETS, ELEMENTS_FILE), 'utf8');
    for (const list of ALL_LISTS) {
      expect({ list: list.key, instance: /VersioningEnabled="TRUE"/.test(listInstance(elements, list.url) ?? '') }).toEqual({ list: list.key, instance: true });
      const schema = fs.readFileSync(path.join(ASSETS, schemaFileName(list)), 'utf8');
      expect({ list: list.key, schema: /<List\s[^>]*VersioningEnabled="TRUE"/.test(schema) }).toEqual({ list: list.key, schema: true });
    }
  });
});
