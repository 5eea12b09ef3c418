/**
 * Benchmark: the organisation view with 5 000 units in the local adapter, in Debian's chromium.
 *
 * Builds the preview for production (Vite), serves it with `vite preview`, seeds the browser's IndexedDB with
 * generated units (`?seed=N`), then, in the page (performance.now()), measures
 *   - navigation start -> first data rows of the register on screen (page load + store read + render), and
 *   - typing a search term -> the list showing only matching rows.
 * Each figure is the median of RUNS runs. `bench/run.ts` calls benchOrgViewRender(); alone:
 *   npx tsx bench/orgViewRender.ts          (LIS_BENCH_UNITS=… to change the size, LIS_BENCH_DEV=1 for the dev server)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../preview/tooling/launchChromium';
import { findFreePort, startPreviewServer, type RunningPreview } from '../preview/tooling/startPreviewServer';

export interface BenchFigure {
  label: string;
  value: number;
  unit: string;
}

export interface OrgViewBenchOptions {
  units?: number;
  runs?: number;
  /** Measure against the dev server instead of a production build. */
  devServer?: boolean;
  /** Search term typed in the filter; default a name part the generated register uses. */
  searchTerm?: string;
}

const projectDir = resolve(__dirname, '..');
const PAGE_TIMEOUT = 180_000;

/** Data rows of the register grid (not the header row). */
const ROW_SELECTOR = 'main [role="grid"] [role="row"]:not(:has([role="columnheader"]))';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function startProductionPreview(): Promise<RunningPreview> {
  // eslint-disable-next-line @rushstack/import-requires-chunk-name -- Node code, not bundled
  const vite = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'lis-bench-preview-'));
  const configFile = join(projectDir, 'preview', 'vite.config.mts');
  await vite.build({ configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  const port = await findFreePort();
  const server = await vite.preview({
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true, host: 'localhost', open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
  return {
    url,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/*
 * In-page code is kept as plain JavaScript text: tsx (esbuild keepNames) would wrap named functions in helpers that
 * do not exist in the page when Playwright serialises a function.
 */

/** Records, from the very start of every document, when the first register rows appear (ms since navigation). */
const FIRST_ROWS_PROBE = `(() => {
  const selector = ${JSON.stringify(ROW_SELECTOR)};
  const observer = new MutationObserver(() => {
    if (window.__lisFirstRowsAt === undefined && document.querySelector(selector)) {
      window.__lisFirstRowsAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Types the term into the register's search box (as React sees typing) and resolves with the milliseconds until
 * every visible row matches it, including the frame that paints the result.
 */
const FILTER_TIMER = `async ({ text, rowSelector, timeout }) => {
  const input = document.querySelector('main input[type="search"], main [role="searchbox"]');
  if (!input) throw new Error('search box not found');
  const needle = text.toLocaleLowerCase('sv-SE');
  const matches = () => {
    const rows = Array.from(document.querySelectorAll(rowSelector));
    return rows.length > 0 && rows.every((r) => (r.textContent || '').toLocaleLowerCase('sv-SE').includes(needle));
  };
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const giveUp = setTimeout(() => reject(new Error('filter did not settle')), timeout);
    const poll = () => {
      if (matches()) {
        clearTimeout(giveUp);
        requestAnimationFrame(() => resolve(performance.now() - started));
        return;
      }
      requestAnimationFrame(poll);
    };
    input.focus();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(poll);
  });
}`;

async function measureFirstRows(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
  await page.waitForFunction('window.__lisFirstRowsAt !== undefined', undefined, { timeout: PAGE_TIMEOUT });
  return Number(await page.evaluate('window.__lisFirstRowsAt'));
}

async function measureFilter(page: Page, term: string): Promise<number> {
  const search = page.getByRole('searchbox').first();
  await search.waitFor({ state: 'visible', timeout: PAGE_TIMEOUT });
  await search.fill('');
  const args = { text: term, rowSelector: ROW_SELECTOR, timeout: PAGE_TIMEOUT };
  return Number(await page.evaluate(`(${FILTER_TIMER})(${JSON.stringify(args)})`));
}

export async function benchOrgViewRender(options: OrgViewBenchOptions = {}): Promise<BenchFigure[]> {
  const units = options.units ?? 5000;
  const runs = options.runs ?? 3;
  const term = options.searchTerm ?? 'Hemtjänsten';
  const preview = options.devServer ? await startPreviewServer(projectDir) : await startProductionPreview();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    await context.addInitScript({ content: FIRST_ROWS_PROBE });
    const page = await context.newPage();
    const viewUrl = `${preview.url}#/organisation`;

    // Seed the browser's store once (not timed), and warm up caches with one untimed load.
    const seedStarted = Date.now();
    await page.goto(`${preview.url}?seed=${units}#/organisation`, { timeout: PAGE_TIMEOUT });
    await page.waitForSelector('html[data-lis-preview="ready"]', { timeout: PAGE_TIMEOUT });
    const seedMs = Date.now() - seedStarted;
    await measureFirstRows(page, viewUrl);

    const firstRows: number[] = [];
    const filter: number[] = [];
    for (let run = 0; run < runs; run++) {
      firstRows.push(await measureFirstRows(page, viewUrl));
      filter.push(await measureFilter(page, term));
    }
    const size = units.toLocaleString('sv-SE');
    const mode = options.devServer ? 'dev server' : 'production build';
    return [
      { label: `${size} units: navigation -> first rows of the organisation view (${mode}, median of ${runs})`, value: Math.round(median(firstRows)), unit: 'ms' },
      { label: `${size} units: search "${term}" -> filtered rows (median of ${runs})`, value: Math.round(median(filter)), unit: 'ms' },
      { label: `${size} units: seeding IndexedDB through ?seed= (once, not part of the view)`, value: seedMs, unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await preview.close();
  }
}

if (require.main === module) {
  const units = Number(process.env.LIS_BENCH_UNITS) || 5000;
  benchOrgViewRender({ units, devServer: process.env.LIS_BENCH_DEV === '1' })
    .then((figures) => {
      for (const f of figures) console.log(`${f.label}: ${f.value} ${f.unit}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
