/**
 * Every web part is wired end to end: a bundle in config/config.json, a manifest with a unique id and Swedish and
 * English titles, Teams icons for its id, and a view that exists in the UI's view registry.
 */
import * as fs from 'fs';
import * as path from 'path';
import { VIEWS } from '../../src/ui/views';

const root = path.resolve(__dirname, '..', '..');
const config = JSON.parse(fs.readFileSync(path.join(root, 'config', 'config.json'), 'utf8'));

interface Manifest {
  id: string;
  alias: string;
  supportedHosts: string[];
  preconfiguredEntries: { title: Record<string, string> }[];
}

const components: { entrypoint: string; manifest: string }[] = Object.values(
  config.bundles as Record<string, { components: { entrypoint: string; manifest: string }[] }>,
).flatMap((b) => b.components);

function readManifest(file: string): Manifest {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8').replace(/^\s*\/\/.*$/gm, ''));
}

describe('web part inventory', () => {
  const folders = fs.readdirSync(path.join(root, 'src', 'webparts')).filter((f) => f !== 'shared');

  it('bundles every web part folder exactly once', () => {
    const bundled = components.map((c) => c.manifest.split('/')[3]).sort();
    expect(bundled).toEqual([...folders].sort());
  });

  it.each(components.map((c) => [c.manifest, c] as const))('%s is complete', (_name, component) => {
    const manifest = readManifest(component.manifest);
    const source = path.join(root, component.entrypoint.replace('./lib/', 'src/').replace(/\.js$/, '.ts'));
    const view = /protected readonly view = '(\w+)'/.exec(fs.readFileSync(source, 'utf8'))?.[1];
    expect(VIEWS.map((v) => v.key)).toContain(view);
    expect(manifest.preconfiguredEntries[0].title['sv-SE']).toMatch(/^LIS /);
    expect(manifest.preconfiguredEntries[0].title['en-US']).toMatch(/^LIS /);
    expect(manifest.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
    for (const kind of ['color', 'outline']) {
      expect(fs.existsSync(path.join(root, 'teams', `${manifest.id}_${kind}.png`))).toBe(true);
    }
  });

  it('gives every web part its own id', () => {
    const ids = components.map((c) => readManifest(c.manifest).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
