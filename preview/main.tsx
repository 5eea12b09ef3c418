/**
 * Entry of the local preview (`npm start`): opens the local store, applies `?seed=N` (benchmarks), mounts the shell.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { initializeIcons } from '@fluentui/font-icons-mdl2';
import { demoUserById, loadDemoUserId } from './demoUsers';
import { PreviewApp } from './PreviewApp';
import { openPreviewStore } from './previewStore';
import { shellSvSE } from './shellStrings';

// Icon fonts come from node_modules through the dev server (vite.config.mts), never from a CDN.
initializeIcons(`${import.meta.env.BASE_URL}fluent-icons/`, { disableWarnings: true });

/** `?seed=5000` replaces the register with that many generated units, once; the parameter is then dropped. */
function seedCountFromUrl(): number | undefined {
  const value = new URLSearchParams(window.location.search).get('seed');
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  return Number(value);
}

function markState(state: 'loading' | 'seeding' | 'ready' | 'failed'): void {
  document.documentElement.setAttribute('data-lis-preview', state);
}

async function start(container: HTMLElement): Promise<void> {
  markState('loading');
  try {
    // The store reads the acting user at each write; PreviewApp saves the switch before it re-renders.
    const store = await openPreviewStore(() => demoUserById(loadDemoUserId()).person);
    const seed = seedCountFromUrl();
    if (seed !== undefined) {
      markState('seeding');
      container.textContent = shellSvSE.seeding(seed);
      await store.seedLarge(seed);
      const url = new URL(window.location.href);
      url.searchParams.delete('seed');
      window.history.replaceState(null, '', url.toString());
    }
    ReactDom.render(<PreviewApp store={store} />, container);
    markState('ready');
  } catch (error) {
    container.textContent = shellSvSE.loadFailed;
    markState('failed');
    throw error;
  }
}

const root = document.getElementById('root');
if (root) {
  start(root).catch((error: unknown) => console.error(error));
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) ReactDom.unmountComponentAtNode(root);
  });
}
