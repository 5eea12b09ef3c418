/**
 * Starts the preview's Vite dev server in this process (browser tests, benchmarks). `npm start` runs the same config.
 */
import { createServer as createNetServer } from 'node:net';
import { resolve } from 'node:path';

export interface RunningPreview {
  /** e.g. http://localhost:41234/ */
  url: string;
  close: () => Promise<void>;
}

/** A TCP port nobody listens on right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, 'localhost', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startPreviewServer(projectDir: string = resolve(__dirname, '..', '..')): Promise<RunningPreview> {
  // Vite 7 is ESM-only: load it with a native dynamic import (kept as is by the test transform and by tsx).
  // eslint-disable-next-line @rushstack/import-requires-chunk-name -- Node code, not bundled
  const vite = await import('vite');
  const port = await findFreePort();
  const server = await vite.createServer({
    configFile: resolve(projectDir, 'preview', 'vite.config.mts'),
    logLevel: 'warn',
    // Own optimiser cache: a developer's running `npm start` must not invalidate the tests' pre-bundled deps.
    cacheDir: resolve(projectDir, 'node_modules', '.vite-lis-tooling'),
    // Re-scan every start: a cache from older sources would make Vite discover dependencies mid-test and answer
    // modules already loaded with "504 Outdated Optimize Dep" (there is no HMR client here to reload the page).
    optimizeDeps: { force: true },
    server: { port, strictPort: true, host: 'localhost', hmr: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}/`;
  return { url, close: () => server.close() };
}
