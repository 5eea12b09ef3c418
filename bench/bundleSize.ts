/**
 * Initial JavaScript per web part in the ship build (gulp bundle --ship), raw and gzipped, against the budget.
 *
 * A web part's initial JavaScript is what SharePoint loads before the web part renders: its entry bundle
 * (loaderConfig.entryModuleId) plus the other `path`/`localizedPath` script resources of its manifest (its
 * localized strings, one locale).
 * Chunks loaded on demand (React.lazy views, webpackChunkName) are not in the manifest and are reported apart.
 */
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_GZIP_BYTES = 200 * 1024;

const root = path.resolve(__dirname, '..');
const manifestsDir = path.join(root, 'release', 'manifests');
const assetsDir = path.join(root, 'release', 'assets');

interface ScriptResource {
  type: string;
  path?: string;
  /** type 'localizedPath': one file per locale; a page loads one of them. */
  paths?: Record<string, string>;
  defaultPath?: string;
}

/** The file a Swedish page loads for a script resource; undefined for components from SharePoint's CDN. */
function initialFileOf(resource: ScriptResource): string | undefined {
  if (resource.type === 'path') return resource.path;
  if (resource.type === 'localizedPath') return resource.paths?.['sv-SE'] ?? resource.defaultPath;
  return undefined;
}

/** Every file of a script resource (all locales), so none of them is mistaken for a lazy chunk. */
function allFilesOf(resource: ScriptResource): string[] {
  return [resource.path, resource.defaultPath, ...Object.values(resource.paths ?? {})].filter((p): p is string => !!p);
}

interface ComponentManifest {
  id: string;
  alias: string;
  componentType: string;
  loaderConfig: { entryModuleId: string; scriptResources: Record<string, ScriptResource> };
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export interface WebPartBundleSize {
  id: string;
  alias: string;
  entry: FileSize;
  /** Entry bundle plus the manifest's other path resources (its sv-SE localized strings). */
  initial: FileSize[];
  initialRaw: number;
  initialGzip: number;
  withinBudget: boolean;
}

export interface BundleSizeReport {
  webParts: WebPartBundleSize[];
  /** JavaScript in the build that no web part loads initially (lazy chunks). */
  lazyChunks: FileSize[];
  budgetGzipBytes: number;
}

function fileSize(dir: string, file: string): FileSize {
  const content = fs.readFileSync(path.join(dir, file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** True when there is no ship build, or src/ or config/ changed after it was made. */
export function shipBuildIsStale(): boolean {
  if (!fs.existsSync(manifestsDir) || !fs.existsSync(assetsDir)) return true;
  const manifests = fs.readdirSync(manifestsDir).filter((f) => f.endsWith('.manifest.json'));
  if (manifests.length === 0) return true;
  const built = Math.min(...manifests.map((f) => fs.statSync(path.join(manifestsDir, f)).mtimeMs));
  return Math.max(newestMtime(path.join(root, 'src')), newestMtime(path.join(root, 'config'))) > built;
}

/** Runs the ship bundle (about 20–40 s on 2 cores) into a fresh release/, so no old bundle is measured. */
export function buildShipBundle(): void {
  fs.rmSync(path.join(root, 'release'), { recursive: true, force: true });
  execSync('npx gulp bundle --ship', { cwd: root, stdio: 'inherit' });
}

export interface ShipBuildDirs {
  manifestsDir: string;
  assetsDir: string;
}

export function measureBundleSizes(
  budgetGzipBytes: number = INITIAL_JS_BUDGET_GZIP_BYTES,
  dirs: ShipBuildDirs = { manifestsDir, assetsDir }
): BundleSizeReport {
  const sizeOf = (file: string): FileSize => fileSize(dirs.assetsDir, file);
  const manifests: ComponentManifest[] = fs
    .readdirSync(dirs.manifestsDir)
    .filter((f) => f.endsWith('.manifest.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dirs.manifestsDir, f), 'utf8')) as ComponentManifest);
  const initialFiles = new Set<string>();
  const webParts = manifests
    .filter((m) => m.componentType === 'WebPart')
    .map((m): WebPartBundleSize => {
      const resources = m.loaderConfig.scriptResources;
      const entryPath = resources[m.loaderConfig.entryModuleId]?.path;
      if (!entryPath) throw new Error(`${m.alias}: no path for entry module ${m.loaderConfig.entryModuleId}`);
      const others = Object.values(resources)
        .map(initialFileOf)
        .filter((p): p is string => !!p && p !== entryPath);
      const paths = [entryPath, ...others.filter((p, i) => others.indexOf(p) === i)];
      Object.values(resources).forEach((r) => allFilesOf(r).forEach((p) => initialFiles.add(p)));
      const initial = paths.map(sizeOf);
      const initialRaw = initial.reduce((sum, f) => sum + f.raw, 0);
      const initialGzip = initial.reduce((sum, f) => sum + f.gzip, 0);
      return { id: m.id, alias: m.alias, entry: initial[0], initial, initialRaw, initialGzip, withinBudget: initialGzip <= budgetGzipBytes };
    });
  const lazyChunks = fs
    .readdirSync(dirs.assetsDir)
    .filter((f) => f.endsWith('.js') && !initialFiles.has(f))
    .map(sizeOf);
  return { webParts, lazyChunks, budgetGzipBytes };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function formatBundleSizes(report: BundleSizeReport): string[] {
  const lines: string[] = [`Initial JavaScript per web part (ship build, budget ${kb(report.budgetGzipBytes)} gzip):`];
  for (const wp of report.webParts) {
    lines.push(
      `  ${wp.withinBudget ? 'PASS' : 'FAIL'}  ${wp.alias}: ${kb(wp.initialRaw)} raw, ${kb(wp.initialGzip)} gzip` +
        ` (entry ${wp.entry.file}: ${kb(wp.entry.raw)} raw, ${kb(wp.entry.gzip)} gzip)`
    );
  }
  if (report.lazyChunks.length > 0) {
    lines.push('Loaded on demand (not initial):');
    for (const chunk of report.lazyChunks) lines.push(`        ${chunk.file}: ${kb(chunk.raw)} raw, ${kb(chunk.gzip)} gzip`);
  }
  return lines;
}
