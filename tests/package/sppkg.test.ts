/**
 * @jest-environment jsdom
 *
 * Opens the built app package (sharepoint/solution/lis.sppkg, a zip) and checks what SharePoint will install:
 * the app manifest (with its Graph permission request), the "LIS listor" feature with its list instance(s) and
 * schemas, the client-side assets and the web part manifests. The package is build output: it is built first when
 * missing or stale (ensurePackage).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { ALL_LISTS } from '../../src/data/schema';
import { schemaFileName } from '../../src/data/schema/featureXml';
import { ensurePackage, SPPKG_PATH } from './ensurePackage';

const root = path.resolve(__dirname, '..', '..');
const sppkgPath = SPPKG_PATH;
const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'package-solution.json'), 'utf8'));
const solution = config.solution;
const feature = solution.features.find((f: { title: string }) => f.title === 'LIS listor');
const webPartManifests: { id: string; alias: string; supportedHosts: string[] }[] = fs
  .readdirSync(path.join(root, 'src', 'webparts'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    fs
      .readdirSync(path.join(root, 'src', 'webparts', d.name))
      .filter((f) => f.endsWith('.manifest.json'))
      .map((f) => path.join(root, 'src', 'webparts', d.name, f))
  )
  // SPFx manifests may hold // comments
  .map((file) => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')));

let zip: JSZip;

beforeAll(async () => {
  ensurePackage();
  zip = await JSZip.loadAsync(fs.readFileSync(sppkgPath));
}, 600_000);

async function text(name: string): Promise<string> {
  const entry = zip.file(name);
  if (!entry) throw new Error(`${name} is not in lis.sppkg (files: ${Object.keys(zip.files).join(', ')})`);
  return entry.async('string');
}

function xml(content: string): Document {
  const doc = new DOMParser().parseFromString(content, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function relationships(doc: Document): { type: string; target: string }[] {
  return Array.from(doc.getElementsByTagName('Relationship')).map((r) => ({
    type: (r.getAttribute('Type') ?? '').split('/').pop() ?? '',
    target: r.getAttribute('Target') ?? '',
  }));
}

async function componentManifests(): Promise<Record<string, { supportedHosts: string[]; loaderConfig: { entryModuleId: string; scriptResources: Record<string, { type: string; path?: string; paths?: Record<string, string> }> } }>> {
  const result: Record<string, never> = {};
  for (const wp of webPartManifests) {
    const doc = xml(await text(`${feature.id}/WebPart_${wp.id}.xml`));
    const component = doc.getElementsByTagName('ClientSideComponent')[0];
    expect(component.getAttribute('Id')).toBe(wp.id);
    (result as Record<string, unknown>)[wp.id] = JSON.parse(component.getAttribute('ComponentManifest') ?? '{}');
  }
  return result;
}

describe('lis.sppkg', () => {
  it('has an app manifest with the solution id, name and version, deploying its feature (no SkipFeatureDeployment)', async () => {
    const app = xml(await text('AppManifest.xml')).documentElement;
    expect(app.getAttribute('ProductID')).toBe(solution.id);
    expect(app.getAttribute('Version')).toBe(solution.version);
    expect(app.getAttribute('Name')).toBe('LIS – ledningssystem för informationssäkerhet');
    expect(app.getAttribute('IsClientSideSolution')).toBe('true');
    expect(app.getAttribute('SkipFeatureDeployment')).toBeNull();
    expect(solution.skipFeatureDeployment).toBe(false);
  });

  it('requests exactly the delegated Microsoft Graph scope "send now" uses (Mail.Send) for approval in API access', async () => {
    expect(solution.webApiPermissionRequests).toEqual([{ resource: 'Microsoft Graph', scope: 'Mail.Send' }]);
    const requests = Array.from(xml(await text('AppManifest.xml')).getElementsByTagName('WebApiPermissionRequest')).map((r) => ({
      resource: r.getAttribute('ResourceId'),
      scope: r.getAttribute('Scope'),
      parent: r.parentElement?.tagName,
    }));
    expect(requests).toEqual([{ resource: 'Microsoft Graph', scope: 'Mail.Send', parent: 'WebApiPermissionRequests' }]);
  });

  it('contains the "LIS listor" feature, web scoped, with elements.xml and every list schema', async () => {
    const featureXml = xml(await text(`feature_${feature.id}.xml`)).documentElement;
    expect(featureXml.getAttribute('Title')).toBe('LIS listor');
    expect(featureXml.getAttribute('Scope')).toBe('Web');
    expect(featureXml.getAttribute('Version')).toBe(feature.version);
    const rels = relationships(xml(await text(`_rels/feature_${feature.id}.xml.rels`)));
    expect(rels).toContainEqual({ type: 'feature-elementmanifest', target: `/${feature.id}/elements.xml` });
    for (const list of ALL_LISTS) {
      expect(rels).toContainEqual({ type: 'feature-elementfile', target: `/${schemaFileName(list)}` });
    }
  });

  it('ships elements.xml and the schemas exactly as committed in sharepoint/assets', async () => {
    const committed = fs.readFileSync(path.join(root, 'sharepoint', 'assets', 'elements.xml'), 'utf8');
    expect(await text(`${feature.id}/elements.xml`)).toBe(committed);
    for (const list of ALL_LISTS) {
      const schema = fs.readFileSync(path.join(root, 'sharepoint', 'assets', schemaFileName(list)), 'utf8');
      expect(await text(schemaFileName(list))).toBe(schema);
    }
  });

  it('provisions one list instance per list with its custom schema', async () => {
    const instances = Array.from(xml(await text(`${feature.id}/elements.xml`)).getElementsByTagName('ListInstance'));
    expect(instances.map((i) => [i.getAttribute('Url'), i.getAttribute('CustomSchema')])).toEqual(
      ALL_LISTS.map((l) => [l.url, schemaFileName(l)])
    );
  });

  it('includes the client-side assets: every web part entry bundle and its localized strings', async () => {
    const assetRels = relationships(xml(await text('_rels/ClientSideAssets.xml.rels')));
    const manifests = await componentManifests();
    for (const wp of webPartManifests) {
      const loader = manifests[wp.id].loaderConfig;
      const entry = loader.scriptResources[loader.entryModuleId];
      expect(entry.type).toBe('path');
      const files = [entry.path!, ...Object.values(loader.scriptResources).flatMap((r) => (r.paths ? Object.values(r.paths) : []))];
      for (const file of files) {
        expect(zip.file(`ClientSideAssets/${file}`)).not.toBeNull();
        expect(assetRels).toContainEqual({ type: 'clientsideasset', target: `/ClientSideAssets/${file}` });
      }
      const bundle = await text(`ClientSideAssets/${entry.path}`);
      expect(bundle.length).toBeGreaterThan(1000);
    }
  });

  it('declares each web part with its supported hosts (SharePoint and Teams) and ships its Teams icons', async () => {
    const manifests = await componentManifests();
    for (const wp of webPartManifests) {
      expect(manifests[wp.id].supportedHosts).toEqual(wp.supportedHosts);
      expect(manifests[wp.id].supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
      expect(zip.file(`ClientSideAssets/${wp.id}_color.png`)).not.toBeNull();
      expect(zip.file(`ClientSideAssets/${wp.id}_outline.png`)).not.toBeNull();
    }
  });
});
