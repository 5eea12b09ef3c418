/**
 * Writes the Feature Framework XML for LIS's lists (npm run schema:xml):
 *   sharepoint/assets/elements.xml and sharepoint/assets/schema-<key>.xml, generated from src/data/schema,
 * removes schema files of lists that no longer exist, and keeps the "LIS listor" feature's assets in
 * config/package-solution.json in sync. tests/package/featureXml.test.ts fails when the committed files are stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ALL_LISTS } from '../src/data/schema';
import { featureAssets, generateFeatureFiles } from '../src/data/schema/featureXml';
import { LIS_FEATURE_TITLE } from './featureConfig';

const root: string = path.resolve(__dirname, '..');
const assetsDir: string = path.join(root, 'sharepoint', 'assets');
const packageSolutionPath: string = path.join(root, 'config', 'package-solution.json');

function main(): void {
  fs.mkdirSync(assetsDir, { recursive: true });
  const files = generateFeatureFiles(ALL_LISTS);
  const wanted = new Set(files.map((f) => f.path));
  for (const existing of fs.readdirSync(assetsDir)) {
    if (/^schema-.*\.xml$/.test(existing) && !wanted.has(existing)) {
      fs.unlinkSync(path.join(assetsDir, existing));
      console.log(`removed  sharepoint/assets/${existing}`);
    }
  }
  for (const file of files) {
    const target = path.join(assetsDir, file.path);
    const before = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : undefined;
    if (before !== file.content) fs.writeFileSync(target, file.content, 'utf8');
    console.log(`${before === file.content ? 'same   ' : 'wrote  '}  sharepoint/assets/${file.path}`);
  }

  const raw = fs.readFileSync(packageSolutionPath, 'utf8');
  const config = JSON.parse(raw);
  const feature = (config.solution.features ?? []).find((f: { title?: string }) => f.title === LIS_FEATURE_TITLE);
  if (!feature) throw new Error(`config/package-solution.json has no feature titled "${LIS_FEATURE_TITLE}"`);
  feature.assets = featureAssets(ALL_LISTS);
  const next = JSON.stringify(config, null, 2) + '\n';
  if (next !== raw) {
    fs.writeFileSync(packageSolutionPath, next, 'utf8');
    console.log('wrote    config/package-solution.json (feature assets)');
  }
}

main();
