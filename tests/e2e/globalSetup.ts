import './support/previewGlobal';
import { startPreviewServer } from '../../preview/tooling/startPreviewServer';

/** Starts the preview once for all browser tests; globalTeardown closes it. */
export default async function globalSetup(): Promise<void> {
  const preview = await startPreviewServer();
  globalThis.__LIS_PREVIEW__ = preview;
  process.env.LIS_PREVIEW_URL = preview.url;
}
