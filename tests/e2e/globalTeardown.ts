import './support/previewGlobal';

export default async function globalTeardown(): Promise<void> {
  const preview = globalThis.__LIS_PREVIEW__;
  globalThis.__LIS_PREVIEW__ = undefined;
  if (preview) await preview.close();
}
