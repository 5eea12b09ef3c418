/**
 * Vite config for the local preview (`npm start`): the product shell with the local IndexedDB adapter and demo data,
 * mounting the same React root as the web parts. Also used programmatically by the browser tests and the benchmark.
 */
import { createReadStream, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';

const previewDir = dirname(fileURLToPath(import.meta.url));
const projectDir = resolve(previewDir, '..');
const nodeModules = join(projectDir, 'node_modules');

/** URL path under which the Fluent UI icon font files are served (no CDN: the preview must work offline). */
export const ICON_FONT_PATH = '/fluent-icons/';

/** Serves the Fluent UI MDL2 icon fonts shipped in node_modules, so `initializeIcons()` needs no CDN. */
function localIconFonts(): Plugin {
  const fontsDir = join(nodeModules, '@fluentui', 'font-icons-mdl2', 'fonts');
  const serveFont: Connect.NextHandleFunction = (req, res, next) => {
    const name = decodeURIComponent((req.url ?? '').split('?')[0].replace(/^\//, ''));
    const file = join(fontsDir, name);
    if (!/^[\w.-]+\.woff2?$/.test(name) || !existsSync(file)) {
      next();
      return;
    }
    res.setHeader('Content-Type', name.endsWith('.woff2') ? 'font/woff2' : 'font/woff');
    res.setHeader('Cache-Control', 'max-age=86400');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'lis-local-icon-fonts',
    configureServer(server): void {
      server.middlewares.use(ICON_FONT_PATH, serveFont);
    },
    // `vite preview` of a production build (the benchmark) serves them the same way.
    configurePreviewServer(server): void {
      server.middlewares.use(ICON_FONT_PATH, serveFont);
    },
  };
}

export default defineConfig({
  root: previewDir,
  // The preview is self-contained: no public dir, no .env files from elsewhere.
  publicDir: false,
  envDir: previewDir,
  clearScreen: false,
  plugins: [localIconFonts()],
  resolve: {
    alias: [
      // One React for the whole page: the project's own copies (17.0.1), as in the SPFx bundle.
      { find: /^react$/, replacement: join(nodeModules, 'react') },
      { find: /^react-dom$/, replacement: join(nodeModules, 'react-dom') },
      // No @microsoft/sp-* stand-ins: src/ui, src/app and src/data/local import no SPFx runtime package, and must not.
      // SPFx-style Sass imports ("~@fluentui/...") resolve from node_modules.
      { find: /^~(.+)$/, replacement: '$1' },
    ],
    dedupe: ['react', 'react-dom'],
  },
  esbuild: {
    // src uses `import * as React from 'react'` and the classic JSX transform, like the SPFx build.
    jsx: 'transform',
    jsxFactory: 'React.createElement',
    jsxFragment: 'React.Fragment',
  },
  optimizeDeps: {
    // Crawl the whole app (lazy views included) before the first request, so a first visit on a fresh clone does
    // not discover dependencies late and reload mid-way. Deep imports (@fluentui/react/lib/X) are found by the scan.
    entries: ['index.html'],
    include: ['react', 'react-dom', '@fluentui/font-icons-mdl2', 'idb'],
  },
  server: {
    host: 'localhost',
    port: 5173,
    strictPort: false,
    fs: { allow: [projectDir] },
  },
});
