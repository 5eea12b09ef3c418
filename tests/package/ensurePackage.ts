import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');
export const SPPKG_PATH = path.join(root, 'sharepoint', 'solution', 'lis.sppkg');
const INPUTS = ['src', 'config', 'sharepoint/assets', 'teams', 'package.json', 'gulpfile.js', 'tsconfig.json'];

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

/**
 * The sppkg tests inspect build output. So that `npm test` passes on a fresh clone, the package is built
 * (`npm run package`, ~1 min) when it is missing or older than any of its inputs; CI packages first and reuses it.
 */
export function ensurePackage(): void {
  const newestInput = Math.max(...INPUTS.map((p) => newestMtime(path.join(root, p))));
  if (fs.existsSync(SPPKG_PATH) && fs.statSync(SPPKG_PATH).mtimeMs >= newestInput) return;
  // eslint-disable-next-line no-console
  console.log('lis.sppkg is missing or stale: running `npm run package` before the package tests…');
  execSync('npm run package', { cwd: root, stdio: 'pipe', timeout: 600_000 });
}
