/**
 * The bundle-size benchmark's arithmetic (bench/bundleSize.ts) on a small fake ship build: which files count as a
 * web part's initial JavaScript, which are lazy, and when the gzip budget fails. (The real figures: npm run bench.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { formatBundleSizes, measureBundleSizes } from '../../bench/bundleSize';

let dir: string;
let dirs: { manifestsDir: string; assetsDir: string };

/** Text that gzip cannot shrink much (deterministic pseudo-random), so budgets are easy to cross. */
function noise(bytes: number, seed: number): string {
  let x = seed;
  let out = '';
  while (out.length < bytes) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(33 + ((x >>> 16) % 90));
  }
  return out;
}

function write(file: string, content: string): void {
  fs.writeFileSync(path.join(dirs.assetsDir, file), content);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lis-bundle-'));
  dirs = { manifestsDir: path.join(dir, 'manifests'), assetsDir: path.join(dir, 'assets') };
  fs.mkdirSync(dirs.manifestsDir);
  fs.mkdirSync(dirs.assetsDir);
  write('wp_1.js', noise(30000, 1));
  write('Strings_sv-se_1.js', noise(500, 2));
  write('Strings_en-us_1.js', noise(400, 3));
  write('chunk.view_1.js', noise(50000, 4));
  fs.writeFileSync(
    path.join(dirs.manifestsDir, 'abc.manifest.json'),
    JSON.stringify({
      id: 'abc',
      alias: 'TestWebPart',
      componentType: 'WebPart',
      loaderConfig: {
        entryModuleId: 'wp',
        scriptResources: {
          wp: { type: 'path', path: 'wp_1.js' },
          react: { type: 'component', id: 'x', version: '17.0.1' },
          Strings: { type: 'localizedPath', paths: { 'sv-SE': 'Strings_sv-se_1.js', 'en-US': 'Strings_en-us_1.js' }, defaultPath: 'Strings_en-us_1.js' },
        },
      },
    })
  );
  fs.writeFileSync(path.join(dirs.manifestsDir, 'ext.manifest.json'), JSON.stringify({ id: 'ext', alias: 'Ext', componentType: 'Extension', loaderConfig: { entryModuleId: 'e', scriptResources: {} } }));
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('measureBundleSizes', () => {
  it('counts the entry bundle and the Swedish strings as initial, lazy chunks and other locales apart', () => {
    const report = measureBundleSizes(200 * 1024, dirs);
    expect(report.webParts).toHaveLength(1);
    const wp = report.webParts[0];
    expect(wp.alias).toBe('TestWebPart');
    expect(wp.initial.map((f) => f.file)).toEqual(['wp_1.js', 'Strings_sv-se_1.js']);
    expect(wp.entry.raw).toBe(30000);
    const gzip = gzipSync(fs.readFileSync(path.join(dirs.assetsDir, 'wp_1.js')), { level: 9 }).length;
    expect(wp.entry.gzip).toBe(gzip);
    expect(wp.initialRaw).toBe(30500);
    expect(wp.withinBudget).toBe(true);
    expect(report.lazyChunks.map((f) => f.file)).toEqual(['chunk.view_1.js']);
  });

  it('fails the budget when the initial gzip size is over it, and says so', () => {
    const { initialGzip } = measureBundleSizes(200 * 1024, dirs).webParts[0];
    expect(measureBundleSizes(initialGzip, dirs).webParts[0].withinBudget).toBe(true);
    const report = measureBundleSizes(initialGzip - 1, dirs);
    expect(report.webParts[0].withinBudget).toBe(false);
    expect(formatBundleSizes(report).some((line) => line.includes('FAIL') && line.includes('TestWebPart'))).toBe(true);
  });

  it('refuses a manifest whose entry module has no file', () => {
    const file = path.join(dirs.manifestsDir, 'abc.manifest.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
    manifest.loaderConfig.entryModuleId = 'missing';
    fs.writeFileSync(file, JSON.stringify(manifest));
    expect(() => measureBundleSizes(200 * 1024, dirs)).toThrow(/TestWebPart: no path for entry module missing/);
  });
});
